/**
 * normaliseTitle: the key under which two headlines are "the same title". Related blocks name
 * other stories by their headline, but the saved text differs in small ways (curly vs straight
 * quotes, an apostrophe stripped, an en dash for a hyphen, doubled spaces, an accent lost), so
 * links and duplicate detection compare this key, never the raw text.
 *
 * Folded: case; accents (Latin, Greek and Cyrillic combining diacritics only — marks of other
 * scripts, such as Devanagari vowel signs, carry meaning and are kept); quotes and apostrophes
 * (removed, so `People's` = `Peoples`); dashes and hyphens (become a space, so `25-foot` =
 * `25 foot` = `25–foot`); runs of whitespace (one space, trimmed). Other punctuation is kept:
 * `COP27: What` and `COP27 What` are different titles.
 *
 * @example
 *   normaliseTitle('Trump says he’ll make a “big announcement”') ===
 *     normaliseTitle("trump says hell make a 'big announcement'") // true
 */

const NON_ASCII = /[\u0080-\uffff]/;
const COMBINING_DIACRITICS = /[\u0300-\u036f]/g;
const QUOTES_AND_APOSTROPHES =
  /['"`\u00b4\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2032\u2033\u00ab\u00bb\u2039\u203a]+/g;
const DASHES_AND_SPACES = /[-\s\u2010-\u2015\u2212\ufe58\ufe63\uff0d]+/g;

export function normaliseTitle(title: string): string {
  const folded = title
    .toLowerCase()
    .replace(QUOTES_AND_APOSTROPHES, '')
    .replace(DASHES_AND_SPACES, ' ');
  // Curly quotes and dashes are most headlines' only non-ASCII characters; the Unicode
  // decomposition (the costly part) runs only for what is left after them.
  if (!NON_ASCII.test(folded)) return folded.trim();
  return folded
    .normalize('NFKD')
    .replace(COMBINING_DIACRITICS, '')
    .toLowerCase() // again: compatibility forms decompose to capitals (𝔸 → A)
    .replace(QUOTES_AND_APOSTROPHES, '')
    .replace(DASHES_AND_SPACES, ' ')
    .trim()
    .normalize('NFC');
}
