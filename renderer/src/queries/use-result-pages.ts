/**
 * The pages of a list below its first, fetched as their rows come into view — any page, not
 * only the next one (End jumps to the last row). Each page is a query of its own, keyed by
 * the list, the generation and its number: fetched once, and kept while the list is shown
 * (a failed page stays failed until the list's retry).
 */
import { skipToken, useQueries, type QueryObserverResult } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { ApiError, SearchHit } from '../../../contract/api';
import { useApi } from '../hooks/api-context';
import { listRequest } from '../model/list-query';
import { PAGE_SIZE, type ShownList } from '../model/shown-list';
import { apiErrorOf } from './api-failure';
import { fetchList, resultListKeys } from './use-result-list';

export interface ResultPagesState {
  /** The answer with the pages fetched so far. */
  shown: ShownList | null;
  /** A page could not be fetched. */
  pageError: ApiError | null;
  /** Rows `start..end` (inclusive) are in view: fetch their pages. */
  needRange: (start: number, end: number) => void;
}

/** One answer of one list: pages asked for another are not this one's. */
function answerId(answer: ShownList | null): string {
  return answer ? `${answer.generation}\n${answer.key}` : '';
}

const NO_PAGES: readonly number[] = [];

function combinePages(results: QueryObserverResult<readonly SearchHit[]>[]) {
  return {
    hits: results.map((result) => result.data),
    error: results.find((result) => result.error)?.error ?? null,
  };
}

/** `fetchable`: false while the answer is an earlier list's, shown while the asked one loads. */
export function useResultPages(answer: ShownList | null, fetchable: boolean): ResultPagesState {
  const api = useApi();
  const id = answerId(answer);
  const total = answer?.total ?? 0;
  const [asked, setAsked] = useState({ id: '', pages: NO_PAGES });
  const pages = asked.id === id ? asked.pages : NO_PAGES;

  const fetched = useQueries({
    queries: pages.map((page) => ({
      queryKey: resultListKeys.page(answer?.key ?? '', answer?.generation ?? 0, page),
      queryFn:
        answer && fetchable
          ? () =>
              fetchList(
                api,
                listRequest(answer.query, { offset: page * PAGE_SIZE, limit: PAGE_SIZE }),
              ).then((response) => response.hits)
          : skipToken,
    })),
    combine: combinePages,
  });

  const needRange = useCallback(
    (start: number, end: number) => {
      const last = Math.floor(Math.min(end, total - 1) / PAGE_SIZE);
      setAsked((current) => {
        const known = current.id === id ? current.pages : NO_PAGES;
        const added: number[] = [];
        // Page 0 comes with the answer.
        for (let page = Math.max(1, Math.floor(start / PAGE_SIZE)); page <= last; page += 1) {
          if (!known.includes(page)) added.push(page);
        }
        return added.length === 0 ? current : { id, pages: [...known, ...added] };
      });
    },
    [id, total],
  );

  const shown = useMemo(() => {
    if (!answer || fetched.hits.every((hits) => hits === undefined)) return answer;
    const all = new Map(answer.pages);
    fetched.hits.forEach((hits, index) => {
      const page = pages[index];
      if (hits && page !== undefined) all.set(page, hits);
    });
    return { ...answer, pages: all };
  }, [answer, pages, fetched.hits]);

  return { shown, pageError: fetched.error ? apiErrorOf(fetched.error) : null, needRange };
}
