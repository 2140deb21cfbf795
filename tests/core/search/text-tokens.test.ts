import { describe, expect, it } from 'vitest';
import { forEachWord, tokenizeText, wordsOf } from '../../../main/core/search/text-tokens';

describe('tokenizeText', () => {
  it('cuts text into words with their offsets in the text', () => {
    const text = 'Oil prices rose, the U.S. said.';
    const tokens = tokenizeText(text);
    expect(tokens.map((token) => token.text)).toEqual([
      'Oil',
      'prices',
      'rose',
      'the',
      'U.S',
      'said',
    ]);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it('keeps apostrophes, decimal points and digit groups inside words', () => {
    expect(wordsOf("Korea's O'Brien 3.5 2,500")).toEqual(["Korea's", "O'Brien", '3.5', '2,500']);
    expect(wordsOf('rock’n’roll')).toEqual(['rock’n’roll']);
  });

  it('splits on hyphens, slashes, colons, dashes and commas between words', () => {
    expect(wordsOf('cross-border oil/gas Q&A: UPDATE 2: — a,b')).toEqual([
      'cross',
      'border',
      'oil',
      'gas',
      'Q',
      'A',
      'UPDATE',
      '2',
      'a',
      'b',
    ]);
  });

  it('keeps accented letters, combining marks and letters outside the basic plane', () => {
    expect(wordsOf('Zürich Cafe\u0301 𝐀lpha 東京')).toEqual([
      'Zürich',
      'Cafe\u0301',
      '𝐀lpha',
      '東京',
    ]);
  });

  it('marks a word that follows a line break, so no phrase spans paragraphs', () => {
    const tokens = tokenizeText('end of one\n\nstart of two');
    expect(tokens.map((token) => token.afterBreak)).toEqual([
      false,
      false,
      false,
      true,
      false,
      false,
    ]);
  });

  it('finds nothing in punctuation', () => {
    expect(tokenizeText('-- ... !? " \' —')).toEqual([]);
  });
});

describe('forEachWord', () => {
  it('visits the same words as tokenizeText', () => {
    const text = "The harbour's pilots\nwalked — off 2,500 jobs.";
    const words: string[] = [];
    forEachWord(text, (word) => words.push(word));
    expect(words).toEqual(tokenizeText(text).map((token) => token.text));
  });
});
