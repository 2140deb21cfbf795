/**
 * Similar stories: for each sampled story, each method's list of the stories most like it,
 * scored against topic labels — relevant means sharing a topic with the story. precision@5
 * (a list shorter than 5 counts its empty places as misses) and nDCG@10 with binary relevance,
 * the ideal DCG from min(10, stories outside the story's duplicate group that share a topic).
 * Each method leaves out the story and its duplicates and has its list folded by duplicate
 * group, so no method wins places with a second save of one story.
 */
import type { EvalCorpus } from './eval-corpus';
import { foldDuplicates } from './eval-corpus';
import type { LatencySummary } from './rank-metrics';
import { mean, ndcgAtK, precisionAtK, round, summariseLatency } from './rank-metrics';

export const SIMILAR_DEPTH = 10;
/** Asked for beyond the depth, so folding duplicates still leaves a full list. */
const FOLD_SLACK = 6;

export interface SimilarMethod {
  name: string;
  similar(
    doc: number,
    limit: number,
    exclude: (other: number) => boolean,
  ): Promise<number[]> | number[];
}

export interface SimilarScores {
  stories: number;
  precisionAt5: number;
  ndcgAt10: number;
  latencyMs: LatencySummary;
}

/** Whether two stories share a topic label. */
export function shareTopic(corpus: EvalCorpus, a: number, b: number): boolean {
  const mine = corpus.labels[a]?.topics ?? [];
  const theirs = corpus.labels[b]?.topics ?? [];
  return mine.some((topic) => theirs.includes(topic));
}

/** Stories with a topic, the ones a similar-stories sample may be drawn from. */
export function withTopics(corpus: EvalCorpus, docs: readonly number[]): number[] {
  return docs.filter((doc) => (corpus.labels[doc]?.topics.length ?? 0) > 0);
}

export async function runSimilar(
  corpus: EvalCorpus,
  sample: readonly number[],
  methods: readonly SimilarMethod[],
): Promise<Record<string, SimilarScores>> {
  const byTopic = new Map<string, number[]>();
  corpus.labels.forEach((labels, doc) => {
    for (const topic of labels?.topics ?? []) {
      const list = byTopic.get(topic);
      if (list) list.push(doc);
      else byTopic.set(topic, [doc]);
    }
  });
  const relevantCount = (doc: number): number => {
    const own = new Set(corpus.groupOf(doc));
    const others = new Set<number>();
    for (const topic of corpus.labels[doc]?.topics ?? []) {
      for (const other of byTopic.get(topic) ?? []) if (!own.has(other)) others.add(other);
    }
    return others.size;
  };
  const counts = sample.map(relevantCount);

  const scores: Record<string, SimilarScores> = {};
  for (const method of methods) {
    const precision: number[] = [];
    const ndcg: number[] = [];
    const times: number[] = [];
    for (const [i, doc] of sample.entries()) {
      const own = new Set(corpus.groupOf(doc));
      const started = performance.now();
      const found = await method.similar(doc, SIMILAR_DEPTH + FOLD_SLACK, (other) =>
        own.has(other),
      );
      times.push(performance.now() - started);
      const list = foldDuplicates(corpus, found, SIMILAR_DEPTH, doc);
      const relevant = list.map((other) => shareTopic(corpus, doc, other));
      precision.push(precisionAtK(relevant, 5));
      ndcg.push(ndcgAtK(relevant, SIMILAR_DEPTH, counts[i]!));
    }
    scores[method.name] = {
      stories: sample.length,
      precisionAt5: round(mean(precision)),
      ndcgAt10: round(mean(ndcg)),
      latencyMs: summariseLatency(times),
    };
  }
  return scores;
}
