import { describe, expect, it } from 'vitest';
import {
  HEADLINE_VARIANT_KINDS,
  headlineVariant,
  someHeadlineVariant,
} from '../../../tools/generate/headline-variant';
import { SeededRandom } from '../../../tools/generate/seeded-random';
import { normaliseTitle } from '../../../main/core/story/normalise-title';

const TITLE = "Zoë Brask says port deal is 'a fresh start' – what we know";

describe('headlineVariant', () => {
  it('changes the spelling but never the normalised title', () => {
    for (const kind of HEADLINE_VARIANT_KINDS) {
      const variant = headlineVariant(TITLE, kind);
      expect(variant, kind).not.toBe(TITLE);
      expect(normaliseTitle(variant), kind).toBe(normaliseTitle(TITLE));
    }
  });

  it('spells quotes, dashes, accents and case as a site might', () => {
    expect(headlineVariant(TITLE, 'curly-quotes')).toContain('\u2018a fresh start\u2019');
    expect(headlineVariant(TITLE, 'dash')).toContain(' - what');
    expect(headlineVariant(TITLE, 'accents')).toContain('Zoe Brask');
    expect(headlineVariant(TITLE, 'lower')).toBe(TITLE.toLowerCase());
    expect(headlineVariant(TITLE, 'title-case')).toContain('Says Port Deal Is');
  });
});

describe('someHeadlineVariant', () => {
  it('returns a different spelling when one exists', () => {
    const random = new SeededRandom(1);
    for (let i = 0; i < 20; i++)
      expect(someHeadlineVariant(random, 'plain words')).not.toBe('plain words');
  });
});
