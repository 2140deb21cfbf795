/**
 * ShownList: one answered list as the list pane shows it — its count, facets and the pages
 * of hits fetched so far (rows of pages not fetched yet show as loading).
 */
import type { Facets, SearchHit } from '../../../contract/api';
import type { ListQuery } from './list-query';

/** Hits per page: the first comes with the count and facets, the others as rows scroll in. */
export const PAGE_SIZE = 100;

export interface ShownList {
  /** The list's key (listQueryKey). */
  key: string;
  query: ListQuery;
  /** The archive generation that answered. */
  generation: number;
  total: number;
  tookMs: number;
  /** Set when the query was loosened: how many of `total` hold every word. */
  relaxed: { every: number } | null;
  facets: Facets;
  pages: ReadonlyMap<number, readonly SearchHit[]>;
}

/** The hit at a row, or undefined while its page is not fetched. */
export function hitAt(shown: ShownList, index: number): SearchHit | undefined {
  return shown.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
}
