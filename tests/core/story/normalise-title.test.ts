import { describe, expect, it } from 'vitest';
import { normaliseTitle } from '../../../main/core/story/normalise-title';

describe('normaliseTitle', () => {
  it('folds case, quotes and apostrophes', () => {
    expect(normaliseTitle('Trump says he’ll make a “big announcement”')).toBe(
      normaliseTitle("trump says hell make a 'big announcement'"),
    );
    expect(normaliseTitle("Mariners' Khattak")).toBe(normaliseTitle('Mariners Khattak'));
    expect(normaliseTitle('KESTREL SENDS BACK FIRST IMAGES')).toBe(
      'kestrel sends back first images',
    );
  });

  it('folds dashes and runs of whitespace into one space', () => {
    expect(normaliseTitle('Flood–hit villages')).toBe('flood hit villages');
    expect(normaliseTitle('Flood-hit  villages ')).toBe('flood hit villages');
    expect(normaliseTitle('Flood — hit\tvillages')).toBe('flood hit villages');
  });

  it('folds accents of Latin letters, composed or not', () => {
    expect(normaliseTitle('Zürich café')).toBe('zurich cafe');
    expect(normaliseTitle('Zu\u0308rich cafe\u0301')).toBe('zurich cafe');
    expect(normaliseTitle('Storm Ciarán')).toBe(normaliseTitle('storm ciaran'));
  });

  it('keeps the marks that carry meaning in other scripts, and other punctuation', () => {
    expect(normaliseTitle('नमस्ते')).toBe('नमस्ते');
    expect(normaliseTitle('東京の花見')).toBe('東京の花見');
    expect(normaliseTitle('COP27: What')).not.toBe(normaliseTitle('COP27 What'));
  });

  it('gives an empty key for a title with no words', () => {
    expect(normaliseTitle(' “ ” – ')).toBe('');
  });
});
