/**
 * Known-item search: for each sampled query, where does each method rank the story the query
 * was made from (or a duplicate save of it) in its top 10? Scored as MRR@10, the share found
 * at rank 1 and the share not in the top 10, with each call's latency.
 *
 * Every method answers the same queries in the same order. A method's hits are folded by
 * duplicate group before ranking (a story saved twice takes one place), as the app shows them.
 * A query a method cannot parse counts as an error and as a miss.
 */
import type { EvalCorpus } from './eval-corpus';
import { foldDuplicates } from './eval-corpus';
import type { KnownItemQuery } from './query-sampler';
import type { LatencySummary } from './rank-metrics';
import { mean, reciprocalRank, round, summariseLatency } from './rank-metrics';

export const KNOWN_ITEM_DEPTH = 10;

export interface SearchAnswer {
  /** Ranked stories (best first). */
  hits: number[];
  /** True when the method refused the query (a parse error). */
  error?: boolean;
}

export interface KnownItemMethod {
  name: string;
  search(text: string, limit: number): Promise<SearchAnswer> | SearchAnswer;
}

export interface KnownItemScores {
  queries: number;
  mrrAt10: number;
  /** MRR@10 counting only the story the query was made from (and its duplicate saves). */
  strictMrrAt10: number;
  foundAt1: number;
  notInTop10: number;
  errors: number;
  latencyMs: LatencySummary;
}

export interface KnownItemRun {
  scores: Record<string, KnownItemScores>;
  /** Per method, the target's 1-based rank for each query (0: not in the top 10). */
  ranks: Record<string, number[]>;
  /** Per method, each call's time in ms. */
  times: Record<string, number[]>;
}

/**
 * 1-based rank of the target (or a duplicate of it, or a story in `alsoFound`) in the folded
 * list, 0 when absent.
 */
export function rankOfTarget(
  corpus: EvalCorpus,
  hits: readonly number[],
  target: number,
  alsoFound: readonly number[] = [],
): number {
  const group = new Set([target, ...alsoFound].flatMap((doc) => corpus.groupOf(doc)));
  const folded = foldDuplicates(corpus, hits, KNOWN_ITEM_DEPTH);
  const at = folded.findIndex((doc) => group.has(doc));
  return at < 0 ? 0 : at + 1;
}

export async function runKnownItem(
  corpus: EvalCorpus,
  queries: readonly KnownItemQuery[],
  methods: readonly KnownItemMethod[],
): Promise<KnownItemRun> {
  const run: KnownItemRun = { scores: {}, ranks: {}, times: {} };
  for (const method of methods) {
    const ranks: number[] = [];
    const strictRanks: number[] = [];
    const times: number[] = [];
    let errors = 0;
    for (const query of queries) {
      const started = performance.now();
      let answer: SearchAnswer;
      try {
        // A little more than 10, so folding duplicates still leaves 10.
        answer = await method.search(query.text, KNOWN_ITEM_DEPTH + 5);
      } catch {
        answer = { hits: [], error: true };
      }
      times.push(performance.now() - started);
      if (answer.error) errors += 1;
      ranks.push(
        answer.error ? 0 : rankOfTarget(corpus, answer.hits, query.target, query.alsoFound),
      );
      strictRanks.push(answer.error ? 0 : rankOfTarget(corpus, answer.hits, query.target));
    }
    run.ranks[method.name] = ranks;
    run.times[method.name] = times;
    run.scores[method.name] = {
      ...scoreRanks(ranks, errors, times),
      strictMrrAt10: scoreRanks(strictRanks, errors, times).mrrAt10,
    };
  }
  return run;
}

export function scoreRanks(
  ranks: readonly number[],
  errors: number,
  times: readonly number[],
): Omit<KnownItemScores, 'strictMrrAt10'> {
  const rr = ranks.map((rank) =>
    reciprocalRank(
      Array.from({ length: KNOWN_ITEM_DEPTH }, (_, i) => i + 1 === rank),
      KNOWN_ITEM_DEPTH,
    ),
  );
  const share = (test: (rank: number) => boolean): number =>
    ranks.length === 0 ? Number.NaN : round(ranks.filter(test).length / ranks.length);
  return {
    queries: ranks.length,
    mrrAt10: round(mean(rr)),
    foundAt1: share((rank) => rank === 1),
    notInTop10: share((rank) => rank === 0),
    errors,
    latencyMs: summariseLatency(times),
  };
}

/** MRR@10 of each method over a subset of the queries (by position). */
export function subsetMrr(run: KnownItemRun, positions: readonly number[]): Record<string, number> {
  return Object.fromEntries(
    Object.entries(run.ranks).map(([name, ranks]) => [
      name,
      round(mean(positions.map((i) => (ranks[i]! > 0 ? 1 / ranks[i]! : 0)))),
    ]),
  );
}

export interface HeadToHead {
  /** Queries where the baseline ranked the target higher than the engine (or found it, the engine not). */
  baselineBetter: number;
  /** … lower (or not at all, the engine finding it). */
  engineBetter: number;
}

/** Per baseline, on how many queries it beat the engine and the engine beat it. */
export function headToHead(run: KnownItemRun, engineName: string): Record<string, HeadToHead> {
  const engine = run.ranks[engineName] ?? [];
  const better = (a: number, b: number): boolean => a > 0 && (b === 0 || a < b);
  return Object.fromEntries(
    Object.entries(run.ranks)
      .filter(([name]) => name !== engineName)
      .map(([name, ranks]) => [
        name,
        {
          baselineBetter: ranks.filter((rank, i) => better(rank, engine[i] ?? 0)).length,
          engineBetter: ranks.filter((rank, i) => better(engine[i] ?? 0, rank)).length,
        },
      ]),
  );
}
