/**
 * The dateline: the capitalised place that opens a story's first paragraph, before a colon
 * (`SEOUL: North Korea said …`, `NEW YORK: …`, `SÃO PAULO: …`). The Story keeps the place
 * apart (`dateline`) and the paragraph without it. Also used to find where the body starts:
 * captions never open with a dateline.
 */

/**
 * One to five words of capitals (any script), joined by spaces, slashes or commas, then
 * optionally a comma and a region in title case of up to three words (`DARWIN, Australia`,
 * `KETI BANDAR, Sindh`), then the colon.
 */
const DATELINE =
  /^(\p{Lu}[\p{Lu}\p{M}'’.-]*(?:[ /,]{1,3}\p{Lu}[\p{Lu}\p{M}'’.-]*){0,4}(?:, ?\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,2})?)\s?:(?:\s+|$)/u;

/** Capitalised labels that open paragraphs but are not places. */
const NOT_PLACES = new Set([
  'UPDATE',
  'UPDATED',
  'BREAKING',
  'BREAKING NEWS',
  'WATCH',
  'EXCLUSIVE',
  'ANALYSIS',
  'OPINION',
  'NOTE',
  "EDITOR'S NOTE",
  'EDITOR’S NOTE',
  'READ',
  'ALSO READ',
  'READ MORE',
  'LIVE',
  'VIDEO',
  'PHOTOS',
  'FACTBOX',
  'EXPLAINER',
  'COMMENT',
  'WARNING',
  'CORRECTION',
]);

export interface Dateline {
  /** The place, as written: `SEOUL`, `DARWIN, Australia`. */
  place: string;
  /** The paragraph after the colon (may be empty when the dateline stands alone). */
  rest: string;
}

/**
 * `SEOUL: North Korea said …` → { place: 'SEOUL', rest: 'North Korea said …' };
 * `DARWIN, Australia: The agency …` → { place: 'DARWIN, Australia', … }; else null.
 */
export function splitDateline(paragraph: string): Dateline | null {
  const first = paragraph.charCodeAt(0);
  // Cheap exit for the common case: a paragraph opening with a lower-case letter or a digit.
  if ((first >= 0x61 && first <= 0x7a) || (first >= 0x30 && first <= 0x39)) return null;
  const match = DATELINE.exec(paragraph.length > 200 ? paragraph.slice(0, 200) : paragraph);
  if (!match) return null;
  const place = match[1]!.replace(/[ /,]+$/, '');
  let letters = 0;
  for (const char of place) if (char !== ' ' && char !== '.' && char !== ',') letters += 1;
  if (letters < 2 || NOT_PLACES.has(place)) return null;
  return { place, rest: paragraph.slice(match[0].length).trim() };
}
