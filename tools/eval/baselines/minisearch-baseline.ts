/**
 * Baseline: MiniSearch (7.x) as a developer would set it up for known-item search — fields
 * `title` (boost 10, as our lunr baseline) and `body`, its default tokenizer and term
 * processing (lower case, no stemming), and `combineWith: 'AND'`: every typed word required.
 * The yardstick for ordinary-word queries ("MiniSearch requiring every word").
 */
import MiniSearch from 'minisearch';

export interface MiniSearchText {
  title: string;
  body: string;
}

export interface MiniSearchBaseline {
  /** Stories holding every word of `text`, best first. */
  searchAll(text: string, limit: number): number[];
}

export const MINISEARCH_TITLE_BOOST = 10;

export function buildMiniSearch(texts: readonly MiniSearchText[]): MiniSearchBaseline {
  const index = new MiniSearch<{ id: number; title: string; body: string }>({
    fields: ['title', 'body'],
    storeFields: [],
  });
  index.addAll(texts.map((text, id) => ({ id, title: text.title, body: text.body })));
  return {
    searchAll(text, limit) {
      return index
        .search(text, { combineWith: 'AND', boost: { title: MINISEARCH_TITLE_BOOST } })
        .slice(0, limit)
        .map((result) => result.id as number);
    },
  };
}
