/**
 * Why the engine missed: for every known-item query the engine did not answer in its top 10,
 * search again deeper (outside the timed run) to tell "nothing matched" (the engine requires
 * every word, so one word it indexes differently loses the story) from "matched, ranked
 * lower"; and keep a few examples, with what the baselines did, for reading (first the
 * misses some baseline did find).
 */
import type { EvalCorpus } from './eval-corpus';
import type { KnownItemRun } from './known-item';
import type { KnownItemQuery, QueryKind } from './query-sampler';

export const DEEP_LIMIT = 1000;
const EXAMPLES_PER_KIND = 6;

export interface MissCauses {
  misses: number;
  /** The engine matched no story at all. */
  noMatch: number;
  /** Matched, but the target was not among the matches. */
  targetNotMatched: number;
  /** The target matched, ranked 11th … DEEP_LIMIT-th. */
  rankedBelow10: number;
  /** Not in the first DEEP_LIMIT of more matches: matched or not, unknown. */
  beyondDeepLimit: number;
}

export interface MissExample {
  kind: QueryKind;
  query: string;
  target: { id: string; title: string };
  /** Stories the engine matched. */
  engineTotal: number;
  /** The target's rank in the engine's deeper list (null: not in the first DEEP_LIMIT). */
  engineRank: number | null;
  engineTop3: string[];
  /** Ranks the baselines gave the target (0: not in their top 10). */
  baselineRanks: Record<string, number>;
}

export interface DeepSearch {
  (query: string, limit: number): Promise<{ total: number; hits: number[] }>;
}

export async function explainMisses(
  corpus: EvalCorpus,
  queries: readonly KnownItemQuery[],
  run: KnownItemRun,
  engineName: string,
  deepSearch: DeepSearch,
): Promise<{ causes: MissCauses; examples: MissExample[] }> {
  const causes: MissCauses = {
    misses: 0,
    noMatch: 0,
    targetNotMatched: 0,
    rankedBelow10: 0,
    beyondDeepLimit: 0,
  };
  const ranks = run.ranks[engineName] ?? [];
  const candidates: { example: MissExample; baselineFound: boolean }[] = [];
  for (const [i, query] of queries.entries()) {
    if (ranks[i] !== 0) continue;
    causes.misses += 1;
    let answer: { total: number; hits: number[] };
    try {
      answer = await deepSearch(query.text, DEEP_LIMIT);
    } catch {
      answer = { total: 0, hits: [] };
    }
    const group = new Set(corpus.groupOf(query.target));
    const at = answer.hits.findIndex((doc) => group.has(doc));
    if (at >= 0) causes.rankedBelow10 += 1;
    else if (answer.total === 0) causes.noMatch += 1;
    else if (answer.hits.length >= answer.total) causes.targetNotMatched += 1;
    else causes.beyondDeepLimit += 1;
    const target = corpus.stories[query.target]!;
    const baselineRanks = Object.fromEntries(
      Object.entries(run.ranks)
        .filter(([name]) => name !== engineName)
        .map(([name, list]) => [name, list[i] ?? 0]),
    );
    candidates.push({
      baselineFound: Object.values(baselineRanks).some((rank) => rank > 0),
      example: {
        kind: query.kind,
        query: query.text,
        target: { id: target.id, title: target.title },
        engineTotal: answer.total,
        engineRank: at < 0 ? null : at + 1,
        engineTop3: answer.hits.slice(0, 3).map((doc) => corpus.stories[doc]!.title),
        baselineRanks,
      },
    });
  }
  // Misses a baseline did not make are the most telling: those first, then the others.
  const examples = [
    ...candidates.filter((entry) => entry.baselineFound),
    ...candidates.filter((entry) => !entry.baselineFound),
  ]
    .slice(0, EXAMPLES_PER_KIND)
    .map((entry) => entry.example);
  return { causes, examples };
}
