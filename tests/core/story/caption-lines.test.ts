import { describe, expect, it } from 'vitest';
import { looksLikeCaptionCredit, nearDuplicateLines } from '../../../main/core/story/caption-lines';

describe('nearDuplicateLines', () => {
  it('pairs alt text and caption that differ only by apostrophes', () => {
    expect(
      nearDuplicateLines(
        'A drill by the Peoples Army near the border. Agency via Wire',
        "A drill by the People's Army near the border. Agency via Wire",
      ),
    ).toBe(true);
  });

  it('pairs lines that differ by a word or two', () => {
    expect(
      nearDuplicateLines(
        'Rescue teams search the rubble of a collapsed building in the old town on Monday. Photo: Wire',
        'Rescue teams search the rubble of a collapsed school building in the old town on Monday. Photo: Wire',
      ),
    ).toBe(true);
  });

  it('does not pair two different paragraphs of similar length', () => {
    expect(
      nearDuplicateLines(
        'The council asked for the posts to be restored after storms cut power twice.',
        'The keepers will also count the puffins that nest below the tower each spring.',
      ),
    ).toBe(false);
    expect(nearDuplicateLines('', '')).toBe(false);
  });
});

describe('looksLikeCaptionCredit', () => {
  it('recognises photo credits at the end and photo labels at the start', () => {
    expect(looksLikeCaptionCredit('Soldiers march in the square. KCNA via Reuters')).toBe(true);
    expect(looksLikeCaptionCredit('Runners cross the bridge, May 2. Photo: Staff')).toBe(true);
    expect(looksLikeCaptionCredit('The orbiter in the clean room. Image: Space Agency')).toBe(true);
    expect(looksLikeCaptionCredit('Photo: the harbour at dawn')).toBe(true);
  });

  it('does not take a body sentence that names an agency for a credit', () => {
    expect(looksLikeCaptionCredit('The official told Reuters.')).toBe(false);
    expect(looksLikeCaptionCredit('Prices rose 3% in October, the bureau said.')).toBe(false);
  });
});
