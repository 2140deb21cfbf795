/**
 * The archive's vocabulary across all segments: each segment's sorted terms with their lunr
 * document frequencies, kept as the workers sent them. The service uses it to give every
 * segment the same statistics for a query — the same expansion of `ship*` or `oil~1`, the same
 * IDF — so a segment scores a story exactly as one lunr index over the whole archive would
 * (the test oracle tests/core/search/segment-lunr-index.ts): splitting the index in segments does not change the ranking.
 *
 * Why per segment and not one merged map: merging is the costly part of opening an archive
 * (a hash-map update per term per segment), while a query only ever asks about a handful of
 * terms — a binary search in each segment's list. Segments come and go whole, with no deltas.
 */
import { findTerm } from './segment-index';
import { expandClause } from './sorted-terms-token-set';

interface SegmentTerms {
  terms: string[];
  frequencies: ArrayLike<number>;
}

export class Vocabulary {
  readonly #segments = new Map<string, SegmentTerms>();

  /** Adds a segment's sorted terms and their frequencies (replacing one of the same id). */
  addSegment(segmentId: string, terms: string[], frequencies: ArrayLike<number>): void {
    this.#segments.set(segmentId, { terms, frequencies });
  }

  removeSegment(segmentId: string): void {
    this.#segments.delete(segmentId);
  }

  /** lunr's document frequency of `term` over the whole archive. */
  frequency(term: string): number {
    let total = 0;
    for (const { terms, frequencies } of this.#segments.values()) {
      const at = findTerm(terms, term);
      if (at >= 0) total += frequencies[at] as number;
    }
    return total;
  }

  /**
   * The vocabulary terms a query word matches: itself if indexed, or every term its wildcard
   * or edit distance reaches (lunr's semantics), sorted.
   */
  expand(pattern: { term: string; wildcard: boolean; editDistance: number }): string[] {
    if (!pattern.wildcard && pattern.editDistance === 0) {
      for (const { terms } of this.#segments.values()) {
        if (findTerm(terms, pattern.term) >= 0) return [pattern.term];
      }
      return [];
    }
    const clause =
      pattern.editDistance > 0
        ? { term: pattern.term, editDistance: pattern.editDistance }
        : { term: pattern.term };
    const found = new Set<string>();
    for (const { terms } of this.#segments.values()) {
      for (const term of expandClause(terms, clause)) found.add(term);
    }
    return [...found].sort();
  }
}

/** lunr.idf, for a term held by `frequency` (document, field) pairs among `documentCount`. */
export function inverseDocumentFrequency(frequency: number, documentCount: number): number {
  const x = (documentCount - frequency + 0.5) / (frequency + 0.5);
  return Math.log(1 + Math.abs(x));
}
