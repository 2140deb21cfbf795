/**
 * The baselines' tokenizer — deliberately simple and independent of the engine's own, so the
 * baselines measure a method, not a copy of the engine's text handling:
 *
 *   lower case → split on every character that is not a letter or digit (so `U.S.` is `u`,
 *   `s` and `don't` is `don`, `t`) → drop lunr's English stop words → lunr's Porter stemmer
 *   (`lunr.stemmer`, which the engine also uses; lunr is a dependency anyway).
 *
 * Every word is stemmed once per process (memoised).
 */
import lunr from 'lunr';

const WORD = /[\p{L}\p{N}]+/gu;
const MEMO_LIMIT = 1_000_000;
let memo = new Map<string, string | null>();

/** The text's terms in order (stop words left out). */
export function baselineTerms(text: string): string[] {
  const terms: string[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const term = baselineTerm(match[0]);
    if (term !== null) terms.push(term);
  }
  return terms;
}

/** A lower-case word → its term, or null for a stop word. */
export function baselineTerm(word: string): string | null {
  let term = memo.get(word);
  if (term !== undefined) return term;
  term = isStopWord(word) ? null : lunr.stemmer(new lunr.Token(word, {})).toString();
  if (memo.size >= MEMO_LIMIT) memo = new Map();
  memo.set(word, term);
  return term;
}

/** Whether lunr's English stop word filter drops this lower-case word. */
export function isStopWord(word: string): boolean {
  return lunr.stopWordFilter(new lunr.Token(word, {})) === undefined;
}
