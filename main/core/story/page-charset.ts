/**
 * A saved page's bytes → text, in the charset the page itself declares. Order, as browsers
 * do it: a byte-order mark wins (UTF-8, UTF-16); else the `<meta charset>` or the HTTP-equiv
 * `Content-Type` in the first 8 KB; else the story rule (valid UTF-8, else Windows-1252).
 *
 * ISO-8859-1, ASCII and their aliases mean Windows-1252, as the WHATWG Encoding standard
 * says (a page declaring Latin-1 with curly quotes in 0x93/0x94 is common), decoded with our
 * own table (decode-windows-1252.ts). Other charsets go to Node's TextDecoder; one it does not
 * know is read by the story rule, with a warning. Never throws.
 */
import { decodeStoryBytes } from './decode-story-bytes';
import { decodeWindows1252 } from './decode-windows-1252';

/** How far into the page the charset declaration is looked for. */
const PRESCAN_BYTES = 8192;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;
const WINDOWS_1252 = new Set([
  'windows-1252',
  'cp1252',
  'x-cp1252',
  'iso-8859-1',
  'iso8859-1',
  'iso_8859-1',
  'latin1',
  'l1',
  'us-ascii',
  'ascii',
]);
const UTF8 = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8']);

export interface DecodedPage {
  text: string;
  /** What the reader should know about the decoding, in words (empty for a clean page). */
  warnings: string[];
}

export function decodePageBytes(bytes: Uint8Array): DecodedPage {
  if (hasByteOrderMark(bytes)) return storyRule(bytes);
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES));
  const declared = META_CHARSET.exec(head.toString('latin1'))?.[1]?.toLowerCase() ?? null;
  if (declared === null || UTF8.has(declared)) return storyRule(bytes);
  if (WINDOWS_1252.has(declared)) {
    return { text: decodeWindows1252(bytes), warnings: [] };
  }
  let decoder: InstanceType<typeof TextDecoder> | null = null;
  try {
    decoder = new TextDecoder(declared);
  } catch {
    decoder = null;
  }
  if (decoder === null || decoder.encoding.startsWith('utf-16')) {
    const read = decodeStoryBytes(bytes);
    return {
      text: read.text,
      warnings: [
        `The page declares the charset "${declared.slice(0, 40)}", which Clippings cannot read; it was read as ${read.encoding === 'windows-1252' ? 'Windows-1252' : 'UTF-8'}.`,
        ...read.warnings,
      ],
    };
  }
  return { text: decoder.decode(bytes), warnings: [] };
}

/** The story files' rule (decode-story-bytes.ts): a BOM, else UTF-8, else Windows-1252. */
function storyRule(bytes: Uint8Array): DecodedPage {
  const { text, warnings } = decodeStoryBytes(bytes);
  return { text, warnings };
}

function hasByteOrderMark(bytes: Uint8Array): boolean {
  return (
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff)
  );
}
