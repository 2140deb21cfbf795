import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_LIST_QUERY,
  listQueryKey,
  type ListQuery,
} from '../../../renderer/src/model/list-query';
import { hitAt, PAGE_SIZE } from '../../../renderer/src/model/shown-list';
import { createQueryClient } from '../../../renderer/src/queries/query-client';
import { resultListKeys, useResultList } from '../../../renderer/src/queries/use-result-list';
import { useResultPages } from '../../../renderer/src/queries/use-result-pages';
import { FakeApi, makeManyStories, storylineArchive } from '../fake-api';
import { providers } from '../providers';

const search = (query: string, patch: Partial<ListQuery> = {}): ListQuery => ({
  ...EMPTY_LIST_QUERY,
  query,
  ...patch,
});

/** The list pane's data as ListView sees it: the answer, then the pages below it. */
function useListPane({ list, generation }: { list: ListQuery; generation: number }) {
  const results = useResultList(list, generation);
  const pages = useResultPages(results.answer, results.answer?.key === listQueryKey(list));
  return { ...results, ...pages };
}

function renderList(api: FakeApi, list: ListQuery, generation = 1) {
  const client = createQueryClient({ retry: false });
  const hook = renderHook(useListPane, {
    wrapper: providers(api, client),
    initialProps: { list, generation },
  });
  return { ...hook, client };
}

describe('useResultList and useResultPages', () => {
  it('shows the first page with its count and facets', async () => {
    const { result } = renderList(storylineArchive(), search('bridge'));
    expect(result.current.loading).toBe(true);
    await waitFor(() => expect(result.current.loading).toBe(false));
    const shown = result.current.shown!;
    expect(shown.total).toBe(3);
    expect(shown.facets.sections).toEqual([{ name: 'local', count: 3 }]);
    expect(hitAt(shown, 0)?.snippet.highlights.length).toBeGreaterThan(0);
  });

  it('never lets an older answer replace a newer one, whatever order they arrive in', async () => {
    const api = storylineArchive();
    api.hold('search');
    const { result, rerender, client } = renderList(api, search('bridge'));
    rerender({ list: search('budget'), generation: 1 });
    await waitFor(() => expect(api.held).toHaveLength(2));
    const [older, newer] = api.held;
    act(() => newer!.answer());
    await waitFor(() => expect(result.current.shown?.query.query).toBe('budget'));
    act(() => older!.answer());
    const olderKey = resultListKeys.answer(listQueryKey(search('bridge')), 1);
    await waitFor(() => expect(client.getQueryState(olderKey)?.status).toBe('success'));
    expect(result.current.shown).toMatchObject({ query: { query: 'budget' }, total: 1 });
  });

  it('keeps the previous answer shown while the next is on the way', async () => {
    const api = storylineArchive();
    const { result, rerender } = renderList(api, search('bridge'));
    await waitFor(() => expect(result.current.shown?.total).toBe(3));
    api.hold('search');
    rerender({ list: search('budget'), generation: 1 });
    expect(result.current).toMatchObject({ loading: true, shown: { query: { query: 'bridge' } } });
  });

  it('answers a list it has seen at this generation from its cache', async () => {
    const api = storylineArchive();
    const { result, rerender } = renderList(api, search('bridge'));
    await waitFor(() => expect(result.current.loading).toBe(false));
    rerender({ list: search('budget'), generation: 1 });
    await waitFor(() => expect(result.current.shown?.query.query).toBe('budget'));
    const calls = api.callsOf('search').length;
    rerender({ list: search('bridge'), generation: 1 });
    expect(result.current).toMatchObject({ loading: false, shown: { total: 3 } });
    expect(api.callsOf('search')).toHaveLength(calls);
  });

  it('asks again when the archive changes, one request at a time', async () => {
    const api = storylineArchive();
    const { result, rerender } = renderList(api, search('bridge'));
    await waitFor(() => expect(result.current.loading).toBe(false));
    api.hold('search');
    rerender({ list: search('bridge'), generation: 2 });
    await waitFor(() => expect(api.held).toHaveLength(1));
    rerender({ list: search('bridge'), generation: 3 });
    expect(api.held).toHaveLength(1);
    act(() => api.held[0]!.answer());
    // The generation moved on while the first was out: one more request, after it.
    await waitFor(() => expect(api.held).toHaveLength(2));
    expect(result.current).toMatchObject({ loading: true, shown: { generation: 2 } });
    act(() => api.held[1]!.answer());
    await waitFor(() =>
      expect(result.current).toMatchObject({ loading: false, shown: { generation: 3 } }),
    );
  });

  it('counts sections as if no section were chosen, and months as if no dates were', async () => {
    const api = storylineArchive();
    const { result, rerender } = renderList(
      api,
      search('the', { sections: ['politics'], from: '2022-03-01', to: '2022-06-30' }),
    );
    await waitFor(() => expect(result.current.loading).toBe(false));
    const bySection = result.current.shown!;
    expect(bySection.total).toBe(1);
    expect(bySection.facets.sections).toEqual(
      expect.arrayContaining([
        { name: 'local', count: 2 },
        { name: 'politics', count: 1 },
      ]),
    );

    rerender({
      list: search('the', { sections: ['local'], from: '2022-06-01', to: '2022-06-30' }),
      generation: 1,
    });
    await waitFor(() => expect(result.current.shown?.query.sections).toEqual(['local']));
    await waitFor(() => expect(result.current.loading).toBe(false));
    const byMonth = result.current.shown!;
    expect(byMonth.total).toBe(1);
    expect(byMonth.facets.months.map((bucket) => bucket.month)).toEqual([
      '2022-03',
      '2022-06',
      '2023-01',
    ]);
  });

  it('fetches pages of 100 as their rows come into view, any page, once each', async () => {
    const api = new FakeApi(makeManyStories(10_000));
    const { result } = renderList(api, EMPTY_LIST_QUERY);
    await waitFor(() => expect(result.current.shown?.total).toBe(10_000));
    expect(hitAt(result.current.shown!, PAGE_SIZE * 50)).toBeUndefined();
    act(() => result.current.needRange(PAGE_SIZE * 50 - 5, PAGE_SIZE * 50 + 5));
    act(() => result.current.needRange(PAGE_SIZE * 50 - 5, PAGE_SIZE * 50 + 5));
    await waitFor(() => expect(hitAt(result.current.shown!, PAGE_SIZE * 50)).toBeDefined());
    expect(api.callsOf('browse')).toEqual([
      expect.objectContaining({ offset: 0, limit: PAGE_SIZE }),
      expect.objectContaining({ offset: PAGE_SIZE * 49, limit: PAGE_SIZE }),
      expect.objectContaining({ offset: PAGE_SIZE * 50, limit: PAGE_SIZE }),
    ]);
    // Pages seen stay shown as the rows move on.
    act(() => result.current.needRange(9_990, 9_999));
    await waitFor(() => expect(hitAt(result.current.shown!, 9_999)).toBeDefined());
    expect(hitAt(result.current.shown!, PAGE_SIZE * 50)).toBeDefined();
  });

  it('shows a page that could not be fetched, and a retry asks again', async () => {
    const api = new FakeApi(makeManyStories(1_000));
    const { result } = renderList(api, EMPTY_LIST_QUERY);
    await waitFor(() => expect(result.current.shown?.total).toBe(1_000));
    api.fail('browse', { code: 'E_UNREADABLE', message: 'The index could not be read.' });
    act(() => result.current.needRange(300, 310));
    await waitFor(() => expect(result.current.pageError).toMatchObject({ code: 'E_UNREADABLE' }));
    expect(result.current.error).toBeNull();
    api.recover('browse');
    act(() => result.current.retry());
    await waitFor(() => expect(hitAt(result.current.shown!, 305)).toBeDefined());
    expect(result.current.pageError).toBeNull();
  });

  it('shows an error, and a retry asks again', async () => {
    const api = storylineArchive();
    api.fail('search', { code: 'E_UNAVAILABLE', message: 'The server stopped.' });
    const { result } = renderList(api, search('bridge'));
    await waitFor(() => expect(result.current.error).toMatchObject({ code: 'E_UNAVAILABLE' }));
    expect(result.current.shown).toBeNull();
    api.recover('search');
    act(() => result.current.retry());
    await waitFor(() => expect(result.current.shown?.total).toBe(3));
    expect(result.current.error).toBeNull();
  });

  it("reports a query the engine cannot read with the engine's words", async () => {
    const { result } = renderList(storylineArchive(), search('"bridge'));
    await waitFor(() =>
      expect(result.current.error).toEqual({
        code: 'E_QUERY',
        message: 'A quotation mark is not closed: add the closing ".',
      }),
    );
  });
});
