/**
 * The list pane's answer, as a query: the first page of a search or browse with its count
 * and facets (the pages below come from useResultPages).
 *
 * - Keys hold the list's key and the archive generation: a list seen at this generation is
 *   shown at once (going back), a new generation asks again.
 * - An older query's answer lands under its own key, so it never replaces a newer one's;
 *   while the next answer is on the way the previous one stays shown (`loading`).
 * - Facets answer "what if I changed this filter": section counts ignore the section filter,
 *   the month histogram ignores the date filter (each an extra one-hit request, only when
 *   that filter is set; if it fails, the list's own counts stand in).
 * - While indexing, the archive can change faster than a search answers: a new generation is
 *   asked only once this list's request on the way has landed, so requests never pile up.
 */
import {
  keepPreviousData,
  skipToken,
  useIsFetching,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { ApiError, ClippingsApi, SearchResponse } from '../../../contract/api';
import { useApi } from '../hooks/api-context';
import { listQueryKey, listRequest, type ListQuery, type ListRequest } from '../model/list-query';
import { PAGE_SIZE, type ShownList } from '../model/shown-list';
import { apiErrorOf, unwrap } from './api-failure';

/** Every query of one list starts with `list(key)`; then the generation, then a page number. */
export const resultListKeys = {
  list: (key: string) => ['list', key] as const,
  answer: (key: string, generation: number) => ['list', key, generation] as const,
  page: (key: string, generation: number, page: number) => ['list', key, generation, page] as const,
};

export interface ResultListState {
  /** The newest answer (first page only): for the list asked, or an earlier one while it loads. */
  answer: ShownList | null;
  loading: boolean;
  /** Why the list asked has no answer (E_QUERY: the query, in words). */
  error: ApiError | null;
  /** Asks again for whatever of this list failed: its answer, or pages of it. */
  retry: () => void;
}

export function fetchList(api: ClippingsApi, request: ListRequest): Promise<SearchResponse> {
  return unwrap(
    () => (request.method === 'search' ? api.search(request.request) : api.browse(request.request)),
    'The list could not be fetched. Try again.',
  );
}

async function fetchAnswer(
  api: ClippingsApi,
  list: ListQuery,
  generation: number,
): Promise<ShownList> {
  const oneHit = { offset: 0, limit: 1 };
  const sectionFacets =
    list.sections.length > 0
      ? fetchList(api, listRequest(list, oneHit, { sections: true })).catch(() => null)
      : null;
  const monthFacets =
    list.from !== null || list.to !== null
      ? fetchList(api, listRequest(list, oneHit, { dates: true })).catch(() => null)
      : null;
  const [first, sections, months] = await Promise.all([
    fetchList(api, listRequest(list, { offset: 0, limit: PAGE_SIZE })),
    sectionFacets,
    monthFacets,
  ]);
  return {
    key: listQueryKey(list),
    query: list,
    generation,
    total: first.total,
    tookMs: first.tookMs,
    relaxed: first.relaxed ?? null,
    facets: {
      sections: sections?.facets.sections ?? first.facets.sections,
      months: months?.facets.months ?? first.facets.months,
    },
    pages: new Map([[0, first.hits]]),
  };
}

/** The generation to ask this list at: the archive's, held while a request of it is out. */
function useGenerationToAsk(key: string, generation: number): number {
  const busy = useIsFetching({ queryKey: resultListKeys.list(key) }) > 0;
  const [asked, setAsked] = useState({ key, generation });
  const next = asked.key === key && busy ? asked : { key, generation };
  if (next.key !== asked.key || next.generation !== asked.generation) setAsked(next);
  return next.generation;
}

export function useResultList(
  list: ListQuery,
  generation: number,
  enabled = true,
): ResultListState {
  const api = useApi();
  const queryClient = useQueryClient();
  const key = listQueryKey(list);
  const asked = useGenerationToAsk(key, generation);
  const query = useQuery({
    queryKey: resultListKeys.answer(key, asked),
    queryFn: enabled ? () => fetchAnswer(api, list, asked) : skipToken,
    placeholderData: keepPreviousData,
  });
  const retry = useCallback(() => {
    void queryClient.refetchQueries({
      queryKey: resultListKeys.list(key),
      type: 'active',
      predicate: (failed) => failed.state.status === 'error',
    });
  }, [queryClient, key]);
  return {
    answer: query.data ?? null,
    loading: query.isFetching,
    error: query.error ? apiErrorOf(query.error) : null,
    retry,
  };
}
