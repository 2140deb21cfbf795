/**
 * Damaged copies of a story, as real archives have them, for exercising the scanner and the
 * parser: other line endings, a byte-order mark, Windows-1252 bytes, a file cut short, a lost
 * header line, an empty file, binary junk. Only used when the generator is asked for damage.
 */
import type { DamageKind } from './archive-plan';
import type { SeededRandom } from './seeded-random';

/** Windows-1252 bytes for the characters it has above Latin-1's range. */
const WINDOWS_1252: Record<string, number> = {
  '\u2018': 0x91,
  '\u2019': 0x92,
  '\u201c': 0x93,
  '\u201d': 0x94,
  '\u2013': 0x96,
  '\u2014': 0x97,
  '\u20ac': 0x80,
};

export function damageStory(random: SeededRandom, text: string, kind: DamageKind): Uint8Array {
  switch (kind) {
    case 'crlf':
      return Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8');
    case 'bom':
      return Buffer.from(`\ufeff${text}`, 'utf8');
    case 'windows-1252':
      return encodeWindows1252(curlQuotes(text));
    case 'truncated': {
      const cut = Math.floor(text.length * (0.35 + random.next() * 0.35));
      return Buffer.from(text.slice(0, cut), 'utf8');
    }
    case 'no-header':
      return Buffer.from(text.slice(text.indexOf('\n') + 1), 'utf8');
    case 'empty':
      return new Uint8Array(0);
    case 'binary': {
      const bytes = new Uint8Array(1024 + random.int(4096));
      for (let i = 0; i < bytes.length; i++) bytes[i] = random.int(256);
      bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]);
      return bytes;
    }
  }
}

/** Straight quotes and apostrophes → typographic ones (what a Windows editor would save). */
function curlQuotes(text: string): string {
  return text
    .replace(/(^|[\s(])"/gm, '$1\u201c')
    .replace(/"/g, '\u201d')
    .replace(/'/g, '\u2019');
}

function encodeWindows1252(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  let length = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    bytes[length++] = WINDOWS_1252[char] ?? (code <= 0xff ? code : 0x3f);
  }
  return bytes.subarray(0, length);
}
