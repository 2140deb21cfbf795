import { describe, expect, it } from 'vitest';
import { decodeWindows1252 } from '../../../main/core/story/decode-windows-1252';

describe('decodeWindows1252', () => {
  it('maps 0x80–0x9F to the code page’s characters, not to C1 controls', () => {
    expect(
      decodeWindows1252(Uint8Array.from([0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99])),
    ).toBe('€…‘’“”–—™');
  });

  it('reads 0xA0–0xFF as Latin-1 and ASCII as ASCII', () => {
    expect(decodeWindows1252(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0xfc, 0xdf]))).toBe(
      'Café üß',
    );
  });

  it('leaves the five undefined bytes as C1 controls, for normalisation to remove', () => {
    expect(decodeWindows1252(Uint8Array.from([0x81, 0x8d, 0x8f, 0x90, 0x9d]))).toBe(
      '\u0081\u008d\u008f\u0090\u009d',
    );
  });

  it('decodes every byte to one character, never U+FFFD', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = decodeWindows1252(all);
    expect(text).toHaveLength(256);
    expect(text).not.toContain('\ufffd');
  });
});
