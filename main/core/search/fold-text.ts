/**
 * Accent and case folding, shared by the index and the query so that `Café`, `CAFE` and
 * `café` are one word. Folding works on one word at a time: callers keep the word's offsets
 * in the original text, so highlights point at what the reader sees.
 */

/** Letters that Unicode decomposition does not split into a base letter and a mark. */
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  þ: 'th',
  Þ: 'th',
  ı: 'i',
};
const SPECIAL = /[ßẞæÆœŒøØłŁđĐðÐþÞı]/g;
const MARKS = /\p{M}+/gu;
// eslint-disable-next-line no-control-regex
const PLAIN_ASCII = /^[\x00-\x7f]*$/;

/** Lower case, accents removed, ligatures and special letters spelled out. */
export function foldText(text: string): string {
  if (PLAIN_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(SPECIAL, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .toLowerCase()
    .normalize('NFC');
}
