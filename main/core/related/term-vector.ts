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
 * Which terms are kept: a story has ~250 distinct terms, but only the frequent ones carry its
 * subject (the names and words it repeats); the rest are said once and mostly noise. So the
 * vector keeps the TERM_VECTOR_SIZE terms with the highest count, a title word counting as
 * TITLE_BONUS more (titles name the subject). No corpus statistics are needed here: the
 * related index weighs terms by rarity (idf) when it is built.
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

/** Terms kept per story: enough for similarity at the quality measured, small to cache. */
export const TERM_VECTOR_SIZE = 64;
/** Extra weight, when choosing terms to keep, for a term of the title. */
export const TITLE_BONUS = 2;
/** Extra weight for a name: a word capitalised in the middle of a sentence. */
export const NAME_BONUS = 1;

const HAS_LETTER = /\p{L}/u;
const UPPER_CASE = /^\p{Lu}/u;
/** Characters between two words of one sentence: a capital after these starts a name. */
const SKIPPED_BEFORE_WORD = new Set([' ', '"', "'", '\u2018', '\u201c', '(']);
const IN_SENTENCE_BEFORE = /[\p{L}\p{N},;]/u;

export function storyTermVector(story: Story, size = TERM_VECTOR_SIZE): TermVector {
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
  const weight = (term: string, value: number): number =>
    value + (titleTerms.has(term) ? TITLE_BONUS : 0) + (names.has(term) ? NAME_BONUS : 0);
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
