/**
 * Known-item queries — what a reader types to find a story they remember — sampled with a
 * seed from the query candidates, each as plain text (no quotes, no operators):
 *
 *  title       a contiguous run of 3–6 words of the title, as written (length uniform in
 *              3…min(6, words), start uniform); titles under 3 words are not asked about;
 *  rareWords   5 distinct words of the body that are rare in the archive but not unique to
 *              the story: a word is a whitespace-separated token of the paragraphs, stripped of
 *              punctuation at its ends, all letters, 3+ long, not a stop word, whose term
 *              (baseline tokenizer) is in 2 … max(2, 0.5% of the stories) stories. Picked at
 *              random, lower case, in body order; stories with fewer than 5 are not asked about;
 *  sentence    one sentence of the body (split after . ! ?) of 8–30 words, as written, that
 *              reads as prose: at least 60% of its words are all letters (punctuation at their
 *              ends aside) and none is over 30 characters — so no line of a uuencoded file or a
 *              table of numbers is taken for a sentence;
 *  ordinaryWords  5 distinct ordinary words of the story's opening (its first paragraphs, up
 *              to 150 words): all letters, 6+ long, not stop words, whose term is in more
 *              stories than a rare word's (the rarest skipped: rareWords asks about those).
 *              Picked at random, lower case, in text order — a reader's memory of an opening;
 *  oneWordWrong   an ordinaryWords query with one word mistyped (two inner letters swapped):
 *              strict AND finds nothing by construction; it measures the fallback.
 *
 * Plain text: double quotes are removed; `*`, `~` and `^` become spaces (`XTerm*EightBitInput`
 * is two words to a reader, and to the engine); a `+`/`-` opening a word is removed; a
 * field-name prefix (`title:`) loses its colon; `OR` becomes `or`.
 */
import { baselineTerm, baselineTerms, isStopWord } from './baseline-tokenizer';
import type { SeededRandom } from './seeded-random';

export type QueryKind = 'title' | 'rareWords' | 'sentence' | 'ordinaryWords' | 'oneWordWrong';
export const QUERY_KINDS: readonly QueryKind[] = [
  'title',
  'rareWords',
  'sentence',
  'ordinaryWords',
  'oneWordWrong',
];

export interface KnownItemQuery {
  kind: QueryKind;
  /** The story to find. */
  target: number;
  text: string;
  /**
   * Other stories that count as finding it (set by the evaluation): for a title query, every
   * story bearing the same title, which no method can tell apart by its title's words.
   */
  alsoFound?: readonly number[];
}

export interface QueryStory {
  title: string;
  paragraphs: readonly string[];
}

export const TITLE_RUN = { min: 3, max: 6 };
export const SENTENCE_WORDS = { min: 8, max: 30 };
export const RARE_WORDS = 5;
/** Rare: in at most this share of the stories (and at least 2 stories). */
export const RARE_SHARE = 0.005;

/** An ordinary-words query: its length, its words' least length, and the opening it reads. */
export const ORDINARY_WORDS = { count: 5, minLetters: 6, openingWords: 150 };

/** A sentence is prose when this share of its words are letter words. */
const PROSE_SHARE = 0.6;
const MAX_WORD_LENGTH = 30;
/** Letters only, with any punctuation at the ends (`word,` `(word)` `"Word."`). */
const LETTER_WORD = /^[^\p{L}\p{N}]*[\p{L}'’]+[^\p{L}\p{N}]*$/u;
const FIELD_PREFIX = /^(title|captions|byline|dateline|body|section|date):/i;

/** The text as a plain query: no quotes, wildcards, fuzz, boosts, presence or field operators. */
export function plainQueryText(text: string): string {
  return text
    .split(/\s+/)
    .map((word) =>
      word
        .replace(/["\u201c\u201d]/g, '')
        .replace(/[*~^]/g, ' ')
        .trim()
        .replace(/^[+-]+/, '')
        .replace(FIELD_PREFIX, '$1 ')
        .replace(/^(OR|AND|NOT)$/, (operator) => operator.toLowerCase()),
    )
    .filter((word) => word !== '')
    .join(' ')
    .trim();
}

/** Whether a query has at least one word a search could use (not only stop words). */
function searchable(text: string): boolean {
  return baselineTerms(text).length > 0;
}

export function titleWords(title: string): string[] {
  return title.split(/\s+/).filter((word) => word !== '');
}

/** A run of 3–6 title words, or null for a title under 3 words. */
export function titleRunQuery(title: string, random: SeededRandom): string | null {
  const words = titleWords(title);
  if (words.length < TITLE_RUN.min) return null;
  for (let attempt = 0; attempt < 20; attempt++) {
    const length = random.between(TITLE_RUN.min, Math.min(TITLE_RUN.max, words.length));
    const start = random.int(words.length - length + 1);
    const text = plainQueryText(words.slice(start, start + length).join(' '));
    if (searchable(text)) return text;
  }
  return null;
}

/** The body's sentences of 8–30 words, as written. */
export function bodySentences(paragraphs: readonly string[]): string[] {
  const sentences: string[] = [];
  for (const paragraph of paragraphs) {
    for (const sentence of paragraph.split(/(?<=[.!?])\s+/)) {
      const words = sentence.split(/\s+/).filter((word) => word !== '');
      if (words.length < SENTENCE_WORDS.min || words.length > SENTENCE_WORDS.max) continue;
      if (words.some((word) => word.length > MAX_WORD_LENGTH)) continue;
      const letterWords = words.filter((word) => LETTER_WORD.test(word)).length;
      if (letterWords < PROSE_SHARE * words.length) continue;
      sentences.push(sentence.trim());
    }
  }
  return sentences;
}

export function sentenceQuery(paragraphs: readonly string[], random: SeededRandom): string | null {
  const sentences = bodySentences(paragraphs);
  if (sentences.length === 0) return null;
  const text = plainQueryText(sentences[random.int(sentences.length)]!);
  return searchable(text) ? text : null;
}

/**
 * The body's rare words (see the header), once per term, in body order.
 * @param dfOf stories holding a term (0 for an unknown one)
 */
export function rareWords(
  paragraphs: readonly string[],
  dfOf: (term: string) => number,
  maxDf: number,
): string[] {
  const words: string[] = [];
  const terms = new Set<string>();
  for (const paragraph of paragraphs) {
    for (const token of paragraph.split(/\s+/)) {
      const word = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase();
      if (word.length < 3 || !/^\p{L}+$/u.test(word) || isStopWord(word)) continue;
      const term = baselineTerm(word);
      if (term === null || terms.has(term)) continue;
      const df = dfOf(term);
      if (df < 2 || df > maxDf) continue;
      terms.add(term);
      words.push(word);
    }
  }
  return words;
}

/** The rare-word ceiling for an archive of `stories`. */
export function rareMaxDf(stories: number): number {
  return Math.max(2, Math.floor(stories * RARE_SHARE));
}

export function rareWordsQuery(words: readonly string[], random: SeededRandom): string | null {
  if (words.length < RARE_WORDS) return null;
  const picked = new Set(random.sample(words, RARE_WORDS));
  return words.filter((word) => picked.has(word)).join(' ');
}

/** The story's opening: its first paragraphs, up to ORDINARY_WORDS.openingWords words. */
export function openingParagraphs(paragraphs: readonly string[]): string[] {
  const opening: string[] = [];
  let words = 0;
  for (const paragraph of paragraphs) {
    if (words >= ORDINARY_WORDS.openingWords) break;
    opening.push(paragraph);
    words += paragraph.split(/\s+/).filter((word) => word !== '').length;
  }
  return opening;
}

/**
 * The opening's ordinary words (see the header), once per term, in text order.
 * @param dfOf stories holding a term (0 for an unknown one)
 * @param maxDf the rare-word ceiling: ordinary words are in more stories than this
 */
export function ordinaryWords(
  paragraphs: readonly string[],
  dfOf: (term: string) => number,
  maxDf: number,
): string[] {
  const words: string[] = [];
  const terms = new Set<string>();
  for (const paragraph of openingParagraphs(paragraphs)) {
    for (const token of paragraph.split(/\s+/)) {
      const word = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase();
      if (word.length < ORDINARY_WORDS.minLetters || !/^\p{L}+$/u.test(word)) continue;
      if (isStopWord(word)) continue;
      const term = baselineTerm(word);
      if (term === null || terms.has(term) || dfOf(term) <= maxDf) continue;
      terms.add(term);
      words.push(word);
    }
  }
  return words;
}

/** ORDINARY_WORDS.count of the words, at random, in text order; null when there are fewer. */
export function ordinaryWordsQuery(words: readonly string[], random: SeededRandom): string | null {
  if (words.length < ORDINARY_WORDS.count) return null;
  const picked = new Set(random.sample(words, ORDINARY_WORDS.count));
  return words.filter((word) => picked.has(word)).join(' ');
}

/** The query with one word (at random) mistyped: two of its inner letters swapped. */
export function mistypeOneWord(query: string, random: SeededRandom): string {
  const words = query.split(' ');
  const at = random.int(words.length);
  const word = words[at] as string;
  // Inner letters only (a typist keeps the first and last), and two that differ.
  for (let attempt = 0; attempt < 10; attempt++) {
    const i = 1 + random.int(word.length - 3);
    if (word[i] === word[i + 1]) continue;
    words[at] = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    break;
  }
  return words.join(' ');
}

export interface SampledQueries {
  queries: KnownItemQuery[];
  /** Candidates a query of this kind could be made for. */
  eligible: number;
}

/**
 * Up to `count` queries of one kind: candidates are shuffled with the seed and taken in that
 * order, skipping those no query of this kind can be made for.
 */
export function sampleQueries(
  kind: QueryKind,
  candidates: readonly number[],
  storyOf: (doc: number) => QueryStory,
  count: number,
  random: SeededRandom,
  dfOf: (term: string) => number,
  maxDf: number,
): SampledQueries {
  const order = random.sample(candidates, candidates.length);
  const queries: KnownItemQuery[] = [];
  let eligible = 0;
  for (const target of order) {
    const story = storyOf(target);
    let text: string | null;
    if (kind === 'title') text = titleRunQuery(story.title, random);
    else if (kind === 'sentence') text = sentenceQuery(story.paragraphs, random);
    else if (kind === 'rareWords') {
      text = rareWordsQuery(rareWords(story.paragraphs, dfOf, maxDf), random);
    } else {
      text = ordinaryWordsQuery(ordinaryWords(story.paragraphs, dfOf, maxDf), random);
      if (text !== null && kind === 'oneWordWrong') text = mistypeOneWord(text, random);
    }
    if (text === null) continue;
    eligible += 1;
    if (queries.length < count) queries.push({ kind, target, text });
  }
  return { queries, eligible };
}
