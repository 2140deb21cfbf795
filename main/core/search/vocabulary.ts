/**
 * The archive's vocabulary across all segments: each segment's sorted terms with their lunr
 * document frequencies, kept as the workers sent them. The service uses it to give every
 * segment the same statistics for a query — the same expansion of `ship*` or `oil~1`, the same
 * IDF — so a segment scores a story exactly as one lunr index over the whole archive would
 * (the test oracle tests/core/search/segment-lunr-index.ts): splitting the index in segments does not change the ranking.
 *
 * Why per segment and not one merged map: merging is the costly part of opening an archive
 * (a hash-map update per term per segment), while a plain query only ever asks about a handful
 * of terms — a binary search in each segment's list. Segments come and go whole, with no deltas.
 *
 * Wildcards and edit distances are different: `*port` has to look at every term there is, and
 * doing that segment by segment repeats the work for every term the segments share. So the
 * first such query after a change merges the lists once (`prepare`, in slices that let the
 * event loop run between them), and expansions then scan the merged list: a wildcard scans only
 * the terms that start with its literal prefix. Each expansion is kept (until the segments
 * change) with its cost — how many terms it scanned, how many postings it matched — which
 * expansion-budget.ts weighs before a query is sent to the workers.
 */
import { findTerm } from './segment-index';
import { expandClause } from './sorted-terms-token-set';

interface SegmentTerms {
  terms: string[];
  frequencies: ArrayLike<number>;
}

/** Every distinct term of the archive, sorted, with its summed document frequency. */
interface MergedTerms {
  terms: string[];
  frequencies: Float64Array;
}

export interface ExpandablePattern {
  term: string;
  wildcard: boolean;
  editDistance: number;
}

/** The terms a pattern matches, and what finding and scoring them costs. */
export interface Expansion {
  terms: string[];
  /** Vocabulary terms looked at to find them. */
  scanned: number;
  /** Sum of their document frequencies: the postings a segment search walks for them. */
  postings: number;
}

/** Terms merged between two yields to the event loop. */
const MERGE_SLICE = 20_000;
/** Expansions remembered (a query being typed asks for the same patterns again and again). */
const MAX_REMEMBERED = 512;

export class Vocabulary {
  readonly #segments = new Map<string, SegmentTerms>();
  readonly #expansions = new Map<string, Expansion>();
  #merged: MergedTerms | null = null;
  #merging: Promise<void> | null = null;
  #version = 0;

  /** Adds a segment's sorted terms and their frequencies (replacing one of the same id). */
  addSegment(segmentId: string, terms: string[], frequencies: ArrayLike<number>): void {
    this.#segments.set(segmentId, { terms, frequencies });
    this.#changed();
  }

  removeSegment(segmentId: string): void {
    if (this.#segments.delete(segmentId)) this.#changed();
  }

  /** lunr's document frequency of `term` over the whole archive. */
  frequency(term: string): number {
    if (this.#merged) {
      const at = findTerm(this.#merged.terms, term);
      return at >= 0 ? (this.#merged.frequencies[at] as number) : 0;
    }
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
  expand(pattern: ExpandablePattern): string[] {
    return this.expansion(pattern).terms;
  }

  /** The same, with its cost; remembered until the segments change. */
  expansion(pattern: ExpandablePattern): Expansion {
    const key = `${pattern.editDistance}${pattern.wildcard ? '*' : ' '}${pattern.term}`;
    const known = this.#expansions.get(key);
    if (known) return known;
    const found = this.#expand(pattern);
    if (this.#expansions.size >= MAX_REMEMBERED) {
      this.#expansions.delete(this.#expansions.keys().next().value as string);
    }
    this.#expansions.set(key, found);
    return found;
  }

  /**
   * Merges the segments' lists for wildcard and fuzzy expansion, a slice at a time; resolves
   * at once when they are merged already. Expansions work without it, segment by segment.
   */
  prepare(): Promise<void> {
    if (this.#merged) return Promise.resolve();
    this.#merging ??= this.#merge().finally(() => {
      this.#merging = null;
    });
    return this.#merging;
  }

  #changed(): void {
    this.#version += 1;
    this.#merged = null;
    this.#expansions.clear();
  }

  #expand(pattern: ExpandablePattern): Expansion {
    if (!pattern.wildcard && pattern.editDistance === 0) {
      const frequency = this.frequency(pattern.term);
      const terms = frequency > 0 || this.#holds(pattern.term) ? [pattern.term] : [];
      return { terms, scanned: 1, postings: frequency };
    }
    const lists: readonly string[][] = this.#merged
      ? [this.#merged.terms]
      : [...this.#segments.values()].map((segment) => segment.terms);
    const found = new Set<string>();
    let scanned = 0;
    for (const terms of lists) {
      if (pattern.editDistance > 0) {
        for (const term of expandClause(terms, {
          term: pattern.term,
          editDistance: pattern.editDistance,
        })) {
          found.add(term);
        }
        scanned += terms.length;
      } else {
        scanned += scanWildcard(terms, pattern.term, found);
      }
    }
    const terms = [...found].sort();
    let postings = 0;
    for (const term of terms) postings += this.frequency(term);
    return { terms, scanned, postings };
  }

  #holds(term: string): boolean {
    for (const { terms } of this.#segments.values()) if (findTerm(terms, term) >= 0) return true;
    return false;
  }

  /** A k-way merge of the sorted lists, yielding every MERGE_SLICE terms; restarts on change. */
  async #merge(): Promise<void> {
    for (;;) {
      const version = this.#version;
      const lists = [...this.#segments.values()];
      const cursors = lists.map(() => 0);
      const terms: string[] = [];
      const frequencies: number[] = [];
      // A binary heap of list indexes, ordered by each list's current term.
      const heap: number[] = [];
      const less = (a: number, b: number): boolean =>
        (lists[a]?.terms[cursors[a] as number] as string) <
        (lists[b]?.terms[cursors[b] as number] as string);
      const push = (list: number): void => {
        heap.push(list);
        for (let at = heap.length - 1; at > 0;) {
          const parent = (at - 1) >> 1;
          if (!less(heap[at] as number, heap[parent] as number)) break;
          [heap[at], heap[parent]] = [heap[parent] as number, heap[at] as number];
          at = parent;
        }
      };
      const pop = (): number => {
        const top = heap[0] as number;
        const last = heap.pop() as number;
        if (heap.length > 0) {
          heap[0] = last;
          for (let at = 0; ;) {
            const left = 2 * at + 1;
            const right = left + 1;
            let least = at;
            if (left < heap.length && less(heap[left] as number, heap[least] as number))
              least = left;
            if (right < heap.length && less(heap[right] as number, heap[least] as number)) {
              least = right;
            }
            if (least === at) break;
            [heap[at], heap[least]] = [heap[least] as number, heap[at] as number];
            at = least;
          }
        }
        return top;
      };
      lists.forEach((list, index) => {
        if (list.terms.length > 0) push(index);
      });
      let sinceYield = 0;
      while (heap.length > 0) {
        const list = pop();
        const segment = lists[list] as SegmentTerms;
        const at = cursors[list] as number;
        const term = segment.terms[at] as string;
        if (terms[terms.length - 1] === term) {
          frequencies[frequencies.length - 1] =
            (frequencies[frequencies.length - 1] as number) + (segment.frequencies[at] as number);
        } else {
          terms.push(term);
          frequencies.push(segment.frequencies[at] as number);
        }
        cursors[list] = at + 1;
        if (at + 1 < segment.terms.length) push(list);
        sinceYield += 1;
        if (sinceYield >= MERGE_SLICE) {
          sinceYield = 0;
          await new Promise((next) => setImmediate(next));
          if (this.#version !== version) break;
        }
      }
      if (this.#version !== version) continue;
      this.#merged = { terms, frequencies: Float64Array.from(frequencies) };
      return;
    }
  }
}

/**
 * Adds the terms of sorted `terms` that the wildcard pattern matches (lunr's `*`: any run of
 * characters, none included) to `found`; returns how many terms it looked at. Only the terms
 * starting with the pattern's literal prefix can match, and they lie together in the list.
 */
export function scanWildcard(
  terms: readonly string[],
  pattern: string,
  found: Set<string>,
): number {
  const star = pattern.indexOf('*');
  const prefix = star < 0 ? pattern : pattern.slice(0, star);
  const matcher = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^]*')}$`,
  );
  let low = lowerBound(terms, prefix);
  const start = low;
  for (; low < terms.length; low += 1) {
    const term = terms[low] as string;
    if (!term.startsWith(prefix)) break;
    if (matcher.test(term)) found.add(term);
  }
  return low - start;
}

/** The first index whose term is not below `term`. */
function lowerBound(terms: readonly string[], term: string): number {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((terms[middle] as string) < term) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** lunr.idf, for a term held by `frequency` (document, field) pairs among `documentCount`. */
export function inverseDocumentFrequency(frequency: number, documentCount: number): number {
  const x = (documentCount - frequency + 0.5) / (frequency + 0.5);
  return Math.log(1 + Math.abs(x));
}
