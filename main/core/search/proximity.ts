/**
 * Proximity: how much of what was typed a story holds word for word. People paste a sentence,
 * or type a run of words from a headline; the story holding those words in that order is the
 * one they mean, even when another story holds the same words scattered and one of them in
 * its headline (which BM25 alone ranks higher: a title word weighs ten body words).
 *
 * The measure: the longest run of the query's words (stop words included, in the order typed)
 * that a field of the story holds consecutively, as a share of the query's length. Read from
 * the segment's term streams, like phrase checks; a line break ends a run, and a word that
 * folds to nothing (a dash) is passed over on both sides. A score is multiplied by
 * 1 + PROXIMITY_WEIGHT × share², for the segment's best PROXIMITY_CANDIDATES stories (the ones
 * that can reach a first page): squared, so a story holding the whole query gains most and one
 * sharing a common pair of words ("in the") gains little.
 */
import { INDEX_FIELDS } from './index-fields';
import type { PlanWord, SearchPlan } from './search-plan';
import type { SegmentIndexData } from './segment-index';
import { breakIdOf, otherIdOf } from './segment-index';
import { SPAN_WEIGHT, WordSpanScorer } from './word-span';

/** A story holding the whole query in order scores (1 + weight) times its BM25 score. */
export const PROXIMITY_WEIGHT = 6;
/** Stories per segment re-scored (by BM25 rank): more than a first page can use. */
export const PROXIMITY_CANDIDATES = 200;

const FIELD_COUNT = INDEX_FIELDS.length;

export class ProximityScorer {
  readonly #index: SegmentIndexData;
  readonly #length: number;
  /** Stream id → the positions in the query's sequence it matches, highest first. */
  readonly #wordsOf = new Map<number, number[]>();
  readonly #runLength: Int32Array;
  readonly #runEnd: Float64Array;

  constructor(index: SegmentIndexData, sequence: readonly PlanWord[], localIds: Int32Array) {
    this.#index = index;
    this.#length = sequence.length;
    sequence.forEach((word, at) => {
      const ids = word.stop
        ? [index.stopWords.indexOf(word.folded)]
            .filter((stop) => stop >= 0)
            .map((stop) => index.terms.length + stop)
        : word.terms.map((position) => localIds[position] as number).filter((id) => id >= 0);
      for (const id of ids) {
        const list = this.#wordsOf.get(id);
        if (list) list.unshift(at);
        else this.#wordsOf.set(id, [at]);
      }
    });
    this.#runLength = new Int32Array(this.#length);
    this.#runEnd = new Float64Array(this.#length);
  }

  /** The longest run of the query the story holds, as a share (0–1) of the query's words. */
  share(doc: number): number {
    if (this.#length < 2) return 0;
    const lineBreak = breakIdOf(this.#index);
    const other = otherIdOf(this.#index);
    const runLength = this.#runLength;
    const runEnd = this.#runEnd.fill(-2);
    let best = 0;
    // `step` counts the words read; a gap of 2 between fields and at line breaks ends runs.
    let step = 0;
    for (let field = 0; field < FIELD_COUNT; field += 1) {
      const streams = this.#index.stream(doc * FIELD_COUNT + field);
      const end = streams.length;
      step += 2;
      for (let p = 0; p < end; p += 1) {
        const id = streams[p] as number;
        if (id === other) continue;
        if (id === lineBreak) {
          step += 2;
          continue;
        }
        const words = this.#wordsOf.get(id);
        if (words) {
          // Highest position first, so a run ending at `word - 1` is read before it is replaced.
          for (const word of words) {
            const length = word > 0 && runEnd[word - 1] === step - 1 ? runLength[word - 1]! + 1 : 1;
            runLength[word] = length;
            runEnd[word] = step;
            if (length > best) best = length;
          }
          if (best === this.#length) return 1;
        }
        step += 1;
      }
    }
    return best / this.#length;
  }
}

/**
 * Multiplies the scores of the best PROXIMITY_CANDIDATES hits by their proximity bonus and
 * their word-span bonus (word-span.ts), in place. `docs[i]` has `scores[i]`.
 */
export function applyProximity(
  index: SegmentIndexData,
  plan: SearchPlan,
  localIds: Int32Array,
  docs: readonly number[],
  scores: number[],
  tiers: Int32Array | null = null,
): void {
  if (plan.sequence.length < 2 || docs.length === 0) return;
  const scorer = new ProximityScorer(index, plan.sequence, localIds);
  const span = new WordSpanScorer(index, plan, localIds);
  for (const i of bestPositions(scores, tiers, PROXIMITY_CANDIDATES)) {
    const doc = docs[i] as number;
    const share = scorer.share(doc);
    const near = span.applies ? span.share(doc) : 0;
    const spanBonus = near * span.count >= 2 ? 1 + SPAN_WEIGHT * near * near : 1;
    scores[i] = (scores[i] as number) * (1 + PROXIMITY_WEIGHT * share * share) * spanBonus;
  }
}

/**
 * Positions of the `count` best hits (all of them when there are no more): by tier first when
 * the query was loosened (relaxed-tiers.ts), then by score.
 */
function bestPositions(
  scores: readonly number[],
  tiers: Int32Array | null,
  count: number,
): number[] {
  const positions = scores.map((_score, i) => i);
  if (positions.length <= count) return positions;
  positions.sort(
    (a, b) =>
      (tiers ? (tiers[b] as number) - (tiers[a] as number) : 0) ||
      (scores[b] as number) - (scores[a] as number),
  );
  return positions.slice(0, count);
}
