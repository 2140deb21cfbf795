/**
 * SimilarityIndex: "which stories read most like this one", by cosine similarity of tf-idf
 * weighted term vectors, answered through an inverted index instead of comparing the story
 * with every other one.
 *
 * Built from each story's TermVector (its top terms and counts). Weights: (1 + ln count) ×
 * ln((N + 1) / df), each vector normalised to length 1. A query walks the postings of the
 * story's terms, skipping terms so common that they cannot tell stories apart (df above
 * COMMON_TERM_SHARE of the archive) — that is what makes it fast — then re-scores the best
 * candidates by exact cosine over all their terms, so the common terms still count in the
 * final score. Measured against brute force in tests/bench/related-bench.ts.
 *
 * Everything is kept in flat typed arrays (a few MB at 50,000 stories); the scratch
 * accumulator is reused between queries (queries are synchronous, never concurrent).
 */
import { TermDictionary } from './term-dictionary';
import type { TermVector } from './term-vector';

export interface ScoredDoc {
  doc: number;
  score: number;
}

export interface SimilarityOptions {
  /** Terms in more than this share of the stories do not generate candidates. */
  commonTermShare?: number;
  /** Candidates re-scored exactly per query (beyond the ones asked for). */
  extraCandidates?: number;
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
}

export const COMMON_TERM_SHARE = 0.02;
/** …but a term in fewer stories than this always generates candidates (small archives). */
const MIN_COMMON_DF = 100;
const EXTRA_CANDIDATES = 40;
const NO_DAY = -2147483648;

/**
 * @param vectors one per document, in document order
 * @param days each document's date as a day number (days since 1970), or null
 */
export function createSimilarityIndex(
  vectors: readonly TermVector[],
  days: readonly (number | null)[],
  options: SimilarityOptions = {},
): SimilarityIndex {
  const size = vectors.length;
  const commonShare = options.commonTermShare ?? COMMON_TERM_SHARE;
  const extra = options.extraCandidates ?? EXTRA_CANDIDATES;
  const proximity = options.dateProximity;

  // Each document's (term id, 1 + ln count) pairs sorted by term id, prepared once per vector.
  if (dictionary.size > MAX_DICTIONARY_TERMS) {
    dictionary = new TermDictionary();
    preparedCache = new WeakMap();
  }
  const preparedVectors = prepareAll(vectors);
  let entries = 0;
  for (const vector of preparedVectors) entries += vector.length;
  const termCount = dictionary.size;
  const docStart = new Int32Array(size + 1);
  const docTerm = new Int32Array(entries);
  const docWeight = new Float32Array(entries);
  const df = new Int32Array(termCount);
  let at = 0;
  for (let doc = 0; doc < size; doc++) {
    const { ids, logTf, start, length } = preparedVectors[doc]!;
    docStart[doc] = at;
    for (let i = 0; i < length; i++) {
      const id = ids[start + i]!;
      docTerm[at + i] = id;
      docWeight[at + i] = logTf[start + i]!;
      df[id]! += 1;
    }
    at += length;
  }
  docStart[size] = at;
  const idf = new Float32Array(termCount);
  for (let t = 0; t < termCount; t++) if (df[t]! > 0) idf[t] = Math.log((size + 1) / df[t]!);

  for (let doc = 0; doc < size; doc++) {
    const start = docStart[doc]!;
    const end = docStart[doc + 1]!;
    let norm = 0;
    for (let i = start; i < end; i++) {
      const w = docWeight[i]! * idf[docTerm[i]!]!;
      docWeight[i] = w;
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (let i = start; i < end; i++) docWeight[i] = docWeight[i]! / norm;
  }

  // Postings of the terms that can tell stories apart.
  const maxDf = Math.max(MIN_COMMON_DF, Math.floor(size * commonShare));
  const postStart = new Int32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) {
    postStart[t + 1] = postStart[t]! + (df[t]! <= maxDf ? df[t]! : 0);
  }
  const postDoc = new Int32Array(postStart[termCount]!);
  const postWeight = new Float32Array(postStart[termCount]!);
  const fill = postStart.slice(0, termCount);
  for (let doc = 0; doc < size; doc++) {
    for (let i = docStart[doc]!; i < docStart[doc + 1]!; i++) {
      const t = docTerm[i]!;
      if (df[t]! > maxDf) continue;
      const slot = fill[t]!;
      postDoc[slot] = doc;
      postWeight[slot] = docWeight[i]!;
      fill[t] = slot + 1;
    }
  }

  const dayOf = Int32Array.from(days, (day) => (day === null ? NO_DAY : day));
  const accumulator = new Float64Array(size);
  const touched = new Int32Array(size);

  function cosine(a: number, b: number): number {
    let i = docStart[a]!;
    const iEnd = docStart[a + 1]!;
    let j = docStart[b]!;
    const jEnd = docStart[b + 1]!;
    let dot = 0;
    while (i < iEnd && j < jEnd) {
      const ti = docTerm[i]!;
      const tj = docTerm[j]!;
      if (ti === tj) {
        dot += docWeight[i]! * docWeight[j]!;
        i++;
        j++;
      } else if (ti < tj) i++;
      else j++;
    }
    return dot;
  }

  function nearInDate(a: number, b: number, score: number): number {
    if (!proximity) return score;
    const da = dayOf[a]!;
    const db = dayOf[b]!;
    if (da === NO_DAY || db === NO_DAY) return score;
    return score * (1 + proximity.weight * Math.exp(-Math.abs(da - db) / proximity.scaleDays));
  }

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
    // The best candidates by partial score (a bounded min-heap), then the exact score.
    const want = limit + extra;
    const heap = new CandidateHeap(want);
    for (let k = 0; k < count; k++) {
      const other = touched[k]!;
      const partial = accumulator[other]!;
      accumulator[other] = 0;
      if (other === doc || (skip && skip(other))) continue;
      heap.offer(other, partial);
    }
    const scored = heap.docs().map((other) => ({
      doc: other,
      score: nearInDate(doc, other, cosine(doc, other)),
    }));
    scored.sort((a, b) => b.score - a.score || a.doc - b.doc);
    return scored.slice(0, limit);
  }

  return { size, similarTo, cosine };
}

/**
 * Term ids are shared by every index built in this process, and each TermVector object is
 * turned into sorted (term id, 1 + ln count) arrays once: when the archive changes and the
 * index is rebuilt from mostly the same RelatedDoc objects, only new vectors cost string
 * lookups. The dictionary is dropped (with the prepared vectors) if it grows past
 * MAX_DICTIONARY_TERMS, e.g. after many archives were opened in one process.
 */
interface PreparedVector {
  /** Shared arrays; this vector's pairs are at [start, start + length). */
  ids: Int32Array;
  logTf: Float32Array;
  start: number;
  length: number;
}

const MAX_DICTIONARY_TERMS = 2_000_000;
let dictionary = new TermDictionary();
let preparedCache = new WeakMap<TermVector, PreparedVector>();

/**
 * The prepared form of each vector: from the cache, or made now. New ones share one pair of
 * typed arrays (views into it), because thousands of tiny ArrayBuffers cost more to allocate
 * and collect than the work itself.
 */
function prepareAll(vectors: readonly TermVector[]): PreparedVector[] {
  const prepared: (PreparedVector | undefined)[] = vectors.map((vector) =>
    preparedCache.get(vector),
  );
  let needed = 0;
  for (let doc = 0; doc < vectors.length; doc++) {
    if (!prepared[doc]) needed += vectors[doc]!.terms.length;
  }
  const ids = new Int32Array(needed);
  const logTf = new Float32Array(needed);
  let start = 0;
  for (let doc = 0; doc < vectors.length; doc++) {
    if (prepared[doc]) continue;
    const vector = vectors[doc]!;
    const kept = prepareInto(vector, ids, logTf, start);
    const made = { ids, logTf, start, length: kept };
    preparedCache.set(vector, made);
    prepared[doc] = made;
    start += vector.terms.length;
  }
  return prepared as PreparedVector[];
}

/** Scratch for sorting one vector's terms: (term id × 2^SLOT_BITS + position) keys. */
const SLOT_BITS = 10;
const sortKeys = new Float64Array(1 << SLOT_BITS);

/**
 * Writes the vector's (term id, 1 + ln count) pairs at `start`, sorted by term id, and
 * returns how many: a repeated term is kept once (vectors hold each term once, but a cache
 * read from disk is not trusted blindly), and terms past 2^SLOT_BITS are left out.
 */
function prepareInto(
  vector: TermVector,
  ids: Int32Array,
  logTf: Float32Array,
  start: number,
): number {
  const count = Math.min(vector.terms.length, 1 << SLOT_BITS);
  for (let i = 0; i < count; i++) {
    sortKeys[i] = dictionary.idOf(vector.terms[i]!) * (1 << SLOT_BITS) + i;
  }
  const keys = sortKeys.subarray(0, count).sort();
  let kept = 0;
  let previous = -1;
  for (let k = 0; k < count; k++) {
    const key = keys[k]!;
    const id = Math.floor(key / (1 << SLOT_BITS));
    if (id === previous) continue;
    previous = id;
    const position = key - id * (1 << SLOT_BITS);
    ids[start + kept] = id;
    logTf[start + kept] = 1 + Math.log(Math.max(1, vector.counts[position] ?? 1));
    kept++;
  }
  return kept;
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
