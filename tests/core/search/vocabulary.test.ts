import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lunr } from '../../../main/core/search/lunr-internals';
import {
  inverseDocumentFrequency,
  scanWildcard,
  Vocabulary,
} from '../../../main/core/search/vocabulary';

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

describe('Vocabulary, merged for wildcards and spelling tolerance', () => {
  const segments = {
    a: { terms: ['harbour', 'oil', 'ship', 'shipment'], frequencies: [4, 2, 3, 1] },
    b: { terms: ['coil', 'oil', 'port', 'shipper', 'soil'], frequencies: [1, 5, 2, 2, 1] },
  };
  const filled = () => {
    const vocabulary = new Vocabulary();
    for (const [id, { terms, frequencies }] of Object.entries(segments)) {
      vocabulary.addSegment(id, terms, frequencies);
    }
    return vocabulary;
  };
  const patterns = [
    { term: 'ship*', wildcard: true, editDistance: 0 },
    { term: '*oil', wildcard: true, editDistance: 0 },
    { term: 's*p*', wildcard: true, editDistance: 0 },
    { term: 'oil', wildcard: false, editDistance: 1 },
    { term: 'harbour', wildcard: false, editDistance: 0 },
  ];

  it('expands the same before and after merging, and counts what it cost', async () => {
    const before = patterns.map((pattern) => filled().expansion(pattern));
    const vocabulary = filled();
    await vocabulary.prepare();
    const after = patterns.map((pattern) => vocabulary.expansion(pattern));
    expect(after.map((expansion) => expansion.terms)).toEqual(
      before.map((expansion) => expansion.terms),
    );
    expect(after[0]).toEqual({ terms: ['ship', 'shipment', 'shipper'], scanned: 3, postings: 6 });
    expect(after[1]).toMatchObject({ terms: ['coil', 'oil', 'soil'], scanned: 8, postings: 9 });
    expect(vocabulary.frequency('oil')).toBe(7);
    vocabulary.removeSegment('b');
    expect(vocabulary.expand(patterns[0]!)).toEqual(['ship', 'shipment']);
    expect(vocabulary.frequency('oil')).toBe(2);
  });

  it('scans for a wildcard exactly what lunr’s token set matches', () => {
    const terms = ['a', 'ab', 'abc', 'b', 'ba', 'bab', 'u.s', 'zürich', 'москва'].sort();
    const lunrExpansion = (term: string) =>
      lunr.TokenSet.fromArray(terms).intersect(lunr.TokenSet.fromClause({ term })).toArray().sort();
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...'ab.*'.split('')), { minLength: 1, maxLength: 5 }),
        (letters) => {
          const pattern = letters.join('').replace(/\*+/g, '*');
          fc.pre(pattern.includes('*'));
          const found = new Set<string>();
          scanWildcard(terms, pattern, found);
          expect([...found].sort()).toEqual(lunrExpansion(pattern));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('inverseDocumentFrequency', () => {
  it('is lunr’s idf: rarer terms weigh more', () => {
    expect(inverseDocumentFrequency(1, 100)).toBeGreaterThan(inverseDocumentFrequency(50, 100));
    expect(inverseDocumentFrequency(3, 10)).toBeCloseTo(Math.log(1 + 7.5 / 3.5), 12);
  });
});
