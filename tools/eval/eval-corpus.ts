/**
 * EvalCorpus: the stories under evaluation with their labels and the engine's duplicate
 * groups, in one order (the engine's file order) that every method's answer is mapped to —
 * plus which stories may be asked about (the query candidates of the chosen split).
 *
 * A duplicate save counts as the story itself everywhere: a known-item query finds its target
 * when it finds a duplicate of it, and similar-story lists leave the story's duplicates out.
 */
import type { EvalStory } from './engine-adapter';
import type { LabelSet, StoryLabels } from './labels';

export interface EvalCorpus {
  readonly stories: readonly EvalStory[];
  /** Labels per story (null: the labels file has none for it). */
  readonly labels: readonly (StoryLabels | null)[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** The story's duplicate group, itself included, sorted. */
  groupOf(doc: number): readonly number[];
  /** Stories queries may be sampled from (the split's, or all), ascending. */
  readonly candidates: readonly number[];
  /** Stories that have labels at all. */
  readonly labelled: number;
  readonly notes: string[];
}

export function buildEvalCorpus(
  stories: readonly EvalStory[],
  labelSet: LabelSet,
  duplicateGroups: readonly (readonly string[])[],
  split: string | null,
): EvalCorpus {
  const indexOf = new Map(stories.map((story, doc) => [story.id, doc]));
  const labels = stories.map((story) => labelSet.of(story.file));
  const groups = new Map<number, number[]>();
  for (const group of duplicateGroups) {
    const members = group
      .map((id) => indexOf.get(id))
      .filter((doc): doc is number => doc !== undefined)
      .sort((a, b) => a - b);
    for (const member of members) groups.set(member, members);
  }
  const notes: string[] = [];
  const labelled = labels.filter((entry) => entry !== null).length;
  if (labelled < stories.length) {
    notes.push(
      `${stories.length - labelled} of ${stories.length} stories have no labels: they can be found but are never asked about, nor relevant to a topic.`,
    );
  }
  let candidates = stories.map((_, doc) => doc);
  if (split !== null) {
    if (!labelSet.present.split) {
      notes.push(
        `The labels have no split: every story is a query candidate (not only "${split}").`,
      );
    } else {
      candidates = candidates.filter((doc) => labels[doc]?.split === split);
      if (candidates.length === 0) notes.push(`No story is labelled with split "${split}".`);
    }
  }
  return {
    stories,
    labels,
    indexOf,
    groupOf: (doc) => groups.get(doc) ?? [doc],
    candidates,
    labelled,
    notes,
  };
}

/**
 * A ranked list with every duplicate group after its first member left out, and the story's
 * own group left out, cut to `limit`.
 */
export function foldDuplicates(
  corpus: EvalCorpus,
  ranked: readonly number[],
  limit: number,
  own?: number,
): number[] {
  const seen = new Set<number>(own === undefined ? [] : corpus.groupOf(own));
  const kept: number[] = [];
  for (const doc of ranked) {
    const group = corpus.groupOf(doc);
    if (seen.has(group[0]!) || seen.has(doc)) continue;
    for (const member of group) seen.add(member);
    kept.push(doc);
    if (kept.length === limit) break;
  }
  return kept;
}
