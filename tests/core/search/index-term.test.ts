import { describe, expect, it } from 'vitest';
import { foldWord, indexTerm, isStopWord } from '../../../main/core/search/index-term';

describe('indexTerm', () => {
  it('stems words as lunr does, so inflections meet', () => {
    expect(indexTerm('shipments')).toBe(indexTerm('shipment'));
    expect(indexTerm('Elections')).toBe(indexTerm('election'));
    expect(indexTerm('striking')).toBe(indexTerm('strike'));
  });

  it('folds case, accents and possessives', () => {
    expect(indexTerm('ZÜRICH')).toBe('zurich');
    expect(indexTerm("Korea's")).toBe(indexTerm('Korea'));
    expect(indexTerm('2,500')).toBe('2500');
  });

  it('drops stop words', () => {
    expect(indexTerm('the')).toBeNull();
    expect(indexTerm('The')).toBeNull();
    expect(indexTerm('said')).toBeNull();
  });

  it('keeps words of other scripts whole', () => {
    expect(indexTerm('Москва')).toBe('москва');
  });
});

describe('foldWord', () => {
  it('folds without stemming', () => {
    expect(foldWord("Ships'")).toBe('ships');
    expect(foldWord('Café')).toBe('cafe');
  });
});

describe('isStopWord', () => {
  it('knows lunr’s English stop words', () => {
    expect(isStopWord('and')).toBe(true);
    expect(isStopWord('harbour')).toBe(false);
  });
});
