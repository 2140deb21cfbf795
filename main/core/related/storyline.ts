/**
 * Storyline: the stories connected to one story through links and strong similarity, so the
 * reader can follow "earlier / later coverage" of the same running story.
 *
 * Edges: a link in either direction (A names B in its related block, or B names A), or the
 * same headline within `headlineDays` (a running story's updates, a forum thread's replies),
 * when the two also tell the same event (`specificCosine` ≥ linkThreshold, or B among A's
 * linkRank closest by it) — related blocks also list unrelated recent stories of the section
 * ("More From World:"), and those must not glue storylines together; and a strong similarity
 * (`specificCosine` ≥ similarThreshold, among a story's `fanout` closest by it, within
 * `similarDays`) with or without a link. `specificCosine` weighs shared rare names most, so
 * two results stories of different companies do not join. The thresholds were chosen with
 * `npm run eval` on the 20 Newsgroups train split (threads) and a generated wire archive
 * (running stories): see STORYLINE_DEFAULTS.
 *
 * The walk is breadth-first from the story, so the closest stories in the graph come first;
 * within one step, the stronger edge first. It stops at `limit` stories, so the answer stays
 * small and fast whatever the size of the connected component. Duplicate saves count once.
 */
import type { LinkGraph } from './link-graph';
import type { SimilarityIndex } from './similarity-index';

export interface StorylineOptions {
  limit: number;
  linkThreshold: number;
  similarThreshold: number;
  /** Closest stories looked at for similarity edges, per story visited. */
  fanout: number;
  /**
   * A link also counts, whatever its cosine, when the linked story is among the `linkRank`
   * most similar to the one that links or is cited: cosine scales differ between archives (a
   * small hand-made archive scores lower than a large one), rank does not.
   */
  linkRank: number;
  /** Stories under the same headline within this many days count as linked. */
  headlineDays: number;
  /**
   * A strong similarity without a link counts only within this many days: a running story's
   * coverage is close in time, while formulaic stories (results, prices) read alike all year.
   */
  similarDays: number;
}

/**
 * Chosen with `npm run eval` (1,000 stories each, precision / recall against threads): on the
 * 20 Newsgroups train split 0.895 / 0.727, on a generated wire archive 0.842 / 0.861. Looser
 * (link 0.25, similar 0.6, similarity at any distance in time, candidates by `cosine`) gave
 * 0.773 / 0.811 and 0.473 / 0.950: on the wire, formulaic stories joined storylines they were
 * not part of.
 */
export const STORYLINE_DEFAULTS: StorylineOptions = {
  limit: 30,
  linkThreshold: 0.4,
  similarThreshold: 0.7,
  fanout: 8,
  linkRank: 5,
  headlineDays: 60,
  similarDays: 14,
};

/** The storyline's documents (the start included), in walk order: closest first. */
export function walkStoryline(
  start: number,
  links: LinkGraph,
  similarity: SimilarityIndex,
  options: StorylineOptions = STORYLINE_DEFAULTS,
  /** A story's closest by specificCosine (cached by the caller: walks revisit stories). */
  similarOf: (doc: number) => readonly { doc: number; score: number }[] = (doc) =>
    similarity.specificTo(doc, options.fanout),
): number[] {
  const taken = new Set<number>(links.groupOf(start));
  const order = [start];
  let frontier = [start];
  while (frontier.length > 0 && order.length < options.limit) {
    const strength = new Map<number, number>();
    const consider = (doc: number, value: number): void => {
      if (taken.has(doc)) return;
      const previous = strength.get(doc);
      if (previous === undefined || value > previous) strength.set(doc, value);
    };
    for (const doc of frontier) {
      const closest = similarOf(doc);
      const near = new Set(closest.slice(0, options.linkRank).map((entry) => entry.doc));
      const linked = [
        ...links.linksOf(doc),
        ...links.citedBy(doc),
        ...links.sameHeadline(doc, options.headlineDays),
      ];
      for (const other of linked) {
        if (taken.has(other)) continue;
        const score = similarity.specificCosine(doc, other);
        if (score >= options.linkThreshold || near.has(other)) consider(other, 1 + score);
      }
      const day = links.day(doc);
      for (const { doc: other, score } of closest) {
        if (score < options.similarThreshold) continue;
        const otherDay = links.day(other);
        const near =
          day === null || otherDay === null || Math.abs(day - otherDay) <= options.similarDays;
        if (near) consider(other, score);
      }
    }
    const next = [...strength].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([doc]) => doc);
    frontier = [];
    for (const doc of next) {
      if (order.length >= options.limit) break;
      if (taken.has(doc)) continue;
      for (const member of links.groupOf(doc)) taken.add(member);
      order.push(doc);
      frontier.push(doc);
    }
  }
  return order;
}
