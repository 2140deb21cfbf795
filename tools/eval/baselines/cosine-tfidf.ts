/**
 * Baseline: brute-force cosine similarity over FULL tf-idf term vectors — every term of the
 * story, not a summary — compared with every other story (no index, no pruning). What the
 * engine's similarity index approximates with its top-64-term vectors and its inverted index.
 *
 * Weights: tf = 1 + ln(count), idf = ln(N / df), each vector normalised to length 1.
 */
import { topScored } from './top-scores';
import type { TermCorpus } from './term-corpus';

export interface CosineTfIdf {
  /** The `limit` stories most like story `doc` by cosine (never itself). */
  similar(doc: number, limit: number, exclude?: (doc: number) => boolean): number[];
  /** The story's `count` terms with the highest tf-idf weight, highest first. */
  topTerms(doc: number, count: number): string[];
}

export function buildCosineTfIdf(corpus: TermCorpus): CosineTfIdf {
  const { size, df, docStart, docTerm, docCount } = corpus;
  const weight = new Float32Array(docTerm.length);
  for (let doc = 0; doc < size; doc++) {
    let norm = 0;
    for (let i = docStart[doc]!; i < docStart[doc + 1]!; i++) {
      const w = (1 + Math.log(docCount[i]!)) * Math.log(size / df[docTerm[i]!]!);
      weight[i] = w;
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (let i = docStart[doc]!; i < docStart[doc + 1]!; i++) weight[i] = weight[i]! / norm;
  }
  const query = new Float32Array(corpus.terms.length);
  const scores = new Float64Array(size);
  const all = Array.from({ length: size }, (_, doc) => doc);

  return {
    similar(doc, limit, exclude) {
      for (let i = docStart[doc]!; i < docStart[doc + 1]!; i++) query[docTerm[i]!] = weight[i]!;
      for (let other = 0; other < size; other++) {
        let dot = 0;
        for (let i = docStart[other]!; i < docStart[other + 1]!; i++) {
          dot += query[docTerm[i]!]! * weight[i]!;
        }
        scores[other] = dot;
      }
      for (let i = docStart[doc]!; i < docStart[doc + 1]!; i++) query[docTerm[i]!] = 0;
      scores[doc] = 0;
      return topScored(all, (other) => scores[other]!, limit, exclude);
    },
    topTerms(doc, count) {
      const rows: number[] = [];
      for (let i = docStart[doc]!; i < docStart[doc + 1]!; i++) rows.push(i);
      rows.sort(
        (a, b) =>
          weight[b]! - weight[a]! ||
          (corpus.terms[docTerm[a]!]! < corpus.terms[docTerm[b]!]! ? -1 : 1),
      );
      return rows.slice(0, count).map((i) => corpus.terms[docTerm[i]!]!);
    },
  };
}
