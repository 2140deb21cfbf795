import { describe, expect, it } from 'vitest';
import { findRelatedBlock } from '../../../main/core/story/related-block';

describe('findRelatedBlock', () => {
  it('finds the label and keeps one of each headline, in order', () => {
    const lines = [
      'Body.',
      '',
      'More From World:',
      '',
      'A',
      '',
      'A',
      'B',
      'B',
      '',
      '',
      'C',
      '',
      'C',
    ];
    expect(findRelatedBlock(lines, 0)).toEqual({
      start: 2,
      label: 'More From World',
      headlines: ['A', 'B', 'C'],
    });
  });

  it('keeps the second of two near-identical twins (the link text)', () => {
    const lines = [
      'More From Sport:',
      'Mariners Khattak hits century',
      "Mariners' Khattak hits century",
    ];
    expect(findRelatedBlock(lines, 0)?.headlines).toEqual(["Mariners' Khattak hits century"]);
  });

  it('drops a later repeat of an earlier headline', () => {
    const lines = ['More From World:', 'A b', 'C d', 'a B'];
    expect(findRelatedBlock(lines, 0)?.headlines).toEqual(['A b', 'C d']);
  });

  it('accepts a label without a colon and skips lines with no words', () => {
    const lines = ['More from Business', '—', 'Gold rises', 'Gold rises'];
    expect(findRelatedBlock(lines, 0)).toEqual({
      start: 0,
      label: 'More from Business',
      headlines: ['Gold rises'],
    });
  });

  it('is not found before `from`, nor when paragraphs follow the label', () => {
    expect(findRelatedBlock(['More From World:', 'A'], 1)).toBeNull();
    expect(findRelatedBlock(['More From World:', 'x'.repeat(400)], 0)).toBeNull();
    expect(findRelatedBlock(['No block here'], 0)).toBeNull();
  });
});
