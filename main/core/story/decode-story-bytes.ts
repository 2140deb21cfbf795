/**
 * Story file bytes → text. Saved story files are meant to be UTF-8, but a real archive also
 * holds files with a UTF-8 byte-order mark, UTF-16 files (from Windows tools) and Windows-1252
 * files (bytes that are not valid UTF-8). This picks the encoding, decodes without ever
 * showing U+FFFD for a Windows-1252 file.
 *
 * Order of decisions: a BOM wins (UTF-8, UTF-16 LE, UTF-16 BE); else UTF-16 without a BOM when
 * the first bytes clearly alternate with NULs; else strict UTF-8; else Windows-1252 (which
 * decodes any byte). Never throws.
 */
import { isUtf8 } from 'node:buffer';
import { decodeWindows1252 } from './decode-windows-1252';

export type StoryEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: StoryEncoding;
  /** What the reader should know about the decoding, in words (empty for a clean file). */
  warnings: string[];
}

/**
 * The decoding step alone; normalisation (normalise-story-text.ts) comes after, because the
 * binary check (looks-binary.ts) needs to see the control characters normalisation removes.
 */
export function decodeStoryBytes(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) {
    return decodeUtf8(bytes.subarray(3), 'utf-8-bom');
  }
  if (startsWith(bytes, 0xff, 0xfe)) return decodeUtf16(bytes.subarray(2), 'utf-16le', []);
  if (startsWith(bytes, 0xfe, 0xff)) return decodeUtf16(bytes.subarray(2), 'utf-16be', []);
  const unmarked = unmarkedUtf16(bytes);
  if (unmarked) {
    return decodeUtf16(bytes, unmarked, [
      `The file is UTF-16 (${unmarked === 'utf-16le' ? 'LE' : 'BE'}) without a byte-order mark; it was read as such.`,
    ]);
  }
  return decodeUtf8(bytes, 'utf-8');
}

/**
 * Strict UTF-8 (buffer.isUtf8 validates with SIMD, several times faster than a fatal
 * TextDecoder), else Windows-1252, which maps every byte to a character.
 */
function decodeUtf8(bytes: Uint8Array, encoding: 'utf-8' | 'utf-8-bom'): DecodedText {
  if (isUtf8(bytes)) {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    return { text, encoding, warnings: [] };
  }
  return {
    text: decodeWindows1252(bytes),
    encoding: 'windows-1252',
    warnings: ['The file is not valid UTF-8; it was read as Windows-1252.'],
  };
}

function decodeUtf16(
  bytes: Uint8Array,
  encoding: 'utf-16le' | 'utf-16be',
  warnings: string[],
): DecodedText {
  const notes = [...warnings];
  let body = bytes;
  if (body.length % 2 === 1) {
    body = body.subarray(0, body.length - 1);
    notes.push('The file ends in the middle of a character; the last byte was left out.');
  }
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
    return { text, encoding, warnings: notes };
  } catch {
    // Unpaired surrogates: decode leniently and drop the replacement characters.
    const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body).replace(/\ufffd/g, '');
    notes.push('Some characters of the file could not be decoded and were left out.');
    return { text, encoding, warnings: notes };
  }
}

/**
 * UTF-16 without a BOM, recognised only when unmistakable: in the first 1 KiB, at least 70%
 * of the pairs have a NUL on one side and almost none on the other (Latin text in UTF-16).
 */
export function unmarkedUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.min(512, Math.floor(bytes.length / 2));
  if (pairs < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs; i += 1) {
    if (bytes[2 * i] === 0) evenNul += 1;
    if (bytes[2 * i + 1] === 0) oddNul += 1;
  }
  if (oddNul >= pairs * 0.7 && evenNul <= pairs * 0.02) return 'utf-16le';
  if (evenNul >= pairs * 0.7 && oddNul <= pairs * 0.02) return 'utf-16be';
  return null;
}

function startsWith(bytes: Uint8Array, ...prefix: number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((byte, i) => bytes[i] === byte);
}
