/**
 * How captions are told apart from the body. A saved page repeats each image caption: its
 * alt text, then the caption itself, two near-identical lines (the alt text often has its
 * apostrophes stripped: `Peoples` vs `People's`). Body paragraphs are never such pairs, so a
 * pair is a caption; a lone caption is recognised by its credit (`… KCNA via Reuters`,
 * `Photo: AFP`, `Image: Space Agency`) or by standing just before the dateline that opens the
 * body (parse-story.ts).
 */
import { normaliseTitle } from './normalise-title';

/**
 * True when `b` repeats `a` as alt text and caption do: equal once case, quotes, apostrophes,
 * dashes and spacing are folded, or nearly equal word for word (at least 85% of the words
 * shared, lengths within 20%).
 */
export function nearDuplicateLines(a: string, b: string): boolean {
  if (a === b) return a !== '';
  const shorter = Math.min(a.length, b.length);
  const longer = Math.max(a.length, b.length);
  if (shorter === 0 || shorter < longer * 0.8) return false;
  if (!sameFirstOrLastWord(a, b)) return false;
  const foldedA = normaliseTitle(a);
  const foldedB = normaliseTitle(b);
  if (foldedA === foldedB) return foldedA !== '';
  return sharedWordShare(foldedA, foldedB) >= 0.85;
}

/**
 * Cheap pre-check: near-identical lines share their first or their last word (apostrophes
 * aside). Two body paragraphs of similar length almost never do, and this keeps the full
 * comparison off the body's hot path.
 */
function sameFirstOrLastWord(a: string, b: string): boolean {
  const firstA = a.indexOf(' ');
  const firstB = b.indexOf(' ');
  if (
    bare(a.slice(0, firstA < 0 ? a.length : firstA)) ===
    bare(b.slice(0, firstB < 0 ? b.length : firstB))
  ) {
    return true;
  }
  return bare(a.slice(a.lastIndexOf(' ') + 1)) === bare(b.slice(b.lastIndexOf(' ') + 1));
}

function bare(word: string): string {
  return word.toLowerCase().replace(/['’‘`]/g, '');
}

/** Dice coefficient over the two lines' words (as multisets). */
function sharedWordShare(a: string, b: string): number {
  const wordsA = a.split(' ');
  const wordsB = b.split(' ');
  const counts = new Map<string, number>();
  for (const word of wordsA) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of wordsB) {
    const count = counts.get(word) ?? 0;
    if (count > 0) {
      shared += 1;
      counts.set(word, count - 1);
    }
  }
  return (2 * shared) / (wordsA.length + wordsB.length);
}

/** A photo credit at the end (no full stop after it), or a `Photo:` label at the start. */
const CREDIT_AT_END =
  /(?:\b(?:reuters|afp|ap|app|epa|xinhua|getty images|anadolu|ani|pti|inp|ppi|file photo|photo|photos|courtesy|handout)\)?|\b(?:photo|image|picture|credit)\s?:\s?[^.:]{1,60})$/i;
const PHOTO_LABEL_AT_START = /^(?:photo|file photo|image|picture)\s?[:\u2013\u2014-]/i;

/** Does this line read like an image caption (a credit line) rather than a paragraph? */
export function looksLikeCaptionCredit(line: string): boolean {
  if (line.length > 600) return false;
  return CREDIT_AT_END.test(line) || PHOTO_LABEL_AT_START.test(line);
}
