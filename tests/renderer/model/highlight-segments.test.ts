import { describe, expect, it } from 'vitest';
import { countMatches, highlightSegments } from '../../../renderer/src/model/highlight-segments';

describe('highlightSegments', () => {
  it('splits a text at its match ranges', () => {
    expect(highlightSegments('a cat sat', [[2, 5]])).toEqual([
      { text: 'a ', match: false },
      { text: 'cat', match: true },
      { text: ' sat', match: false },
    ]);
  });

  it('sorts, merges overlapping ranges and clamps ranges outside the text', () => {
    expect(
      highlightSegments('abcdefgh', [
        [5, 20],
        [0, 2],
        [1, 3],
        [-4, 0],
      ]),
    ).toEqual([
      { text: 'abc', match: true },
      { text: 'de', match: false },
      { text: 'fgh', match: true },
    ]);
  });

  it('gives the whole text as one plain segment without ranges', () => {
    expect(highlightSegments('plain', undefined)).toEqual([{ text: 'plain', match: false }]);
    expect(highlightSegments('', [])).toEqual([{ text: '', match: false }]);
  });

  it('keeps every character, in order', () => {
    const text = 'The tide rose at the harbour at dawn';
    const segments = highlightSegments(text, [
      [4, 8],
      [21, 28],
      [17, 20],
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });
});

describe('countMatches', () => {
  it('counts the marks after merging', () => {
    expect(
      countMatches('abcdef', [
        [0, 2],
        [1, 3],
        [4, 5],
      ]),
    ).toBe(2);
    expect(countMatches('abcdef', undefined)).toBe(0);
  });
});
