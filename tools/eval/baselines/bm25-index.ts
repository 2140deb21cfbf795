/**
 * A plain BM25 ranker (k1 = 1.2, b = 0.75, Lucene's idf ln(1 + (N − df + 0.5)/(df + 0.5))) over
 * one field — a story's title and body together, as the baseline tokenizer cuts them. Queries
 * are OR queries of weighted terms: score = Σ boost × idf × tf(k1 + 1) / (tf + k1(1 − b + b·len/avglen)).
 * Used by the known-item BM25 baseline and by the more-like-this baseline.
 */
import { baselineTerms } from '../baseline-tokenizer';
import type { TermCorpus } from './term-corpus';

export const BM25_K1 = 1.2;
export const BM25_B = 0.75;

export interface WeightedTerm {
  term: string;
  boost: number;
}

export interface Bm25Index {
  /** Stories matching any of the terms, best BM25 score first. */
  rank(terms: readonly WeightedTerm[], limit: number, exclude?: (doc: number) => boolean): number[];
  /** A typed query, cut by the baseline tokenizer, each distinct term once, OR. */
  search(text: string, limit: number): number[];
}

export function buildBm25Index(corpus: TermCorpus): Bm25Index {
  const { size, df, docStart, docTerm, docCount, docLength } = corpus;
  // Postings: term t's stories at postDoc[postStart[t] … postStart[t + 1]), with counts.
  const termCount = corpus.terms.length;
  const postStart = new Int32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) postStart[t + 1] = postStart[t]! + df[t]!;
  const postDoc = new Int32Array(postStart[termCount]!);
  const postTf = new Int32Array(postStart[termCount]!);
  const fill = postStart.slice(0, termCount);
  for (let doc = 0; doc < size; doc++) {
    for (let i = docStart[doc]!; i < docStart[doc + 1]!; i++) {
      const slot = fill[docTerm[i]!]!++;
      postDoc[slot] = doc;
      postTf[slot] = docCount[i]!;
    }
  }
  let total = 0;
  for (let doc = 0; doc < size; doc++) total += docLength[doc]!;
  const averageLength = size > 0 ? total / size || 1 : 1;
  const scores = new Float64Array(size);
  const touched = new Int32Array(size);

  function rank(
    terms: readonly WeightedTerm[],
    limit: number,
    exclude?: (doc: number) => boolean,
  ): number[] {
    let count = 0;
    for (const { term, boost } of terms) {
      const t = corpus.idOf.get(term);
      if (t === undefined) continue;
      const idf = Math.log(1 + (size - df[t]! + 0.5) / (df[t]! + 0.5));
      for (let p = postStart[t]!; p < postStart[t + 1]!; p++) {
        const doc = postDoc[p]!;
        const tf = postTf[p]!;
        const norm = BM25_K1 * (1 - BM25_B + (BM25_B * docLength[doc]!) / averageLength);
        if (scores[doc] === 0) touched[count++] = doc;
        scores[doc] = scores[doc]! + (boost * idf * (tf * (BM25_K1 + 1))) / (tf + norm);
      }
    }
    const found: { doc: number; score: number }[] = [];
    for (let k = 0; k < count; k++) {
      const doc = touched[k]!;
      const score = scores[doc]!;
      scores[doc] = 0;
      if (score > 0 && !(exclude && exclude(doc))) found.push({ doc, score });
    }
    found.sort((a, b) => b.score - a.score || a.doc - b.doc);
    return found.slice(0, limit).map((entry) => entry.doc);
  }

  return {
    rank,
    search(text, limit) {
      const unique = [...new Set(baselineTerms(text))];
      return rank(
        unique.map((term) => ({ term, boost: 1 })),
        limit,
      );
    },
  };
}
