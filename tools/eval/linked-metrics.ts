/**
 * Linked headline resolution: a story's related block names other stories by headline; the
 * engine resolves each headline to a story of the archive by title. Against the `related`
 * labels (the files the block was made from), for sampled stories that have them:
 *
 *   found          labelled files a headline resolved to (by id) / labelled files
 *   foundAsSave    … counting a duplicate save of the labelled story as found
 *   foundByTitle   … counting a story with the labelled story's title as found: a headline
 *                  names a title, and when several stories bear it no resolver can know which
 *                  one the block meant (a forum thread's replies, a recurring column)
 *   wrong          headlines resolved to a story that is not labelled / headlines
 *   wrongSameTitle … of which the headline is also the title of a labelled story that was not
 *                  found: several stories share that title, and the engine picked another
 *   unresolved     headlines resolved to nothing / headlines
 */
import type { EvalCorpus } from './eval-corpus';
import { idOfFile } from './labels';
import type { LatencySummary } from './rank-metrics';
import { round, summariseLatency } from './rank-metrics';

export interface LinkedHeadline {
  headline: string;
  id: string | null;
}

export interface LinkedScores {
  stories: number;
  labelledFiles: number;
  headlines: number;
  found: number;
  foundAsSave: number;
  foundByTitle: number;
  wrong: number;
  wrongSameTitle: number;
  unresolved: number;
  latencyMs: LatencySummary;
}

/** Stories whose `related` label names at least one file. */
export function withRelatedLabels(corpus: EvalCorpus, docs: readonly number[]): number[] {
  return docs.filter((doc) => (corpus.labels[doc]?.related?.length ?? 0) > 0);
}

const titleKey = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

export async function runLinked(
  corpus: EvalCorpus,
  sample: readonly number[],
  linkedOf: (doc: number) => Promise<LinkedHeadline[]>,
): Promise<LinkedScores> {
  let labelledFiles = 0;
  let headlines = 0;
  let found = 0;
  let foundAsSave = 0;
  let foundByTitle = 0;
  let wrong = 0;
  let wrongSameTitle = 0;
  let unresolved = 0;
  const times: number[] = [];
  for (const doc of sample) {
    const labelled = [...new Set((corpus.labels[doc]?.related ?? []).map(idOfFile))];
    const started = performance.now();
    const linked = await linkedOf(doc);
    times.push(performance.now() - started);
    const resolved = new Set(linked.flatMap((entry) => (entry.id === null ? [] : [entry.id])));
    const resolvedDocs = new Set(
      [...resolved].flatMap((id) => {
        const at = corpus.indexOf.get(id);
        return at === undefined ? [] : corpus.groupOf(at);
      }),
    );
    const resolvedTitles = new Set(
      [...resolvedDocs].map((at) => titleKey(corpus.stories[at]!.title)),
    );
    const missedTitles = new Set<string>();
    labelledFiles += labelled.length;
    for (const id of labelled) {
      const at = corpus.indexOf.get(id);
      if (resolved.has(id)) found += 1;
      if (resolved.has(id) || (at !== undefined && resolvedDocs.has(at))) foundAsSave += 1;
      if (
        resolved.has(id) ||
        (at !== undefined && resolvedTitles.has(titleKey(corpus.stories[at]!.title)))
      ) {
        foundByTitle += 1;
      } else if (at !== undefined) missedTitles.add(titleKey(corpus.stories[at]!.title));
    }
    const labelledSet = new Set(labelled);
    for (const entry of linked) {
      headlines += 1;
      if (entry.id === null) unresolved += 1;
      else if (!labelledSet.has(entry.id)) {
        wrong += 1;
        if (missedTitles.has(titleKey(entry.headline))) wrongSameTitle += 1;
      }
    }
  }
  const share = (count: number, of: number): number => (of === 0 ? Number.NaN : round(count / of));
  return {
    stories: sample.length,
    labelledFiles,
    headlines,
    found: share(found, labelledFiles),
    foundAsSave: share(foundAsSave, labelledFiles),
    foundByTitle: share(foundByTitle, labelledFiles),
    wrong: share(wrong, headlines),
    wrongSameTitle: share(wrongSameTitle, headlines),
    unresolved: share(unresolved, headlines),
    latencyMs: summariseLatency(times),
  };
}
