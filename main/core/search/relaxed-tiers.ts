/**
 * The tiers of a loosened query (relax-query.ts): how many of its loosened words each hit
 * holds. A hit's score gains RELAXED_TIER per word, after BM25 and proximity, so stories
 * holding more of the words always rank above stories holding fewer.
 */
import { RELAXED_TIER } from './relax-query';
import type { SearchPlan } from './search-plan';
import type { SegmentIndexData } from './segment-index';
import { termItemDocs } from './score-segment';

/** Per hit (`docs[i]`), the number of loosened words it holds; null for a strict plan. */
export function relaxedTiers(
  index: SegmentIndexData,
  plan: SearchPlan,
  localIds: Int32Array,
  docs: readonly number[],
): Int32Array | null {
  if (plan.looseGroup === null) return null;
  const tiers = new Int32Array(docs.length);
  for (const item of plan.required[plan.looseGroup] ?? []) {
    const holding = termItemDocs(index, item, localIds);
    docs.forEach((doc, i) => {
      if (holding[doc] === 1) tiers[i] = (tiers[i] as number) + 1;
    });
  }
  return tiers;
}

/** Adds each hit's tier to its score, in place. */
export function applyTiers(scores: number[], tiers: Int32Array | null): void {
  if (!tiers) return;
  scores.forEach((score, i) => {
    scores[i] = score + (tiers[i] as number) * RELAXED_TIER;
  });
}
