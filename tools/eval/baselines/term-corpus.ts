/**
 * TermCorpus: every story's text (title and body) cut by the baseline tokenizer into term
 * counts, once, in flat arrays — what the cosine, BM25 and more-like-this baselines and the
 * rare-word query sampler all read: term ids, document frequencies, per-story (term, count)
 * rows and story lengths.
 */
import { baselineTerms } from '../baseline-tokenizer';

export interface CorpusText {
  title: string;
  body: string;
}

export interface TermCorpus {
  /** Stories. */
  readonly size: number;
  /** Term id → term. */
  readonly terms: readonly string[];
  readonly idOf: ReadonlyMap<string, number>;
  /** Stories holding each term. */
  readonly df: Int32Array;
  /** Story d's terms are docTerm[docStart[d] … docStart[d + 1]), each once, with its count. */
  readonly docStart: Int32Array;
  readonly docTerm: Int32Array;
  readonly docCount: Int32Array;
  /** Terms counted in each story (its length for BM25). */
  readonly docLength: Int32Array;
}

export function buildTermCorpus(texts: readonly CorpusText[]): TermCorpus {
  const idOf = new Map<string, number>();
  const terms: string[] = [];
  const rows: Map<number, number>[] = [];
  const docLength = new Int32Array(texts.length);
  let entries = 0;
  texts.forEach((text, doc) => {
    const counts = new Map<number, number>();
    const all = baselineTerms(`${text.title}\n${text.body}`);
    for (const term of all) {
      let id = idOf.get(term);
      if (id === undefined) {
        id = terms.length;
        idOf.set(term, id);
        terms.push(term);
      }
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    docLength[doc] = all.length;
    entries += counts.size;
    rows.push(counts);
  });
  const df = new Int32Array(terms.length);
  const docStart = new Int32Array(texts.length + 1);
  const docTerm = new Int32Array(entries);
  const docCount = new Int32Array(entries);
  let at = 0;
  rows.forEach((counts, doc) => {
    docStart[doc] = at;
    for (const [id, count] of counts) {
      docTerm[at] = id;
      docCount[at] = count;
      df[id]! += 1;
      at += 1;
    }
  });
  docStart[texts.length] = at;
  return { size: texts.length, terms, idOf, df, docStart, docTerm, docCount, docLength };
}
