/**
 * How a floor on the shown similarity score changes the "Similar" list (issue 20: a telecom
 * story at 0.093 padded a port-strike story's list). For each floor, over the sampled stories:
 * the share of the shown stories that share the story's topic (precision of what is shown,
 * over the stories that show any), how many are shown on average (of SIMILAR_LIMIT), the share
 * of stories left with none, and the share of floor 0's relevant stories still shown. Scores
 * are the app's (cosine with its date nudge), so a floor chosen here is the engine's floor.
 */
import type { EvalCorpus } from './eval-corpus';
import { foldDuplicates } from './eval-corpus';
import { mean, round } from './rank-metrics';
import { shareTopic } from './similar-metrics';

export const FLOORS = [0, 0.05, 0.1, 0.125, 0.15, 0.175, 0.2, 0.25, 0.3] as const;

export interface FloorScores {
  floor: number;
  /** Relevant share of what is shown, averaged over stories that show at least one. */
  precisionShown: number;
  meanShown: number;
  /** Stories left with no similar story at all. */
  emptyShare: number;
  /** Relevant stories shown, as a share of those shown with no floor. */
  relevantKept: number;
}

/** `shown(doc)`: the app's similar list for the story, best first, with scores. */
export async function runSimilarFloors(
  corpus: EvalCorpus,
  sample: readonly number[],
  shown: (
    doc: number,
  ) => Promise<{ doc: number; score: number }[]> | { doc: number; score: number }[],
  limit: number,
): Promise<FloorScores[]> {
  const lists: { doc: number; score: number; relevant: boolean }[][] = [];
  for (const doc of sample) {
    const found = await shown(doc);
    const scoreOf = new Map(found.map((hit) => [hit.doc, hit.score]));
    const folded = foldDuplicates(
      corpus,
      found.map((hit) => hit.doc),
      limit,
      doc,
    );
    lists.push(
      folded.map((other) => ({
        doc: other,
        score: scoreOf.get(other) ?? 0,
        relevant: shareTopic(corpus, doc, other),
      })),
    );
  }
  const relevantAtZero = lists.reduce(
    (sum, list) => sum + list.filter((hit) => hit.relevant).length,
    0,
  );
  return FLOORS.map((floor) => {
    const kept = lists.map((list) => list.filter((hit) => hit.score >= floor));
    const nonEmpty = kept.filter((list) => list.length > 0);
    const relevant = kept.reduce((sum, list) => sum + list.filter((hit) => hit.relevant).length, 0);
    return {
      floor,
      precisionShown: round(
        mean(nonEmpty.map((list) => list.filter((hit) => hit.relevant).length / list.length)),
      ),
      meanShown: round(mean(kept.map((list) => list.length))),
      emptyShare: round(kept.length === 0 ? 0 : (kept.length - nonEmpty.length) / kept.length),
      relevantKept: round(relevantAtZero === 0 ? 0 : relevant / relevantAtZero),
    };
  });
}
