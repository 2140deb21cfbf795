/**
 * Storylines against thread labels: for each sampled story whose thread has another story
 * (outside its own duplicate group), the storyline's other members are compared with the
 * other stories of the thread.
 *
 *   precision = members of the same thread / members     (stories whose storyline has no other
 *                                                          member are left out of the mean and
 *                                                          counted as `empty`)
 *   recall    = thread stories the storyline covers / thread stories
 *
 * A member stands for its duplicate group (the storyline shows one save of each story); the
 * story's own duplicates are neither members nor thread stories. The engine bounds a
 * storyline's size (30 today), so on a very long thread recall cannot reach 1.
 */
import type { EvalCorpus } from './eval-corpus';
import type { LatencySummary } from './rank-metrics';
import { mean, round, summariseLatency } from './rank-metrics';

export interface StorylineScores {
  stories: number;
  precision: number;
  recall: number;
  /** Mean other members per storyline. */
  meanMembers: number;
  /** Share of stories whose storyline is only the story itself. */
  empty: number;
  latencyMs: LatencySummary;
}

/** Stories of each thread label. */
export function threadMembers(corpus: EvalCorpus): Map<string, number[]> {
  const threads = new Map<string, number[]>();
  corpus.labels.forEach((labels, doc) => {
    const thread = labels?.thread;
    if (!thread) return;
    const list = threads.get(thread);
    if (list) list.push(doc);
    else threads.set(thread, [doc]);
  });
  return threads;
}

/** The thread's other stories, outside the story's own duplicate group ([] when unthreaded). */
export function otherThreadStories(
  corpus: EvalCorpus,
  threads: ReadonlyMap<string, readonly number[]>,
  doc: number,
): number[] {
  const thread = corpus.labels[doc]?.thread;
  if (!thread) return [];
  const own = new Set(corpus.groupOf(doc));
  return (threads.get(thread) ?? []).filter((other) => !own.has(other));
}

export interface StorylineComparison {
  precision: number | null;
  recall: number;
  members: number;
}

/** One story's storyline against its thread. */
export function compareStoryline(
  corpus: EvalCorpus,
  doc: number,
  storyline: readonly number[],
  thread: readonly number[],
): StorylineComparison {
  const own = new Set(corpus.groupOf(doc));
  const members = storyline.filter((member) => !own.has(member));
  const wanted = new Set(thread);
  const sameThread = members.filter((member) =>
    corpus.groupOf(member).some((save) => wanted.has(save)),
  ).length;
  const covered = new Set<number>();
  for (const member of members) {
    for (const save of corpus.groupOf(member)) if (wanted.has(save)) covered.add(save);
  }
  return {
    precision: members.length === 0 ? null : sameThread / members.length,
    recall: thread.length === 0 ? 0 : covered.size / thread.length,
    members: members.length,
  };
}

export async function runStorylines(
  corpus: EvalCorpus,
  sample: readonly number[],
  storylineOf: (doc: number) => Promise<number[]>,
): Promise<StorylineScores> {
  const threads = threadMembers(corpus);
  const precision: number[] = [];
  const recall: number[] = [];
  const members: number[] = [];
  const times: number[] = [];
  let empty = 0;
  for (const doc of sample) {
    const started = performance.now();
    const storyline = await storylineOf(doc);
    times.push(performance.now() - started);
    const result = compareStoryline(
      corpus,
      doc,
      storyline,
      otherThreadStories(corpus, threads, doc),
    );
    if (result.precision === null) empty += 1;
    else precision.push(result.precision);
    recall.push(result.recall);
    members.push(result.members);
  }
  return {
    stories: sample.length,
    precision: round(mean(precision)),
    recall: round(mean(recall)),
    meanMembers: round(mean(members), 1),
    empty: sample.length === 0 ? Number.NaN : round(empty / sample.length),
    latencyMs: summariseLatency(times),
  };
}
