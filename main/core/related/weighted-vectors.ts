/**
 * WeightedVectors: each story's most telling terms, weighted for the SimilarityIndex (see its
 * header for the weighting and how it was chosen), in flat typed arrays: one run per story,
 * term ids ascending, so two stories' dot product is a merge of two runs.
 */
import type { PackedTermVector } from './packed-term-vector';

/** Terms of one packed vector looked at (the index worker keeps TERM_VECTOR_SIZE = 256). */
const MAX_TERMS = 1024;
/** Each side's idf weight is idf^IDF_POWER (see the similarity index's header). */
const IDF_POWER = 0.6;
/** BM25's count saturation and length normalisation. */
const K1 = 1.2;
const B = 0.75;

export interface WeightedVectors {
  /** Term ids seen: one more than the highest. */
  readonly termCount: number;
  /** Story `doc`'s terms are at docStart[doc] up to docStart[doc + 1]. */
  readonly docStart: Int32Array;
  readonly docTerm: Int32Array;
  /** BM25-saturated counts × idf^IDF_POWER, each story's run normalised to length 1. */
  readonly docWeight: Float32Array;
  /** Classic tf·idf, each story's run normalised to length 1 (for specificCosine). */
  readonly specificWeight: Float32Array;
  /** Stories keeping each term (df over the kept terms: what postings hold). */
  readonly keptDf: Int32Array;
}

/** Archive-wide figures each story's weights depend on. */
interface TermStats {
  termCount: number;
  /** BM25's idf (always positive) to the power IDF_POWER: the weight each side of a pair gives. */
  idfWeight: Float32Array;
  /** Classic idf: chooses a story's most telling terms, and weighs specificCosine. */
  selectIdf: Float32Array;
  averageLength: number;
}

function termStats(vectors: readonly PackedTermVector[]): TermStats {
  const size = vectors.length;
  let termCount = 0;
  for (const { ids } of vectors) {
    if (ids.length > 0) termCount = Math.max(termCount, ids[ids.length - 1]! + 1);
  }
  const df = new Int32Array(termCount);
  let totalLength = 0;
  for (const { ids, length } of vectors) {
    for (const id of ids) df[id]! += 1;
    totalLength += Math.max(1, length);
  }
  const averageLength = size === 0 ? 1 : totalLength / size;
  const idfWeight = new Float32Array(termCount);
  const selectIdf = new Float32Array(termCount);
  for (let t = 0; t < termCount; t++) {
    if (df[t]! === 0) continue;
    idfWeight[t] = Math.pow(Math.log(1 + (size - df[t]! + 0.5) / (df[t]! + 0.5)), IDF_POWER);
    selectIdf[t] = Math.log((size + 1) / df[t]!);
  }
  return { termCount, idfWeight, selectIdf, averageLength };
}

/** Picks a story's `keep` most telling terms (by tf·idf), reusing its scratch arrays. */
class TellingTerms {
  /** Positions in the vector of the terms chosen, ascending (so term ids ascend too). */
  readonly chosen: number[] = [];
  private readonly telling = new Float64Array(MAX_TERMS);
  private readonly ranked = new Float64Array(MAX_TERMS);

  constructor(
    private readonly keep: number,
    private readonly selectIdf: Float32Array,
  ) {}

  choose({ ids, counts }: PackedTermVector): number[] {
    const { chosen, telling, ranked, keep } = this;
    chosen.length = 0;
    const terms = Math.min(ids.length, MAX_TERMS);
    if (terms <= keep) {
      for (let i = 0; i < terms; i++) chosen.push(i);
      return chosen;
    }
    // The `keep` most telling (by tf·idf), found by a native numeric sort of the scores
    // (a comparator calling back into JS per comparison was most of the build), kept in
    // term-id order for merging in cosine(); ties at the cut go to the lower term id.
    for (let i = 0; i < terms; i++) {
      telling[i] = (1 + Math.log(counts[i]!)) * this.selectIdf[ids[i]!]!;
    }
    ranked.set(telling.subarray(0, terms));
    const cut = ranked.subarray(0, terms).sort()[terms - keep]!;
    let above = 0;
    for (let i = 0; i < terms; i++) if (telling[i]! > cut) above++;
    let ties = keep - above;
    for (let i = 0; i < terms; i++) {
      const score = telling[i]!;
      if (score > cut) chosen.push(i);
      else if (score === cut && ties > 0) {
        chosen.push(i);
        ties--;
      }
    }
    return chosen;
  }
}

/** Each story's `keep` most telling terms (by tf·idf), weighted and normalised. */
export function weighVectors(vectors: readonly PackedTermVector[], keep: number): WeightedVectors {
  const size = vectors.length;
  const stats = termStats(vectors);
  const docStart = new Int32Array(size + 1);
  for (let doc = 0; doc < size; doc++) {
    docStart[doc + 1] = docStart[doc]! + Math.min(keep, vectors[doc]!.ids.length, MAX_TERMS);
  }
  const weighted: WeightedVectors = {
    termCount: stats.termCount,
    docStart,
    docTerm: new Int32Array(docStart[size]!),
    docWeight: new Float32Array(docStart[size]!),
    specificWeight: new Float32Array(docStart[size]!),
    keptDf: new Int32Array(stats.termCount),
  };
  const telling = new TellingTerms(keep, stats.selectIdf);
  for (let doc = 0; doc < size; doc++) {
    weighDocument(weighted, doc, vectors[doc]!, telling.choose(vectors[doc]!), stats);
  }
  const { docTerm, keptDf } = weighted;
  for (let i = 0; i < docTerm.length; i++) keptDf[docTerm[i]!]! += 1;
  return weighted;
}

/** Writes story `doc`'s run: its chosen terms, both weights, each normalised to length 1. */
function weighDocument(
  weighted: WeightedVectors,
  doc: number,
  { ids, counts, length: storyLength }: PackedTermVector,
  chosen: readonly number[],
  { idfWeight, selectIdf, averageLength }: TermStats,
): void {
  const { docStart, docTerm, docWeight, specificWeight } = weighted;
  const lengthNorm = K1 * (1 - B + (B * Math.max(1, storyLength)) / averageLength);
  let norm = 0;
  let at = docStart[doc]!;
  for (const i of chosen) {
    const count = counts[i]!;
    const term = ids[i]!;
    const weight = idfWeight[term]! * ((count * (K1 + 1)) / (count + lengthNorm));
    docTerm[at] = term;
    docWeight[at] = weight;
    specificWeight[at] = (1 + Math.log(count)) * selectIdf[term]!;
    norm += weight * weight;
    at++;
  }
  norm = Math.sqrt(norm) || 1;
  let specificNorm = 0;
  for (let i = docStart[doc]!; i < at; i++) {
    docWeight[i] = docWeight[i]! / norm;
    specificNorm += specificWeight[i]! * specificWeight[i]!;
  }
  specificNorm = Math.sqrt(specificNorm) || 1;
  for (let i = docStart[doc]!; i < at; i++) specificWeight[i] = specificWeight[i]! / specificNorm;
}

/** The dot product of two stories' runs in `weights` (term ids ascending in each). */
export function dot(
  { docStart, docTerm }: WeightedVectors,
  weights: Float32Array,
  a: number,
  b: number,
): number {
  let i = docStart[a]!;
  const iEnd = docStart[a + 1]!;
  let j = docStart[b]!;
  const jEnd = docStart[b + 1]!;
  let sum = 0;
  while (i < iEnd && j < jEnd) {
    const ti = docTerm[i]!;
    const tj = docTerm[j]!;
    if (ti === tj) {
      sum += weights[i]! * weights[j]!;
      i++;
      j++;
    } else if (ti < tj) i++;
    else j++;
  }
  return sum;
}
