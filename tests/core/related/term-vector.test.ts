import { describe, expect, it } from 'vitest';
import { storyTermVector, TERM_VECTOR_SIZE } from '../../../main/core/related/term-vector';
import { sketchStory } from '../../fixtures/related/related-docs';

describe('storyTermVector', () => {
  it('counts stemmed, folded terms and leaves out stop words and numbers', () => {
    const vector = storyTermVector(
      sketchStory({
        id: 'a',
        title: 'Café owners protest',
        date: '2022-01-01',
        text: 'The CAFE owners were protesting. Cafe prices rose 12 percent in 2022, the owners said.',
      }),
    );
    const count = (term: string): number => vector.counts[vector.terms.indexOf(term)] ?? 0;
    expect(count('cafe')).toBe(3);
    expect(count('owner')).toBe(3);
    expect(count('protest')).toBe(2);
    expect(vector.terms).not.toContain('the');
    expect(vector.terms).not.toContain('12');
    expect(vector.terms).not.toContain('2022');
    expect(vector.length).toBe(vector.counts.reduce((a, b) => a + b, 0));
  });

  it('ranks title words and names above words said as often', () => {
    const vector = storyTermVector(
      sketchStory({
        id: 'b',
        title: 'Harbour reopens',
        date: '2022-01-01',
        text: 'Ships returned as the harbour reopened. Officials met Mira Tolvan on Monday. Trade resumed and ships queued.',
      }),
    );
    expect(vector.terms.slice(0, 2)).toEqual(['harbour', 'reopen']);
    expect(vector.terms.indexOf('tolvan')).toBeLessThan(vector.terms.indexOf('trade'));
    expect(vector.terms.indexOf('ship')).toBeLessThan(vector.terms.indexOf('trade'));
  });

  it('keeps at most TERM_VECTOR_SIZE terms, the most frequent first', () => {
    const words = Array.from(
      { length: TERM_VECTOR_SIZE + 100 },
      (_, i) =>
        `word${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}x`,
    );
    const text = [...words, ...words.slice(0, 5), ...words.slice(0, 5)].join(' ');
    const vector = storyTermVector(sketchStory({ id: 'c', title: '', date: null, text }));
    expect(vector.terms).toHaveLength(TERM_VECTOR_SIZE);
    expect(vector.counts.slice(0, 5)).toEqual([3, 3, 3, 3, 3]);
    expect(vector.counts[5]).toBe(1);
    expect(vector.length).toBe(TERM_VECTOR_SIZE + 110);
  });

  it('with rarities, keeps a rare telling word over a common one said more often', () => {
    const story = sketchStory({
      id: 'd',
      title: '',
      date: null,
      text: 'Shares rose. Shares fell. Shares rose again as Zorvath Mining reported.',
    });
    const rarity = (term: string): number => (term === 'share' ? 0.1 : 5);
    const vector = storyTermVector(story, 2, rarity);
    expect(vector.terms).not.toContain('share');
    expect(storyTermVector(story, 2).terms).toContain('share');
  });
});
