import { describe, expect, it } from 'vitest';
import type { IndexedText } from '../../../main/core/search/index-fields';
import { parseQuery } from '../../../main/core/search/parse-query';
import {
  fieldWords,
  highlightItems,
  highlightText,
  matcherItem,
  mergeRanges,
  occurrences,
} from '../../../main/core/search/query-matcher';
import { planSearch } from '../../../main/core/search/search-plan';
import {
  buildSegmentIndex,
  documentFrequencies,
  fieldLengthTotals,
} from '../../../main/core/search/segment-index';
import { Vocabulary } from '../../../main/core/search/vocabulary';

const BODY =
  'Shipments of grain left the harbour. The shipment of oil waited; shipping lines said the ' +
  'harbour master was away. Oily water, soil and coils.';

function itemsFor(query: string, body = BODY) {
  const text: IndexedText = {
    title: '',
    captions: '',
    byline: '',
    section: '',
    dateline: '',
    body,
  };
  const index = buildSegmentIndex([text]);
  const vocabulary = new Vocabulary();
  vocabulary.addSegment('only', index.terms, documentFrequencies(index));
  const plan = planSearch(parseQuery(query), {}, vocabulary, {
    documentCount: 1,
    fieldLengthTotals: fieldLengthTotals(index),
  });
  return { plan, items: plan ? highlightItems(plan) : [] };
}

function highlighted(query: string, body = BODY): string[] {
  return highlightText(body, 'body', itemsFor(query, body).items).map(([start, end]) =>
    body.slice(start, end),
  );
}

describe('highlightText', () => {
  it('marks stemmed forms of a word', () => {
    expect(highlighted('shipments')).toEqual(['Shipments', 'shipment']);
  });

  it('marks what a wildcard reaches', () => {
    expect(highlighted('ship*')).toEqual(['Shipments', 'shipment', 'shipping']);
  });

  it('marks what an edit distance reaches', () => {
    expect(highlighted('oil~1')).toEqual(['oil', 'Oily', 'soil', 'coils']);
  });

  it('marks a phrase as one range, only where its words stand together', () => {
    expect(highlighted('"harbour master"')).toEqual(['harbour master']);
    expect(highlighted('"shipment of oil"')).toEqual(['shipment of oil']);
  });

  it('marks nothing for prohibited words or other fields', () => {
    expect(highlighted('grain -harbour')).toEqual(['grain']);
    expect(highlightText(BODY, 'body', itemsFor('title:harbour').items)).toEqual([]);
  });
});

describe('occurrences', () => {
  it('needs stop words of a phrase to be the same words', () => {
    const { plan } = itemsFor('"shipment of oil"');
    const item = matcherItem(plan!.required[0]![0]!, plan!);
    expect(occurrences(fieldWords('the shipment of oil'), item).length > 0).toBe(true);
    expect(occurrences(fieldWords('the shipment for oil'), item).length > 0).toBe(false);
    expect(occurrences(fieldWords('the shipment\n\nof oil'), item).length > 0).toBe(false);
  });
});

describe('mergeRanges', () => {
  it('sorts and merges overlapping and touching ranges', () => {
    expect(
      mergeRanges([
        [5, 8],
        [0, 2],
        [1, 3],
        [8, 9],
      ]),
    ).toEqual([
      [0, 3],
      [5, 9],
    ]);
  });
});
