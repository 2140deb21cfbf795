/**
 * Word span: how many of the query's words a story's opening holds close together. A reader
 * who remembers a story types a few of its ordinary words, in no particular order; a story
 * holding them all, far apart, in a long body, should not outrank the story whose headline and
 * first paragraphs hold them side by side. The run bonus (proximity.ts) needs the words in the
 * order typed; this one does not.
 *
 * The measure: the most distinct query words (stop words aside) found within any window of
 * (query words + SPAN_SLACK) words of the opening — the headline, then the body's first
 * OPENING_WORDS words — as a share of the query's distinct words. A score is multiplied by
 * 1 + SPAN_WEIGHT × share², when at least two words meet. Tuned with `npm run eval`'s
 * ordinary-word queries on 20 Newsgroups train (docs/search-quality.md).
 */
import { INDEX_FIELDS } from './index-fields';
import type { SearchPlan } from './search-plan';
import type { SegmentIndexData } from './segment-index';
import { breakIdOf, otherIdOf } from './segment-index';

/** A story holding every query word close together in its opening scores (1 + weight)×. */
export const SPAN_WEIGHT = 3;
/** Words a window may hold beyond the query's own. */
export const SPAN_SLACK = 12;
/** The body words read as the opening, after the headline. */
export const OPENING_WORDS = 150;

const FIELD_COUNT = INDEX_FIELDS.length;
const TITLE = INDEX_FIELDS.indexOf('title');
const BODY = INDEX_FIELDS.indexOf('body');

export class WordSpanScorer {
  readonly #index: SegmentIndexData;
  /** Stream id → the query's distinct words (numbered 0…) it stands for. */
  readonly #wordsOf = new Map<number, number[]>();
  readonly #count: number;
  readonly #window: number;

  constructor(index: SegmentIndexData, plan: SearchPlan, localIds: Int32Array) {
    this.#index = index;
    const numbered = new Map<string, number>();
    for (const word of plan.sequence) {
      if (word.stop || numbered.has(word.folded)) continue;
      const number = numbered.size;
      numbered.set(word.folded, number);
      for (const position of word.terms) {
        const id = localIds[position] as number;
        if (id < 0) continue;
        const list = this.#wordsOf.get(id);
        if (list) list.push(number);
        else this.#wordsOf.set(id, [number]);
      }
    }
    this.#count = numbered.size;
    this.#window = this.#count + SPAN_SLACK;
  }

  /** The query's distinct words (stop words aside). */
  get count(): number {
    return this.#count;
  }

  /** True when the query has at least two distinct words to bring together. */
  get applies(): boolean {
    return this.#count >= 2;
  }

  /** The most distinct query words in one window of the opening, as a share (0–1). */
  share(doc: number): number {
    const positions: number[] = [];
    const words: number[] = [];
    let step = 0;
    for (const field of [TITLE, BODY]) {
      const streams = this.#index.stream(doc * FIELD_COUNT + field);
      const lineBreak = breakIdOf(this.#index);
      const other = otherIdOf(this.#index);
      const end = streams.length;
      let read = 0;
      for (let p = 0; p < end; p += 1) {
        const id = streams[p] as number;
        if (id === lineBreak || id === other) continue;
        if (field === BODY && (read += 1) > OPENING_WORDS) break;
        step += 1;
        for (const word of this.#wordsOf.get(id) ?? []) {
          positions.push(step);
          words.push(word);
        }
      }
    }
    return bestWindow(positions, words, this.#count, this.#window) / this.#count;
  }
}

/** The most distinct words among (position, word) pairs within `width` steps of each other. */
function bestWindow(
  positions: readonly number[],
  words: readonly number[],
  count: number,
  width: number,
): number {
  const held = new Int32Array(count);
  let distinct = 0;
  let best = 0;
  let start = 0;
  for (let end = 0; end < positions.length; end += 1) {
    const word = words[end] as number;
    if ((held[word] = (held[word] as number) + 1) === 1) distinct += 1;
    while ((positions[end] as number) - (positions[start] as number) >= width) {
      const leaving = words[start] as number;
      if ((held[leaving] = (held[leaving] as number) - 1) === 0) distinct -= 1;
      start += 1;
    }
    if (distinct > best) best = distinct;
    if (best === count) break;
  }
  return best;
}
