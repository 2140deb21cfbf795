import { describe, expect, it } from 'vitest';
import { EMPTY_LIST_QUERY } from '../../../renderer/src/model/list-query';
import {
  fuzzyVariant,
  noResultSuggestions,
} from '../../../renderer/src/model/no-result-suggestions';

describe('fuzzyVariant', () => {
  it('allows one edit on each plain word', () => {
    expect(fuzzyVariant('goverment budget')).toBe('goverment~1 budget~1');
  });

  it('leaves operators, fields, short words and wildcards alone', () => {
    expect(fuzzyVariant('+harbour -ferry section:world elect* of')).toBe(
      '+harbour~1 -ferry section:world elect* of',
    );
    expect(fuzzyVariant('section:world')).toBeNull();
    expect(fuzzyVariant('"exact phrase"')).toBeNull();
  });
});

describe('noResultSuggestions', () => {
  it('offers to drop each filter, then all of them, then a fuzzy search', () => {
    const list = {
      ...EMPTY_LIST_QUERY,
      query: 'ferry',
      sections: ['sport'],
      from: '2022-01-01',
      to: '2022-01-31',
    };
    const suggestions = noResultSuggestions(list);
    expect(suggestions.map((suggestion) => suggestion.label)).toEqual([
      'Search every section, not only Sport',
      'Search all dates',
      'Clear every filter',
      'Allow close spellings: ferry~1',
    ]);
    expect(suggestions[0]?.query.sections).toEqual([]);
    expect(suggestions[1]?.query).toMatchObject({ from: null, to: null, sections: ['sport'] });
    expect(suggestions[3]?.query.query).toBe('ferry~1');
  });

  it('offers the words without quotes for a phrase', () => {
    const [first] = noResultSuggestions({ ...EMPTY_LIST_QUERY, query: '"harbour ferry"' });
    expect(first?.query.query).toBe('harbour ferry');
  });

  it('has nothing to offer for a browse without filters', () => {
    expect(noResultSuggestions(EMPTY_LIST_QUERY)).toEqual([]);
  });
});
