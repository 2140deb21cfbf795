/**
 * SimilarityIndex: "which stories read most like this one", by cosine similarity of weighted
 * term vectors, answered through an inverted index instead of comparing the story with every
 * other one.
 *
 * Built from each story's PackedTermVector (its most telling terms as the index worker chose
 * them, with counts and the story's length in terms). Each story keeps its SIMILARITY_TERMS
 * most telling terms (by tf·idf) and weighs each as BM25 does a matching word — a count that
 * saturates and is measured against the story's length (k1 = 1.2, b = 0.75) — times the
 * term's BM25 idf to the power IDF_POWER; each vector is normalised to length 1.
 *
 * Why not idf on both sides: classic tf-idf cosine multiplies idf on both sides, so a pair's
 * score grows with idf², and a single rare name shared by two stories outweighs every word of
 * their subject. On long, well-separated texts that matters little; on a wire's short,
 * formulaic stories — results tables, deal announcements, commodity reports, whose telling
 * words are in a large share of the archive — it makes "similar" mean "names the same
 * company". Measured with `npm run eval` (1,000 stories, precision@5; docs/search-quality.md, "Search
 * quality"): idf^0.5 / 0.6 / 0.75 on each side gave 0.853 / 0.834 / 0.794 on a generated wire
 * archive, 0.814 / 0.817 on the 20 Newsgroups train split (where the choice was made), and
 * 0.793 / 0.795 / 0.793 on the generated feature archive; classic cosine over full vectors
 * 0.742, 0.802 and 0.771.
 *
 * A query walks the postings of the story's terms — common ones too, since with idf counted
 * once they carry a topic's weight — so the accumulated dot products are the exact cosines;
 * the best are kept in a bounded heap. Everything is kept in flat typed arrays; the scratch
 * accumulator is reused between queries (queries are synchronous, never concurrent).
 */
import type { PackedTermVector } from './packed-term-vector';
import type { WeightedVectors } from './weighted-vectors';
import { dot, weighVectors } from './weighted-vectors';

export interface ScoredDoc {
  doc: number;
  score: number;
}

export interface SimilarityOptions {
  /** Terms in more than this share of the stories do not generate candidates. */
  commonTermShare?: number;
  /** Candidates re-scored exactly per query (beyond the ones asked for). */
  extraCandidates?: number;
  /** Terms each story keeps (default SIMILARITY_TERMS). */
  termsPerStory?: number;
  /**
   * Optional nudge towards stories near in date: score × (1 + weight·e^(−days/scaleDays)).
   * Off by default; the benchmark decides.
   */
  dateProximity?: { weight: number; scaleDays: number };
}

export interface SimilarityIndex {
  readonly size: number;
  /** The `limit` best-scoring other documents, best first, skipping those `skip` rejects. */
  similarTo(doc: number, limit: number, skip?: (doc: number) => boolean): ScoredDoc[];
  /** Exact cosine of two documents (0 when they share no term). */
  cosine(a: number, b: number): number;
  /**
   * Classic tf-idf cosine of two documents (idf on both sides, so shared rare names weigh
   * most): how specifically two stories tell the same event, which storylines need — formulaic
   * stories of one kind score high by `cosine` and low by this.
   */
  specificCosine(a: number, b: number): number;
  /**
   * The `limit` other documents with the highest `specificCosine`, best first: candidates from
   * the postings of rarer terms only (in at most SPECIFIC_TERM_SHARE of the stories), which
   * carry nearly all of that score, so a storyline walk stays fast at any archive size.
   */
  specificTo(doc: number, limit: number): ScoredDoc[];
}

/** Every term generates candidates (see the header): accumulated scores are exact. */
export const COMMON_TERM_SHARE = 1;
/** …and a term in fewer stories than this always does (when a share is set, small archives). */
const MIN_COMMON_DF = 100;
const EXTRA_CANDIDATES = 40;
/** Terms in more stories than this share do not generate `specificTo` candidates. */
export const SPECIFIC_TERM_SHARE = 0.02;
/** Terms each story keeps, its most telling ones by tf·idf (of the TermVector's). */
export const SIMILARITY_TERMS = 128;
const NO_DAY = -2147483648;

/**
 * @param vectors one per document, in document order
 * @param days each document's date as a day number (days since 1970), or null
 */
export function createSimilarityIndex(
  vectors: readonly PackedTermVector[],
  days: readonly (number | null)[],
  options: SimilarityOptions = {},
): SimilarityIndex {
  const size = vectors.length;
  const weighted = weighVectors(vectors, options.termsPerStory ?? SIMILARITY_TERMS);
  const maxDf = Math.max(
    MIN_COMMON_DF,
    Math.floor(size * (options.commonTermShare ?? COMMON_TERM_SHARE)),
  );
  const specificMaxDf = Math.min(
    maxDf,
    Math.max(MIN_COMMON_DF, Math.floor(size * SPECIFIC_TERM_SHARE)),
  );
  return queryIndex(weighted, new Postings(weighted, maxDf), {
    extra: options.extraCandidates ?? EXTRA_CANDIDATES,
    specificMaxDf,
    nearInDate: dateNudge(days, options.dateProximity),
  });
}

/** How candidate queries are bounded and nudged. */
interface QueryOptions {
  /** Candidates re-scored exactly per query beyond the ones asked for. */
  extra: number;
  /** Terms in more stories than this do not generate `specificTo` candidates. */
  specificMaxDf: number;
  nearInDate: (a: number, b: number, score: number) => number;
}

/**
 * similarTo and specificTo: partial scores accumulated over the postings of a story's terms
 * (a scratch accumulator reused between queries: they are synchronous, never concurrent), the
 * best candidates kept in a bounded heap, then scored exactly. Closures over local arrays, one
 * loop per kind of score: a loop shared by both, the loops as class methods, or this function
 * with destructured parameters each measured 25–100% slower per query (30,000 stories).
 */
function queryIndex(
  weighted: WeightedVectors,
  postings: Postings,
  options: QueryOptions,
): SimilarityIndex {
  const { postStart, postDoc, postWeight, postSpecific } = postings;
  const { extra, specificMaxDf, nearInDate } = options;
  const { docStart, docTerm, docWeight, specificWeight, keptDf } = weighted;
  const size = docStart.length - 1;
  const cosine = (a: number, b: number): number => dot(weighted, docWeight, a, b);
  const specificCosine = (a: number, b: number): number => dot(weighted, specificWeight, a, b);
  const accumulator = new Float64Array(size);
  const touched = new Int32Array(size);

  function similarTo(doc: number, limit: number, skip?: (doc: number) => boolean): ScoredDoc[] {
    if (doc < 0 || doc >= size || limit <= 0) return [];
    let count = 0;
    for (let i = docStart[doc]!; i < docStart[doc + 1]!; i++) {
      const t = docTerm[i]!;
      const weight = docWeight[i]!;
      for (let p = postStart[t]!; p < postStart[t + 1]!; p++) {
        const other = postDoc[p]!;
        if (accumulator[other] === 0) touched[count++] = other;
        accumulator[other] = accumulator[other]! + weight * postWeight[p]!;
      }
    }
    const heap = new CandidateHeap(limit + extra);
    for (let k = 0; k < count; k++) {
      const other = touched[k]!;
      const partial = accumulator[other]!;
      accumulator[other] = 0;
      if (other === doc || (skip && skip(other))) continue;
      heap.offer(other, partial);
    }
    const found = heap.docs();
    const scored = found.map((other) => ({
      doc: other,
      score: nearInDate(doc, other, cosine(doc, other)),
    }));
    scored.sort((a, b) => b.score - a.score || a.doc - b.doc);
    return scored.slice(0, limit);
  }

  function specificTo(doc: number, limit: number): ScoredDoc[] {
    if (doc < 0 || doc >= size || limit <= 0) return [];
    let count = 0;
    for (let i = docStart[doc]!; i < docStart[doc + 1]!; i++) {
      const t = docTerm[i]!;
      if (keptDf[t]! > specificMaxDf) continue;
      const weight = specificWeight[i]!;
      for (let p = postStart[t]!; p < postStart[t + 1]!; p++) {
        const other = postDoc[p]!;
        if (accumulator[other] === 0) touched[count++] = other;
        accumulator[other] = accumulator[other]! + weight * postSpecific[p]!;
      }
    }
    const heap = new CandidateHeap(limit + extra);
    for (let k = 0; k < count; k++) {
      const other = touched[k]!;
      const partial = accumulator[other]!;
      accumulator[other] = 0;
      if (other !== doc) heap.offer(other, partial);
    }
    const found = heap.docs();
    const scored = found.map((other) => ({ doc: other, score: specificCosine(doc, other) }));
    scored.sort((a, b) => b.score - a.score || a.doc - b.doc);
    return scored.slice(0, limit);
  }

  return { size, similarTo, cosine, specificCosine, specificTo };
}

/** The optional nudge towards stories near in date (identity when off). */
function dateNudge(
  days: readonly (number | null)[],
  proximity: SimilarityOptions['dateProximity'],
): (a: number, b: number, score: number) => number {
  const dayOf = Int32Array.from(days, (day) => (day === null ? NO_DAY : day));
  return (a, b, score) => {
    if (!proximity) return score;
    const da = dayOf[a]!;
    const db = dayOf[b]!;
    if (da === NO_DAY || db === NO_DAY) return score;
    return score * (1 + proximity.weight * Math.exp(-Math.abs(da - db) / proximity.scaleDays));
  };
}

/** Postings of the terms that can tell stories apart (in at most maxDf stories' kept terms). */
class Postings {
  readonly postStart: Int32Array;
  readonly postDoc: Int32Array;
  readonly postWeight: Float32Array;
  readonly postSpecific: Float32Array;

  constructor(weighted: WeightedVectors, maxDf: number) {
    const { termCount, keptDf: df, docStart, docTerm, docWeight, specificWeight } = weighted;
    const postStart = new Int32Array(termCount + 1);
    for (let t = 0; t < termCount; t++) {
      postStart[t + 1] = postStart[t]! + (df[t]! <= maxDf ? df[t]! : 0);
    }
    this.postStart = postStart;
    this.postDoc = new Int32Array(postStart[termCount]!);
    this.postWeight = new Float32Array(postStart[termCount]!);
    this.postSpecific = new Float32Array(postStart[termCount]!);
    const fill = postStart.slice(0, termCount);
    for (let doc = 0; doc + 1 < docStart.length; doc++) {
      for (let i = docStart[doc]!; i < docStart[doc + 1]!; i++) {
        const t = docTerm[i]!;
        if (df[t]! > maxDf) continue;
        const slot = fill[t]!;
        this.postDoc[slot] = doc;
        this.postWeight[slot] = docWeight[i]!;
        this.postSpecific[slot] = specificWeight[i]!;
        fill[t] = slot + 1;
      }
    }
  }
}

/** Keeps the `capacity` highest-scoring documents seen (a min-heap on score). */
class CandidateHeap {
  private readonly docIds: Int32Array;
  private readonly scores: Float64Array;
  private length = 0;

  constructor(private readonly capacity: number) {
    this.docIds = new Int32Array(capacity);
    this.scores = new Float64Array(capacity);
  }

  offer(doc: number, score: number): void {
    if (this.length < this.capacity) {
      let i = this.length++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (this.scores[parent]! <= score) break;
        this.docIds[i] = this.docIds[parent]!;
        this.scores[i] = this.scores[parent]!;
        i = parent;
      }
      this.docIds[i] = doc;
      this.scores[i] = score;
      return;
    }
    if (score <= this.scores[0]!) return;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= this.length) break;
      const right = left + 1;
      const child = right < this.length && this.scores[right]! < this.scores[left]! ? right : left;
      if (this.scores[child]! >= score) break;
      this.docIds[i] = this.docIds[child]!;
      this.scores[i] = this.scores[child]!;
      i = child;
    }
    this.docIds[i] = doc;
    this.scores[i] = score;
  }

  docs(): number[] {
    return Array.from(this.docIds.subarray(0, this.length));
  }
}
