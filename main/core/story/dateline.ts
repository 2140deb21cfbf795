/**
 * The dateline: the capitalised place that opens a story's first paragraph, in the forms news
 * sites and wires write it — before a colon (`SEOUL: North Korea said …`, `SÃO PAULO: …`), or
 * before a dash, with the wire's date and agency between (`SALVADOR, Feb 26 - Showers …`,
 * `WASHINGTON (Reuters) - …`, `NEW YORK, March 3 (Reuters) – …`, en and em dashes too). The
 * Story keeps the place apart (`dateline`: the place and its region, without the date, which
 * the header has, and the agency, which the byline has) and the paragraph without it. Also used
 * to find where the body starts: captions never open with a dateline.
 */

/**
 * One to five words of capitals (any script), joined by spaces, slashes or commas, then
 * optionally a comma and a region in title case of up to three words (`DARWIN, Australia`,
 * `KETI BANDAR, Sindh`), then the colon.
 */
const DATELINE =
  /^(\p{Lu}[\p{Lu}\p{M}'’.-]*(?:[ /,]{1,3}\p{Lu}[\p{Lu}\p{M}'’.-]*){0,4}(?:, ?\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,2})?)\s?:(?:\s+|$)/u;

const PLACE = String.raw`\p{Lu}[\p{Lu}\p{M}'’.-]*(?:[ /]{1,3}\p{Lu}[\p{Lu}\p{M}'’.-]*){0,4}`;
const REGION = String.raw`(?:, ?\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,2})?`;
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
/**
 * The wire form: place and region, then an optional `, Month Day`, an optional `(Agency)`, then
 * a dash (`-`, `--`, `–`, `—`) and a space.
 */
const WIRE_DATELINE = new RegExp(
  String.raw`^(${PLACE}${REGION})(,? ${MONTH} \d{1,2})?( ?\(\p{Lu}[\p{L}\p{M}&.'’ -]{0,30}\))?\s*(?:--?|–|—)\s+`,
  'u',
);

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
  const head = paragraph.length > 200 ? paragraph.slice(0, 200) : paragraph;
  const match = DATELINE.exec(head) ?? WIRE_DATELINE.exec(head);
  if (!match) return null;
  const place = match[1]!.replace(/[ /,]+$/, '');
  let letters = 0;
  for (const char of place) if (char !== ' ' && char !== '.' && char !== ',') letters += 1;
  if (letters < 2 || NOT_PLACES.has(place)) return null;
  return { place, rest: paragraph.slice(match[0].length).trim() };
}
