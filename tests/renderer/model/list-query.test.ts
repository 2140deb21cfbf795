import { describe, expect, it } from 'vitest';
import {
  EMPTY_LIST_QUERY,
  effectiveSort,
  listQueryKey,
  listRequest,
} from '../../../renderer/src/model/list-query';

const search = {
  ...EMPTY_LIST_QUERY,
  query: 'harbour',
  sections: ['world', 'business'],
  from: '2022-01-01',
  to: null,
};

describe('listQueryKey', () => {
  it('ignores surrounding spaces and section order, not the words', () => {
    expect(listQueryKey({ ...search, query: ' harbour ', sections: ['business', 'world'] })).toBe(
      listQueryKey(search),
    );
    expect(listQueryKey({ ...search, query: 'harbours' })).not.toBe(listQueryKey(search));
  });
});

describe('effectiveSort', () => {
  it('reads relevance as newest when browsing', () => {
    expect(effectiveSort(EMPTY_LIST_QUERY)).toBe('newest');
    expect(effectiveSort(search)).toBe('relevance');
  });
});

describe('listRequest', () => {
  it('asks search with the filters for a query', () => {
    expect(listRequest(search, { offset: 100, limit: 100 })).toEqual({
      method: 'search',
      request: {
        query: 'harbour',
        sections: ['business', 'world'],
        from: '2022-01-01',
        offset: 100,
        limit: 100,
        sort: 'relevance',
      },
    });
  });

  it('asks browse when the query is blank, never with relevance', () => {
    expect(listRequest({ ...EMPTY_LIST_QUERY, query: '  ' }, { offset: 0, limit: 10 })).toEqual({
      method: 'browse',
      request: { offset: 0, limit: 10, sort: 'newest' },
    });
  });

  it('leaves out the filter a facet count ignores', () => {
    const request = listRequest(search, { offset: 0, limit: 1 }, { sections: true });
    expect(request.request).not.toHaveProperty('sections');
    expect(request.request).toHaveProperty('from', '2022-01-01');
    const byDate = listRequest(search, { offset: 0, limit: 1 }, { dates: true });
    expect(byDate.request).not.toHaveProperty('from');
    expect(byDate.request).toHaveProperty('sections');
  });
});
