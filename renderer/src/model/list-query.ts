/**
 * ListQuery: what the list pane shows — a search (non-empty query) or the archive's latest
 * stories (browse, empty query) — with its filters and sort. It is part of every history
 * entry, and its key names one answer in the result cache.
 */
import type { BrowseRequest, SearchRequest, SortOrder } from '../../../contract/api';

export interface ListQuery {
  /** The words as typed; blank means browse. */
  query: string;
  /** Section slugs; empty means every section. */
  sections: string[];
  /** Inclusive `YYYY-MM-DD` bounds, or null. */
  from: string | null;
  to: string | null;
  /** The user's choice; browse reads `relevance` as `newest`. */
  sort: SortOrder;
}

export const EMPTY_LIST_QUERY: ListQuery = {
  query: '',
  sections: [],
  from: null,
  to: null,
  sort: 'relevance',
};

export function isBrowse(list: ListQuery): boolean {
  return list.query.trim() === '';
}

/** The sort the engine is asked for: browse has no relevance. */
export function effectiveSort(list: ListQuery): SortOrder {
  if (isBrowse(list) && list.sort === 'relevance') return 'newest';
  return list.sort;
}

/** A stable identity: two queries with the same key get the same answer from the engine. */
export function listQueryKey(list: ListQuery): string {
  return JSON.stringify([
    list.query.trim(),
    [...list.sections].sort(),
    list.from,
    list.to,
    effectiveSort(list),
  ]);
}

/** The filters as the contract spells them (absent rather than null or empty). */
function filtersOf(
  list: ListQuery,
  omit: { sections?: boolean; dates?: boolean } = {},
): Pick<SearchRequest, 'sections' | 'from' | 'to'> {
  const filters: Pick<SearchRequest, 'sections' | 'from' | 'to'> = {};
  if (!omit.sections && list.sections.length > 0) filters.sections = [...list.sections].sort();
  if (!omit.dates && list.from) filters.from = list.from;
  if (!omit.dates && list.to) filters.to = list.to;
  return filters;
}

export type ListRequest =
  { method: 'search'; request: SearchRequest } | { method: 'browse'; request: BrowseRequest };

/**
 * The engine call for one page of the list. `omit` drops a filter, for the facet counts the
 * user would see if they changed that filter (sections ignore the section filter, the
 * month histogram ignores the date filter).
 */
export function listRequest(
  list: ListQuery,
  page: { offset: number; limit: number },
  omit: { sections?: boolean; dates?: boolean } = {},
): ListRequest {
  const filters = filtersOf(list, omit);
  const sort = effectiveSort(list);
  if (isBrowse(list)) {
    return {
      method: 'browse',
      request: { ...filters, ...page, sort: sort === 'oldest' ? 'oldest' : 'newest' },
    };
  }
  return { method: 'search', request: { query: list.query.trim(), ...filters, ...page, sort } };
}

export function hasFilters(list: ListQuery): boolean {
  return list.sections.length > 0 || list.from !== null || list.to !== null;
}
