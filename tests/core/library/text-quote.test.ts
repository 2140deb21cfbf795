/**
 * Highlights anchored by text quote: found again after the story's text changes around them,
 * the right one of several occurrences chosen by the surrounding text, case differences
 * forgiven, and nothing invented when the quote is gone.
 */
import { describe, expect, it } from 'vitest';
import { anchorQuote, readingOrder } from '../../../main/core/library/text-quote';

const story = {
  title: 'Harbour pilots end strike after three weeks',
  captions: ['Pilots wait at the harbour gate.'],
  paragraphs: [
    'The strike lasted three weeks of talks and three weeks of waiting.',
    'Ferries ran again on Tuesday, three weeks late.',
  ],
};

describe('anchorQuote', () => {
  it('finds the occurrence whose surroundings match the stored prefix and suffix', () => {
    expect(
      anchorQuote(story, { quote: 'three weeks', prefix: 'talks and ', suffix: ' of waiting' }),
    ).toEqual({ part: 'paragraph', index: 0, start: 43, end: 54 });
    expect(
      anchorQuote(story, { quote: 'three weeks', prefix: 'Tuesday, ', suffix: ' late' }),
    ).toEqual({
      part: 'paragraph',
      index: 1,
      start: 30,
      end: 41,
    });
    expect(
      anchorQuote(story, { quote: 'three weeks', prefix: 'strike after ', suffix: '' }),
    ).toEqual({
      part: 'title',
      index: 0,
      start: 32,
      end: 43,
    });
  });

  it('reattaches after the file changed around the quote', () => {
    const edited = {
      ...story,
      paragraphs: [
        'A new opening paragraph.',
        'Ferries ran again on Tuesday, three weeks late, officials said.',
      ],
    };
    expect(
      anchorQuote(edited, { quote: 'three weeks', prefix: 'Tuesday, ', suffix: ' late' }),
    ).toEqual({
      part: 'paragraph',
      index: 1,
      start: 30,
      end: 41,
    });
  });

  it('forgives a change of case, and gives up when the words are gone', () => {
    expect(anchorQuote(story, { quote: 'HARBOUR GATE', prefix: '', suffix: '' })).toEqual({
      part: 'caption',
      index: 0,
      start: 19,
      end: 31,
    });
    expect(anchorQuote(story, { quote: 'four weeks', prefix: '', suffix: '' })).toBeNull();
    expect(anchorQuote(story, { quote: '', prefix: '', suffix: '' })).toBeNull();
  });
});

describe('readingOrder', () => {
  it('puts the title before captions before paragraphs, and the unanchored last', () => {
    const paragraph = { part: 'paragraph' as const, index: 0, start: 5, end: 9 };
    const title = { part: 'title' as const, index: 0, start: 0, end: 3 };
    expect([null, paragraph, title].sort(readingOrder)).toEqual([title, paragraph, null]);
  });
});
