import { describe, expect, it } from 'vitest';
import { EMPTY_LIST_QUERY, type ListQuery } from '../../../renderer/src/model/list-query';
import { hitAt, PAGE_SIZE, ResultListStore } from '../../../renderer/src/state/result-list-store';
import { FakeApi, makeManyStories, settle, storylineArchive } from '../fake-api';

const search = (query: string, patch: Partial<ListQuery> = {}): ListQuery => ({
  ...EMPTY_LIST_QUERY,
  query,
  ...patch,
});

describe('ResultListStore', () => {
  it('shows the first page with its count and facets', async () => {
    const api = storylineArchive();
    const store = new ResultListStore(api);
    store.show(search('bridge'), 1);
    expect(store.getSnapshot().loading).toBe(true);
    await settle();
    const { shown, loading } = store.getSnapshot();
    expect(loading).toBe(false);
    expect(shown?.total).toBe(3);
    expect(shown?.facets.sections).toEqual([{ name: 'local', count: 3 }]);
    expect(hitAt(shown!, 0)?.snippet.highlights.length).toBeGreaterThan(0);
  });

  it('never lets an older answer replace a newer one, whatever order they arrive in', async () => {
    const api = storylineArchive();
    api.hold('search');
    const store = new ResultListStore(api);
    store.show(search('bridge'), 1);
    store.show(search('budget'), 1);
    const [older, newer] = api.held;
    newer!.answer();
    await settle();
    expect(store.getSnapshot().shown?.query.query).toBe('budget');
    older!.answer();
    await settle();
    expect(store.getSnapshot().shown?.query.query).toBe('budget');
    expect(store.getSnapshot().shown?.total).toBe(1);
  });

  it('keeps the previous answer shown while the next is on the way', async () => {
    const api = storylineArchive();
    const store = new ResultListStore(api);
    store.show(search('bridge'), 1);
    await settle();
    api.hold('search');
    store.show(search('budget'), 1);
    expect(store.getSnapshot()).toMatchObject({
      loading: true,
      shown: { query: { query: 'bridge' } },
    });
  });

  it('answers a query it has seen at this generation from its cache', async () => {
    const api = storylineArchive();
    const store = new ResultListStore(api);
    store.show(search('bridge'), 1);
    await settle();
    store.show(search('budget'), 1);
    await settle();
    const calls = api.callsOf('search').length;
    store.show(search('bridge'), 1);
    expect(store.getSnapshot()).toMatchObject({ loading: false, shown: { total: 3 } });
    expect(api.callsOf('search')).toHaveLength(calls);
  });

  it('asks again when the archive changes, one request at a time', async () => {
    const api = storylineArchive();
    const store = new ResultListStore(api);
    store.show(search('bridge'), 1);
    await settle();
    api.hold('search');
    store.show(search('bridge'), 2);
    store.show(search('bridge'), 3);
    expect(api.held).toHaveLength(1);
    api.held[0]!.answer();
    await settle();
    expect(api.held).toHaveLength(2); // the generation moved on while the first was out
    api.held[1]!.answer();
    await settle();
    expect(store.getSnapshot()).toMatchObject({ loading: false, shown: { generation: 3 } });
  });

  it('counts sections as if no section were chosen, and months as if no dates were', async () => {
    const api = storylineArchive();
    const store = new ResultListStore(api);
    store.show(search('the', { sections: ['politics'], from: '2022-03-01', to: '2022-06-30' }), 1);
    await settle();
    const bySection = store.getSnapshot().shown!;
    expect(bySection.total).toBe(1);
    expect(bySection.facets.sections).toEqual(
      expect.arrayContaining([
        { name: 'local', count: 2 },
        { name: 'politics', count: 1 },
      ]),
    );

    store.show(search('the', { sections: ['local'], from: '2022-06-01', to: '2022-06-30' }), 1);
    await settle();
    const byMonth = store.getSnapshot().shown!;
    expect(byMonth.total).toBe(1);
    expect(byMonth.facets.months.map((bucket) => bucket.month)).toEqual([
      '2022-03',
      '2022-06',
      '2023-01',
    ]);
  });

  it('fetches later pages as rows come into view, once each', async () => {
    const api = new FakeApi(makeManyStories(10_000));
    const store = new ResultListStore(api);
    store.show(EMPTY_LIST_QUERY, 1);
    await settle();
    expect(store.getSnapshot().shown?.total).toBe(10_000);
    expect(hitAt(store.getSnapshot().shown!, PAGE_SIZE * 50)).toBeUndefined();
    store.ensureRange(PAGE_SIZE * 50 - 5, PAGE_SIZE * 50 + 5);
    store.ensureRange(PAGE_SIZE * 50 - 5, PAGE_SIZE * 50 + 5);
    await settle();
    expect(api.callsOf('browse')).toHaveLength(3); // first page, pages 49 and 50
    expect(hitAt(store.getSnapshot().shown!, PAGE_SIZE * 50)).toBeDefined();
  });

  it('shows an error, and a retry asks again', async () => {
    const api = storylineArchive();
    api.fail('search', { code: 'E_UNAVAILABLE', message: 'The server stopped.' });
    const store = new ResultListStore(api);
    store.show(search('bridge'), 1);
    await settle();
    expect(store.getSnapshot()).toMatchObject({ shown: null, error: { code: 'E_UNAVAILABLE' } });
    api.recover('search');
    store.retry();
    await settle();
    expect(store.getSnapshot()).toMatchObject({ error: null, shown: { total: 3 } });
  });
});
