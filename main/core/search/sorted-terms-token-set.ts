/**
 * A lunr TokenSet read straight off a sorted array of terms: each node is the range of terms
 * sharing a prefix, and its edges are worked out (by binary search) only when lunr's
 * `intersect` walks through it. lunr builds a minimised automaton of the whole vocabulary up
 * front (hundreds of thousands of objects); wildcard and fuzzy expansion only ever visit a
 * sliver of it, so we build that sliver per query and nothing else.
 *
 * Contract: `terms` is sorted by UTF-16 code units (Array.prototype.sort) and unique.
 * The result of `expandClause` equals lunr's `tokenSet.intersect(TokenSet.fromClause(clause))`.
 */
import type { LunrTokenSet } from './lunr-internals';
import { lunr } from './lunr-internals';

class SortedTermsNode {
  readonly #terms: readonly string[];
  readonly #low: number;
  readonly #high: number;
  readonly #depth: number;
  #edges: Record<string, SortedTermsNode> | null = null;
  readonly final: boolean;

  constructor(terms: readonly string[], low: number, high: number, depth: number) {
    this.#terms = terms;
    this.#low = low;
    this.#high = high;
    this.#depth = depth;
    this.final = low < high && (terms[low] as string).length === depth;
  }

  get edges(): Record<string, SortedTermsNode> {
    if (this.#edges) return this.#edges;
    const edges: Record<string, SortedTermsNode> = {};
    const terms = this.#terms;
    const depth = this.#depth;
    let index = this.final ? this.#low + 1 : this.#low;
    while (index < this.#high) {
      const code = (terms[index] as string).charCodeAt(depth);
      // first term in [index, high) whose char at `depth` is past `code`
      let low = index + 1;
      let high = this.#high;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((terms[middle] as string).charCodeAt(depth) <= code) low = middle + 1;
        else high = middle;
      }
      edges[String.fromCharCode(code)] = new SortedTermsNode(terms, index, low, depth + 1);
      index = low;
    }
    this.#edges = edges;
    return edges;
  }
}

/** The root of a fresh virtual token set over `terms` (fresh per query: nodes cache edges). */
export function sortedTermsTokenSet(terms: readonly string[]): LunrTokenSet {
  return new SortedTermsNode(terms, 0, terms.length, 0) as unknown as LunrTokenSet;
}

export interface ExpandableClause {
  term: string;
  editDistance?: number;
}

/** The terms of `terms` a lunr clause (wildcards `*`, edit distance) matches, sorted. */
export function expandClause(terms: readonly string[], clause: ExpandableClause): string[] {
  const query = lunr.TokenSet.fromClause(
    clause.editDistance === undefined
      ? { term: clause.term }
      : { term: clause.term, editDistance: clause.editDistance },
  );
  const root = sortedTermsTokenSet(terms);
  return lunr.TokenSet.prototype.intersect.call(root, query).toArray().sort();
}
