import { describe, expect, it } from 'vitest';
import { inverseDocumentFrequency, Vocabulary } from '../../../main/core/search/vocabulary';

describe('Vocabulary', () => {
  it('sums a term’s frequencies over the segments that hold it', () => {
    const vocabulary = new Vocabulary();
    vocabulary.addSegment('a', ['oil', 'ship'], [3, 1]);
    vocabulary.addSegment('b', ['oil', 'port'], [2, 5]);
    expect(vocabulary.frequency('oil')).toBe(5);
    expect(vocabulary.frequency('port')).toBe(5);
    vocabulary.removeSegment('a');
    expect(vocabulary.frequency('oil')).toBe(2);
    expect(vocabulary.frequency('ship')).toBe(0);
  });

  it('expands words against every segment’s terms', () => {
    const vocabulary = new Vocabulary();
    vocabulary.addSegment('a', ['oil', 'ship'], [1, 1]);
    vocabulary.addSegment('b', ['shipment', 'soil'], [1, 1]);
    expect(vocabulary.expand({ term: 'oil', wildcard: false, editDistance: 0 })).toEqual(['oil']);
    expect(vocabulary.expand({ term: 'soil', wildcard: false, editDistance: 0 })).toEqual(['soil']);
    expect(vocabulary.expand({ term: 'gas', wildcard: false, editDistance: 0 })).toEqual([]);
    expect(vocabulary.expand({ term: 'ship*', wildcard: true, editDistance: 0 })).toEqual([
      'ship',
      'shipment',
    ]);
    expect(vocabulary.expand({ term: 'oil', wildcard: false, editDistance: 1 })).toEqual([
      'oil',
      'soil',
    ]);
  });
});

describe('inverseDocumentFrequency', () => {
  it('is lunr’s idf: rarer terms weigh more', () => {
    expect(inverseDocumentFrequency(1, 100)).toBeGreaterThan(inverseDocumentFrequency(50, 100));
    expect(inverseDocumentFrequency(3, 10)).toBeCloseTo(Math.log(1 + 7.5 / 3.5), 12);
  });
});
