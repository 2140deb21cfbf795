/**
 * Baseline: plain lunr 2.3.9 as a developer would set it up — default pipeline (lunr's
 * tokenizer, trimmer, stop words, stemmer), fields `title` (boost 10) and `body` — used three
 * ways:
 *  - known-item, all words required: each word of the typed query gets a `+`;
 *  - known-item, lunr's default: the typed words as an OR query;
 *  - similar stories: the story's top 25 tf-idf terms (already stemmed by the baseline
 *    tokenizer, so passed with usePipeline off) as an OR query.
 *
 * Typed queries go through lunr's own query parser (`index.search`), cut first the way lunr's
 * index pipeline cuts text (lunr.tokenizer, then lunr.trimmer on each word): otherwise a comma
 * or full stop next to a word — `Tuesday,` — makes lunr miss it, which would measure our
 * copy-paste, not lunr. A stop word gets no `+` (lunr keeps no stop words, so `+the` would
 * match nothing). What lunr's parser still refuses (e.g. `http://host`: "unrecognised field")
 * is counted as a parse error and scored as a miss.
 */
import lunr from 'lunr';
import { isStopWord } from '../baseline-tokenizer';

export interface LunrText {
  title: string;
  body: string;
}

export interface LunrAnswer {
  hits: number[];
  parseError: boolean;
}

export interface PlainLunr {
  search(text: string, mode: 'all' | 'any', limit: number): LunrAnswer;
  /** OR query of already-stemmed terms. */
  similar(terms: readonly string[], limit: number, exclude?: (doc: number) => boolean): number[];
}

export const LUNR_TITLE_BOOST = 10;

export function buildPlainLunr(texts: readonly LunrText[]): PlainLunr {
  const index = lunr(function build() {
    this.ref('doc');
    this.field('title', { boost: LUNR_TITLE_BOOST });
    this.field('body');
    texts.forEach((text, doc) =>
      this.add({ doc: String(doc), title: text.title, body: text.body }),
    );
  });
  const take = (
    results: lunr.Index.Result[],
    limit: number,
    exclude?: (doc: number) => boolean,
  ) => {
    const hits: number[] = [];
    for (const result of results) {
      const doc = Number(result.ref);
      if (exclude && exclude(doc)) continue;
      hits.push(doc);
      if (hits.length === limit) break;
    }
    return hits;
  };
  return {
    search(text, mode, limit) {
      const query = lunrQueryText(text, mode);
      if (query === '') return { hits: [], parseError: false };
      try {
        return { hits: take(index.search(query), limit), parseError: false };
      } catch (error) {
        if (error instanceof lunr.QueryParseError) return { hits: [], parseError: true };
        throw error;
      }
    },
    similar(terms, limit, exclude) {
      if (terms.length === 0) return [];
      const results = index.query((query) => {
        for (const term of terms) query.term(term, { usePipeline: false });
      });
      return take(results, limit, exclude);
    },
  };
}

/** The typed query as lunr's parser gets it: words cut like lunr cuts text, `+` per word in `all` mode. */
export function lunrQueryText(text: string, mode: 'all' | 'any'): string {
  const words = lunr
    .tokenizer(text)
    .map((token) => lunr.trimmer(token).toString())
    .filter((word) => word !== '');
  return words.map((word) => (mode === 'all' && !isStopWord(word) ? `+${word}` : word)).join(' ');
}
