import { describe, expect, it } from 'vitest';
import { TermDictionary, termHash } from '../../../main/core/related/term-dictionary';

describe('TermDictionary', () => {
  it('gives each term one dense id, the same every time it is asked', () => {
    const dictionary = new TermDictionary(4);
    const terms = Array.from({ length: 1000 }, (_, i) => `term${i}`);
    const ids = terms.map((term) => dictionary.idOf(term));
    expect(ids).toEqual(terms.map((_, i) => i));
    expect(terms.map((term) => dictionary.idOf(`${term}`))).toEqual(ids);
    expect(dictionary.size).toBe(1000);
  });

  it('keeps two terms apart when they land in the same slot', () => {
    // Two short strings whose hashes share their low 16 bits: the same slot in a 2^16 table.
    const seen = new Map<number, string>();
    let pair: [string, string] | null = null;
    for (let i = 0; pair === null && i < 200_000; i++) {
      const term = i.toString(36);
      const hash = termHash(term) & 0xffff;
      const other = seen.get(hash);
      if (other !== undefined) pair = [other, term];
      else seen.set(hash, term);
    }
    const dictionary = new TermDictionary(1 << 16);
    const [a, b] = pair!;
    expect(dictionary.idOf(a)).not.toBe(dictionary.idOf(b));
    expect(dictionary.idOf(a)).toBe(0);
    expect(dictionary.idOf(b)).toBe(1);
  });
});

describe('termHash', () => {
  it('is FNV-1a: fixed for a term, different for different terms', () => {
    expect(termHash('')).toBe(0x811c9dc5 | 0);
    expect(termHash('a')).toBe(0xe40c292c | 0);
    expect(termHash('strike')).toBe(termHash('strike'));
    expect(termHash('strike')).not.toBe(termHash('strik'));
  });
});
