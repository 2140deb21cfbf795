/**
 * Loosening a query that finds too little. Plain words are ANDed: every one must be in the
 * story. That ranks well while the words are rare, but a person who types five ordinary words
 * from a story they remember, one of them slightly wrong ("harbor" for "harbour", a word the
 * story never used), gets nothing. So when the strict query finds fewer than RELAX_BELOW
 * stories, its plain words (no field, no `+`, not in an OR group, not a phrase) become one
 * OR group, and each story is ranked first by how many of them it holds (RELAXED_TIER per
 * word, added after BM25 and proximity): every story holding all the words still ranks above
 * every story holding some, as strict AND would have had it, and the rest follow, best first.
 * Phrases, fields, `+word`, `-word`, filters and OR groups keep their meaning.
 *
 * Measured with `npm run eval` (ordinary-word and one-word-wrong queries, docs/search-quality.md).
 */
import type { ParsedQuery, QueryItem } from './parse-query';

/** A strict query with fewer hits than this is loosened (when it has words to loosen). */
export const RELAX_BELOW = 10;
/** Loosening one word would only drop it: at least two are needed. */
export const MIN_RELAXED_WORDS = 2;
/** Added to a story's score per loosened word it holds: far above any BM25 × proximity score. */
export const RELAXED_TIER = 1e6;

export interface RelaxedQuery {
  query: ParsedQuery;
  /** How many words were loosened: a story holding them all scores ≥ words × RELAXED_TIER. */
  words: number;
}

/** The loosened query, or null when it has fewer than MIN_RELAXED_WORDS words to loosen. */
export function relaxQuery(query: ParsedQuery): RelaxedQuery | null {
  const loose: QueryItem[] = [];
  const kept: QueryItem[][] = [];
  for (const group of query.required) {
    const only = group.length === 1 ? group[0] : undefined;
    if (only?.kind === 'term' && only.fields === null && only.pinned !== true) loose.push(only);
    else kept.push(group);
  }
  if (loose.length < MIN_RELAXED_WORDS) return null;
  return { query: { ...query, required: [...kept, loose], loose: true }, words: loose.length };
}
