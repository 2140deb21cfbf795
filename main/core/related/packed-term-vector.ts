/**
 * PackedTermVector: a story's TermVector as main keeps it — term ids from a TermDictionary in
 * ascending order, with their counts, in typed arrays. The worker sends vectors as strings
 * (they are cached in segment files); main packs each once, on arrival, and drops the strings:
 * at TERM_VECTOR_SIZE terms a story, fresh strings would cost ~12 KB a story (1.2 GB at
 * 100,000 stories), the packed form 1.5 KB.
 */
import type { TermDictionary } from './term-dictionary';
import type { TermVector } from './term-vector';

export interface PackedTermVector {
  /** Term ids, ascending, each once. */
  ids: Int32Array;
  counts: Uint16Array;
  /** Terms counted in the story's text (TermVector.length). */
  length: number;
}

/** Scratch for sorting one vector's terms: (term id × 2^SLOT_BITS + position) keys. */
const SLOT_BITS = 10;
const MAX_COUNT = 0xffff;
const sortKeys = new Float64Array(1 << SLOT_BITS);

/**
 * Packs vectors into views of one pair of typed arrays (thousands of tiny ArrayBuffers cost
 * more to allocate and collect than the work itself). A repeated term is kept once (a cache
 * read from disk is not trusted blindly); terms past 2^SLOT_BITS are left out.
 */
export function packTermVectors(
  vectors: readonly TermVector[],
  dictionary: TermDictionary,
): PackedTermVector[] {
  let needed = 0;
  for (const vector of vectors) needed += Math.min(vector.terms.length, 1 << SLOT_BITS);
  const ids = new Int32Array(needed);
  const counts = new Uint16Array(needed);
  const packed: PackedTermVector[] = [];
  let start = 0;
  for (const vector of vectors) {
    const kept = packInto(vector, dictionary, ids, counts, start);
    packed.push({
      ids: ids.subarray(start, start + kept),
      counts: counts.subarray(start, start + kept),
      length: vector.length,
    });
    start += kept;
  }
  return packed;
}

function packInto(
  vector: TermVector,
  dictionary: TermDictionary,
  ids: Int32Array,
  counts: Uint16Array,
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
    counts[start + kept] = Math.min(MAX_COUNT, Math.max(1, vector.counts[position] ?? 1));
    kept++;
  }
  return kept;
}

/** Vectors as a worker sends them (segment-vectors.ts): term line numbers, counts, lengths. */
interface IdVectors {
  starts: Uint32Array;
  terms: Uint32Array;
  counts: Uint16Array;
  lengths: Uint32Array;
}

/**
 * Packs vectors whose terms are line numbers of a segment's term list, given each line's
 * dictionary id; the same rules as packTermVectors (ids ascending, a repeat kept once, at most
 * 2^SLOT_BITS terms). Lines out of range are left out (a cache is not trusted blindly).
 */
export function packIdVectors(vectors: IdVectors, idOfLine: Int32Array): PackedTermVector[] {
  const stories = vectors.lengths.length;
  const ids = new Int32Array(vectors.terms.length);
  const counts = new Uint16Array(vectors.terms.length);
  const packed: PackedTermVector[] = [];
  let start = 0;
  for (let doc = 0; doc < stories; doc++) {
    const from = vectors.starts[doc] ?? 0;
    const to = Math.min(vectors.starts[doc + 1] ?? from, from + (1 << SLOT_BITS));
    let count = 0;
    for (let at = from; at < to; at++) {
      const id = idOfLine[vectors.terms[at]!];
      if (id === undefined) continue;
      sortKeys[count] = id * (1 << SLOT_BITS) + (at - from);
      count++;
    }
    const keys = sortKeys.subarray(0, count).sort();
    let kept = 0;
    let previous = -1;
    for (let k = 0; k < count; k++) {
      const key = keys[k]!;
      const id = Math.floor(key / (1 << SLOT_BITS));
      if (id === previous) continue;
      previous = id;
      ids[start + kept] = id;
      counts[start + kept] = Math.max(1, vectors.counts[from + key - id * (1 << SLOT_BITS)] ?? 1);
      kept++;
    }
    packed.push({
      ids: ids.subarray(start, start + kept),
      counts: counts.subarray(start, start + kept),
      length: vectors.lengths[doc]!,
    });
    start += kept;
  }
  return packed;
}
