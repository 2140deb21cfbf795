/**
 * A word → the term the index stores for it, or null for a word the index leaves out.
 * Folded (accents, case), apostrophes and digit-group commas removed (`Korea's` → `korea`,
 * `2,500` → `2500`), lunr's English stop words dropped, then lunr's Porter stemmer.
 *
 * This replaces lunr's trimmer (whose `\W` would eat every non-Latin letter) and runs once per
 * distinct word: the answers are memoised, which is much of why our index builds faster than
 * lunr's own pipeline. Queries use the same function, so a query word and an indexed word meet
 * as the same term (the tests' lunr reference indexes use it as their pipeline).
 */
import { lunr } from './lunr-internals';
import { foldText } from './fold-text';

const POSSESSIVE = /['’]s$/;
const APOSTROPHES_AND_COMMAS = /['’,]/g;
const ENDS_IN_LATIN_LETTER = /[a-z]$/;
/** `u.s`, `3.5`: initials and decimals are kept as written (Porter would turn `u.s` into `u.`). */
const HAS_FULL_STOP = /\./;
const MEMO_LIMIT = 500_000;

let memo = new Map<string, string | null>();

/** Folded spelling without stemming (`Korea's` → `korea`): what stop words are checked on. */
export function foldWord(word: string): string {
  return foldText(word).replace(POSSESSIVE, '').replace(APOSTROPHES_AND_COMMAS, '');
}

export function isStopWord(folded: string): boolean {
  return lunr.stopWordFilter(new lunr.Token(folded, {})) === undefined;
}

/** The index term for `word`, or null when the word is not indexed (a stop word, nothing left). */
export function indexTerm(word: string): string | null {
  const known = memo.get(word);
  if (known !== undefined) return known;
  const term = computeTerm(word);
  if (memo.size >= MEMO_LIMIT) memo = new Map();
  memo.set(word, term);
  return term;
}

function computeTerm(word: string): string | null {
  const folded = foldWord(word);
  if (folded === '' || isStopWord(folded)) return null;
  if (!ENDS_IN_LATIN_LETTER.test(folded) || HAS_FULL_STOP.test(folded)) return folded;
  return lunr.stemmer(new lunr.Token(folded, {})).toString();
}
