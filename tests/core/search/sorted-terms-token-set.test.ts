import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lunr } from '../../../main/core/search/lunr-internals';
import { expandClause } from '../../../main/core/search/sorted-terms-token-set';

const TERMS = [
  'harbour',
  'harbor',
  'ship',
  'shipment',
  'shipper',
  'ships',
  'shop',
  'soil',
  'oil',
  'coil',
  'boil',
  'oily',
  'oiled',
  'zurich',
  'zürich',
  'москва',
  '2022',
  '2500',
  'u.s',
  'a',
  'ab',
  'abc',
].sort();

/** lunr's own answer: its minimised token set of all terms, intersected with the clause. */
function lunrExpansion(clause: { term: string; editDistance?: number }): string[] {
  return lunr.TokenSet.fromArray(TERMS)
    .intersect(lunr.TokenSet.fromClause(clause))
    .toArray()
    .sort();
}

describe('expandClause', () => {
  it('expands exact words, wildcards and edit distances exactly as lunr does', () => {
    for (const clause of [
      { term: 'ship' },
      { term: 'ship*' },
      { term: '*il' },
      { term: 's*p' },
      { term: '*' },
      { term: 'oil', editDistance: 1 },
      { term: 'harbour', editDistance: 2 },
      { term: 'zurich', editDistance: 1 },
      { term: 'nothing' },
    ]) {
      expect(expandClause(TERMS, clause), JSON.stringify(clause)).toEqual(lunrExpansion(clause));
    }
  });

  it('agrees with lunr on any pattern', () => {
    const letter = fc.constantFrom(...'abhilopsu*'.split(''));
    fc.assert(
      fc.property(
        fc.array(letter, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 2 }),
        (letters, distance) => {
          const term = letters.join('');
          const clause =
            distance > 0 && !term.includes('*') ? { term, editDistance: distance } : { term };
          expect(expandClause(TERMS, clause)).toEqual(lunrExpansion(clause));
        },
      ),
      { numRuns: 500 },
    );
  });
});
