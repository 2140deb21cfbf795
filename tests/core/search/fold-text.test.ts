import { describe, expect, it } from 'vitest';
import { foldText } from '../../../main/core/search/fold-text';

describe('foldText', () => {
  it('folds case and accents so a reader finds the word however it is typed', () => {
    expect(foldText('Café')).toBe('cafe');
    expect(foldText('ZÜRICH')).toBe('zurich');
    expect(foldText('naïve')).toBe('naive');
    expect(foldText('São Paulo')).toBe('sao paulo');
  });

  it('treats a precomposed and a decomposed accent alike', () => {
    expect(foldText('Cafe\u0301')).toBe(foldText('Caf\u00e9'));
  });

  it('spells out letters that have no accent to strip', () => {
    expect(foldText('Straße')).toBe('strasse');
    expect(foldText('Łódź')).toBe('lodz');
    expect(foldText('Ærø')).toBe('aero');
    expect(foldText('Œuvre')).toBe('oeuvre');
  });

  it('keeps letters of other scripts', () => {
    expect(foldText('Москва')).toBe('москва');
    expect(foldText('東京')).toBe('東京');
  });
});
