import { describe, expect, it } from 'vitest';
import { decodeStoryBytes } from '../../../main/core/story/decode-story-bytes';
import { normaliseStoryText } from '../../../main/core/story/normalise-story-text';

/** Decoding and then normalising, as reading a story file does. */
function decodeAndNormalise(bytes: Uint8Array): ReturnType<typeof decodeStoryBytes> {
  const decoded = decodeStoryBytes(bytes);
  return { ...decoded, text: normaliseStoryText(decoded.text) };
}

const TEXT = 'Café “quotes” – 東京\nsecond line';

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const bytes = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  const view = new DataView(bytes.buffer);
  let at = 0;
  if (bom) {
    view.setUint16(0, 0xfeff, littleEndian);
    at = 2;
  }
  for (let i = 0; i < text.length; i += 1)
    view.setUint16(at + 2 * i, text.charCodeAt(i), littleEndian);
  return bytes;
}

describe('decodeStoryBytes, then normaliseStoryText', () => {
  it('reads UTF-8 as it is', () => {
    expect(decodeAndNormalise(Buffer.from(TEXT))).toEqual({
      text: TEXT,
      encoding: 'utf-8',
      warnings: [],
    });
  });

  it('drops a UTF-8 byte-order mark', () => {
    const decoded = decodeAndNormalise(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]),
    );
    expect(decoded).toEqual({ text: TEXT, encoding: 'utf-8-bom', warnings: [] });
  });

  it('reads UTF-16 LE and BE with a byte-order mark', () => {
    expect(decodeAndNormalise(utf16(TEXT, true, true))).toEqual({
      text: TEXT,
      encoding: 'utf-16le',
      warnings: [],
    });
    expect(decodeAndNormalise(utf16(TEXT, false, true))).toEqual({
      text: TEXT,
      encoding: 'utf-16be',
      warnings: [],
    });
  });

  it('recognises Latin UTF-16 without a byte-order mark, and says so', () => {
    const decoded = decodeAndNormalise(utf16('A plain headline\nand a body line', true, false));
    expect(decoded.text).toBe('A plain headline\nand a body line');
    expect(decoded.encoding).toBe('utf-16le');
    expect(decoded.warnings).toEqual([
      'The file is UTF-16 (LE) without a byte-order mark; it was read as such.',
    ]);
  });

  it('drops the odd last byte of a UTF-16 file and an unpaired surrogate, with warnings', () => {
    const bytes = Buffer.concat([Buffer.from(utf16('ok\ud800!', true, true)), Buffer.from([0x41])]);
    const decoded = decodeAndNormalise(bytes);
    expect(decoded.text).toBe('ok!');
    expect(decoded.warnings).toHaveLength(2);
  });

  it('reads bytes that are not UTF-8 as Windows-1252, never showing U+FFFD', () => {
    const bytes = Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x80, 0x35, 0x81, 0x96]);
    const decoded = decodeAndNormalise(bytes);
    expect(decoded.text).toBe('“Café” €5–');
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.warnings).toEqual(['The file is not valid UTF-8; it was read as Windows-1252.']);
  });

  it('normalises line endings, no-break spaces and control characters', () => {
    const decoded = decodeAndNormalise(
      Buffer.from(' date 2022-11-08 \u00a0\r\nworld\rBy\u0007\r\n'),
    );
    expect(decoded.text).toBe(' date 2022-11-08  \nworld\nBy\n');
  });

  it('never throws, whatever the bytes', () => {
    for (const bytes of [[], [0xff], [0xfe], [0xff, 0xfe, 0x00], [0xef, 0xbb], [0, 0, 0, 0]]) {
      expect(() => decodeAndNormalise(Uint8Array.from(bytes))).not.toThrow();
    }
  });
});

describe('decodeStoryBytes', () => {
  it('keeps control characters and CRs for the binary check', () => {
    expect(decodeStoryBytes(Buffer.from('a\u0000b\r\n')).text).toBe('a\u0000b\r\n');
  });
});
