import { describe, expect, it } from 'vitest';
import { INDEX_FIELDS } from '../../../main/core/search/index-fields';
import { parseQuery } from '../../../main/core/search/parse-query';
import { planSearch } from '../../../main/core/search/search-plan';
import {
  buildSegmentIndex,
  documentFrequencies,
  fieldLengthTotals,
} from '../../../main/core/search/segment-index';
import { fieldTermWeight } from '../../../main/core/search/bm25-weight';
import { queryWithLunr } from './segment-lunr-index';
import { Vocabulary } from '../../../main/core/search/vocabulary';
import { plainLunrIndex, plainSearch } from './plain-lunr';
import { syntheticTexts } from './synthetic-texts';

describe('segmentLunrIndex', () => {
  it('is a lunr index: lunr.Index.query on it answers as on one built by lunr.Builder', () => {
    const texts = syntheticTexts(120, 5);
    const plain = plainLunrIndex(texts);
    const index = buildSegmentIndex(texts);
    const vocabulary = new Vocabulary();
    vocabulary.addSegment('only', index.terms, documentFrequencies(index));
    const statistics = { documentCount: texts.length, fieldLengthTotals: fieldLengthTotals(index) };
    for (const words of [
      ['ship'],
      ['harbour', 'prices'],
      ['ship*'],
      ['oil~1'],
      ['korea', 'north'],
    ]) {
      const plan = planSearch(parseQuery(words.join(' ')), {}, vocabulary, statistics);
      const viaView = new Map(queryWithLunr(index, plan!).map((r) => [r.ref, r.score]));
      const expected = plainSearch(plain, words);
      expect([...viaView.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [ref, score] of expected) expect(viaView.get(ref)).toBeCloseTo(score, 9);
    }
    expect(INDEX_FIELDS[0]).toBe('title');
  });
});

describe('fieldTermWeight', () => {
  it('is lunr’s BM25 weight, rounded to three decimals like lunr.Builder', () => {
    const weight = fieldTermWeight(1.2345, 2, 10, 12, 1);
    expect(Math.round(weight * 1000)).toBe(weight * 1000);
    expect(fieldTermWeight(1, 1, 10, 10, 10)).toBeCloseTo(10 * ((2.2 * 1) / (1.2 * 1 + 1)), 2);
  });
});
