import { describe, expect, it } from 'vitest';
import { packTermVectors } from '../../../main/core/related/packed-term-vector';
import { TermDictionary } from '../../../main/core/related/term-dictionary';

describe('packTermVectors', () => {
  it('gives every vector the same id for the same term, ids ascending, counts beside them', () => {
    const dictionary = new TermDictionary();
    const [harbour, strike] = packTermVectors(
      [
        { terms: ['strike', 'harbour', 'pilot'], counts: [4, 2, 1], length: 9 },
        { terms: ['pilot', 'strike'], counts: [3, 5], length: 12 },
      ],
      dictionary,
    );
    const id = (term: string) => dictionary.idOf(term);
    expect([...harbour!.ids]).toEqual([id('strike'), id('harbour'), id('pilot')].sort());
    const countOf = (vector: typeof harbour, term: string) =>
      vector!.counts[vector!.ids.indexOf(id(term))];
    expect(countOf(harbour, 'strike')).toBe(4);
    expect(countOf(strike, 'strike')).toBe(5);
    expect(countOf(strike, 'pilot')).toBe(3);
    expect(harbour!.length).toBe(9);
    expect(strike!.length).toBe(12);
  });

  it('keeps a repeated term once and a count of at least 1, as a damaged cache may hold', () => {
    const [vector] = packTermVectors(
      [{ terms: ['tide', 'tide', 'moon'], counts: [2, 7, 0], length: 3 }],
      new TermDictionary(),
    );
    expect(vector!.ids).toHaveLength(2);
    expect([...vector!.counts].every((count) => count >= 1)).toBe(true);
  });
});
