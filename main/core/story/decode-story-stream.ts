/**
 * Story file bytes → text, chunk by chunk, for a file read in a window (read-export-stream.ts)
 * rather than whole. The encoding is decided as decodeStoryBytes decides it: a BOM (UTF-8,
 * UTF-16 LE/BE), else UTF-16 without a BOM when the first KiB alternates with NULs, else
 * UTF-8 when the whole file is valid UTF-8 (the caller has checked it, in a first pass), else
 * Windows-1252. A character split between two chunks is decoded whole.
 */
import { decodeWindows1252 } from './decode-windows-1252';
import type { StoryEncoding } from './decode-story-bytes';
import { unmarkedUtf16 } from './decode-story-bytes';

/** Bytes enough to decide the encoding (unmarkedUtf16 looks at the first KiB). */
export const ENCODING_HEAD_BYTES = 1024;

export interface StreamDecoder {
  encoding: StoryEncoding;
  /** What the reader should know about the decoding, in words. */
  warnings: string[];
  /** The text of the next chunk; `last` on the file's last chunk. */
  decode(chunk: Uint8Array, last: boolean): string;
}

/** The decoder for a file starting with `head`, all of whose bytes are or are not UTF-8. */
export function streamDecoder(head: Uint8Array, validUtf8: boolean): StreamDecoder {
  const bom = (...bytes: number[]) => bytes.every((byte, i) => head[i] === byte);
  if (bom(0xef, 0xbb, 0xbf) && validUtf8) return textDecoder('utf-8', 'utf-8-bom', 3, []);
  if (bom(0xff, 0xfe)) return textDecoder('utf-16le', 'utf-16le', 2, []);
  if (bom(0xfe, 0xff)) return textDecoder('utf-16be', 'utf-16be', 2, []);
  const unmarked = unmarkedUtf16(head);
  if (unmarked) {
    return textDecoder(unmarked, unmarked, 0, [
      `The file is UTF-16 (${unmarked === 'utf-16le' ? 'LE' : 'BE'}) without a byte-order mark; it was read as such.`,
    ]);
  }
  if (validUtf8) return textDecoder('utf-8', 'utf-8', 0, []);
  let toSkip = bom(0xef, 0xbb, 0xbf) ? 3 : 0;
  return {
    encoding: 'windows-1252',
    warnings: ['The file is not valid UTF-8; it was read as Windows-1252.'],
    decode(chunk) {
      const bytes = toSkip > 0 ? chunk.subarray(Math.min(toSkip, chunk.length)) : chunk;
      toSkip = Math.max(0, toSkip - chunk.length);
      return decodeWindows1252(bytes);
    },
  };
}

function textDecoder(
  label: 'utf-8' | 'utf-16le' | 'utf-16be',
  encoding: StoryEncoding,
  skip: number,
  warnings: string[],
): StreamDecoder {
  const decoder = new TextDecoder(label, { ignoreBOM: true });
  let toSkip = skip;
  return {
    encoding,
    warnings,
    decode(chunk, last) {
      const bytes = toSkip > 0 ? chunk.subarray(Math.min(toSkip, chunk.length)) : chunk;
      toSkip = Math.max(0, toSkip - chunk.length);
      const text = decoder.decode(bytes, { stream: !last });
      // Unpaired UTF-16 surrogates: left out, as decodeStoryBytes leaves them.
      return label === 'utf-8' ? text : text.replace(/\ufffd/g, '');
    },
  };
}
