/**
 * Storyline: the stories connected to one story through links and strong similarity, so the
 * reader can follow "earlier / later coverage" of the same running story.
 *
 * Edges: a link in either direction (A names B in its related block, or B names A) when the
 * two stories also read alike (cosine ≥ linkThreshold, or B among A's linkRank most similar)
 * — related blocks also list unrelated recent stories of the section ("More From World:"),
 * and those must not glue storylines together; and a strong similarity (cosine ≥ similarThreshold, among a story's closest
 * `fanout`) with or without a link. Both thresholds are measured on labelled archives in
 * tests/bench/related-bench.ts.
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
}

export const STORYLINE_DEFAULTS: StorylineOptions = {
  limit: 30,
  linkThreshold: 0.25,
  similarThreshold: 0.6,
  fanout: 8,
  linkRank: 5,
};

/** The storyline's documents (the start included), in walk order: closest first. */
export function walkStoryline(
  start: number,
  links: LinkGraph,
  similarity: SimilarityIndex,
  options: StorylineOptions = STORYLINE_DEFAULTS,
  similarOf: (doc: number) => readonly { doc: number; score: number }[] = (doc) =>
    similarity.similarTo(doc, options.fanout),
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
      for (const other of [...links.linksOf(doc), ...links.citedBy(doc)]) {
        if (taken.has(other)) continue;
        const score = similarity.cosine(doc, other);
        if (score >= options.linkThreshold || near.has(other)) consider(other, 1 + score);
      }
      for (const { doc: other, score } of closest) {
        if (score >= options.similarThreshold) consider(other, score);
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
