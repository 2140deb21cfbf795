/**
 * decodeWindows1252: bytes → text by the Windows-1252 code page, which is what a file that is
 * not valid UTF-8 almost always is (Word, old Windows tools). Written here rather than with
 * `new TextDecoder('windows-1252')` because Node 20's decoder treats that label as Latin-1 and
 * turns 0x93/0x94 (curly quotes), 0x80 (€), 0x96 (–) and friends into invisible C1 controls.
 *
 * 0x00–0x7F and 0xA0–0xFF are Latin-1; 0x80–0x9F use the table below. The five bytes the
 * code page leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) stay C1 controls, which
 * normaliseStoryText removes. Every byte decodes: no U+FFFD ever.
 */

/** Characters of 0x80–0x9F; undefined positions hold their C1 control. */
const HIGH_CONTROLS =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const C1_RANGE = /[\u0080-\u009f]/g;

export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(C1_RANGE, (char) => HIGH_CONTROLS[char.charCodeAt(0) - 0x80]!);
}
