import { describe, expect, it } from 'vitest';
import { PRESENCE } from '../../../main/core/search/lunr-internals';
import { parseQuery } from '../../../main/core/search/parse-query';
import {
  isOpenFilter,
  passesFilter,
  planSearch,
  storyFilterOf,
} from '../../../main/core/search/search-plan';
import { Vocabulary } from '../../../main/core/search/vocabulary';

const vocabulary = new Vocabulary();
vocabulary.addSegment('a', ['harbour', 'oil', 'ship', 'shipment', 'soil'], [4, 2, 3, 1, 1]);
const archive = { documentCount: 10, fieldLengthTotals: [20, 0, 10, 10, 0, 400] };
const plan = (query: string, filters = {}) =>
  planSearch(parseQuery(query), filters, vocabulary, archive);

describe('planSearch', () => {
  it('expands each word once, against the whole archive, with archive-wide statistics', () => {
    const planned = plan('ship* harbour')!;
    expect(planned.statistics.terms).toEqual(['harbour', 'ship', 'shipment']);
    expect(planned.statistics.expansions).toEqual([[1, 2], [0]]);
    expect(planned.statistics.averageFieldLength).toEqual([2, 0, 1, 1, 0, 40]);
    expect(planned.statistics.idf[0]).toBeCloseTo(Math.log(1 + 6.5 / 4.5), 12);
    expect(planned.clauses.map((clause) => clause.presence)).toEqual([
      PRESENCE.REQUIRED,
      PRESENCE.REQUIRED,
    ]);
  });

  it('makes OR alternatives optional clauses, and prohibited words prohibited ones', () => {
    const planned = plan('oil OR soil -harbour')!;
    expect(planned.clauses.map((clause) => clause.presence)).toEqual([
      PRESENCE.OPTIONAL,
      PRESENCE.OPTIONAL,
      PRESENCE.PROHIBITED,
    ]);
    expect(planned.required).toHaveLength(1);
    expect(planned.required[0]).toHaveLength(2);
  });

  it('is null when a required word is nowhere in the archive, and drops impossible alternatives', () => {
    expect(plan('harbour zebra')).toBeNull();
    expect(plan('zebra OR harbour')?.required[0]).toHaveLength(1);
    expect(plan('harbour -zebra')?.prohibited).toEqual([]);
  });

  it('folds the request’s filters in with the query’s', () => {
    const planned = plan('oil section:world', { sections: ['Business'], from: '2022-01-01' })!;
    expect(planned.filter).toEqual({
      sectionSets: [['world'], ['business']],
      excludeSections: [],
      dateRanges: [{ from: '2022-01-01', to: null }],
      excludeDateRanges: [],
    });
  });
});

describe('storyFilterOf / passesFilter / isOpenFilter', () => {
  it('lets through what every condition allows; undated stories fail a date range', () => {
    const filter = storyFilterOf(parseQuery('-section:sport date:2022-11'), {
      sections: ['world', 'sport'],
    });
    expect(passesFilter(filter, 'world', '2022-11-05')).toBe(true);
    expect(passesFilter(filter, 'sport', '2022-11-05')).toBe(false);
    expect(passesFilter(filter, 'world', '2022-12-01')).toBe(false);
    expect(passesFilter(filter, 'world', null)).toBe(false);
    expect(isOpenFilter(filter)).toBe(false);
    expect(isOpenFilter(storyFilterOf(null, {}))).toBe(true);
  });
});
