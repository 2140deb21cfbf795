/**
 * TermVector: a compact, serialisable summary of a story's text for similarity — its most
 * frequent distinctive terms with their counts, and its length in terms. Computed once per
 * story in the index worker and cached with the index segment, so reopening an archive never
 * re-reads story files for related stories.
 *
 * Terms are the search index's own (main/core/search/index-term.ts: accents and case folded,
 * lunr's stop words dropped, lunr's stemmer), so "similar" speaks the same words as search.
 * Numbers and one-letter terms are left out: they link unrelated stories (dates, scores).
 *
 * Which terms are kept: the TERM_VECTOR_SIZE most telling, by (1 + ln count + bonuses) × the
 * term's rarity in the story's index segment (the worker knows no archive-wide statistics), a
 * title word counting TITLE_BONUS more (titles name the subject) and a name NAME_BONUS more.
 * The related index then keeps SIMILARITY_TERMS of them by archive-wide tf·idf. Keeping twice
 * as many as it uses measured best (`npm run eval`, generated archive, precision@5: 128 kept
 * 0.767, 256 kept 0.793; 20 Newsgroups and wire unchanged within noise).
 */
import type { Story } from '../model/story';
import { indexTerm } from '../search/index-term';
import { tokenizeText } from '../search/text-tokens';

export interface TermVector {
  /** Most characteristic first (count plus bonuses, then alphabetical). */
  terms: string[];
  counts: number[];
  /** Terms counted in the story's text (after stop words). */
  length: number;
}

/**
 * Terms kept per story: more than similarity uses (SIMILARITY_TERMS), so it can choose the
 * most telling by tf·idf once the archive's document frequencies are known.
 */
export const TERM_VECTOR_SIZE = 256;
/** Extra weight, when choosing terms to keep, for a term of the title. */
export const TITLE_BONUS = 2;
/** Extra weight for a name: a word capitalised in the middle of a sentence. */
export const NAME_BONUS = 1;

const HAS_LETTER = /\p{L}/u;
const UPPER_CASE = /^\p{Lu}/u;
/** Characters between two words of one sentence: a capital after these starts a name. */
const SKIPPED_BEFORE_WORD = new Set([' ', '"', "'", '\u2018', '\u201c', '(']);
const IN_SENTENCE_BEFORE = /[\p{L}\p{N},;]/u;

/**
 * @param rarity how rare a term is where the story was indexed (the index worker gives its
 *   segment's idf), so a long story keeps its telling terms, not only its most repeated ones;
 *   without it, terms are kept by count alone
 */
export function storyTermVector(
  story: Story,
  size = TERM_VECTOR_SIZE,
  rarity?: (term: string) => number,
): TermVector {
  const counts = new Map<string, number>();
  const names = new Set<string>();
  let length = 0;
  const count = (text: string): void => {
    for (const token of tokenizeText(text)) {
      const word = token.text;
      const term = indexTerm(word);
      if (term === null || term.length < 2 || !hasLetter(term)) continue;
      length += 1;
      counts.set(term, (counts.get(term) ?? 0) + 1);
      if (startsUpperCase(word) && inSentence(text, token.start)) names.add(term);
    }
  };
  count(story.title);
  const titleTerms = new Set(counts.keys());
  names.clear(); // title case is not a sign of a name
  if (story.dateline) count(story.dateline);
  for (const caption of story.captions) count(caption);
  for (const paragraph of story.paragraphs) count(paragraph);
  const bonus = (term: string): number =>
    (titleTerms.has(term) ? TITLE_BONUS : 0) + (names.has(term) ? NAME_BONUS : 0);
  const weight = rarity
    ? (term: string, value: number): number => (1 + Math.log(value) + bonus(term)) * rarity(term)
    : (term: string, value: number): number => value + bonus(term);
  const ranked = [...counts].map(([term, value]) => ({ term, value, weight: weight(term, value) }));
  ranked.sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  const kept = ranked.slice(0, size);
  return {
    terms: kept.map((entry) => entry.term),
    counts: kept.map((entry) => entry.value),
    length,
  };
}

/** Whether the term has a letter (numbers like `2022` or `3.5` are left out). */
function hasLetter(term: string): boolean {
  for (let i = 0; i < term.length; i++) {
    const code = term.charCodeAt(i);
    if (code >= 0x61 && code <= 0x7a) return true;
    if (code > 0x7f) return HAS_LETTER.test(term);
  }
  return false;
}

function startsUpperCase(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code <= 0x7f) return code >= 0x41 && code <= 0x5a;
  return UPPER_CASE.test(word);
}

/** Whether the word at `index` follows another word of the same sentence. */
function inSentence(text: string, index: number): boolean {
  let at = index - 1;
  while (at >= 0 && SKIPPED_BEFORE_WORD.has(text[at]!)) at -= 1;
  return at >= 0 && IN_SENTENCE_BEFORE.test(text[at]!);
}
