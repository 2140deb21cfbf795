import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatSection,
  formatStoryDate,
  pluralise,
} from '../../../renderer/src/model/story-dates';

describe('formatStoryDate', () => {
  it('formats a calendar day without shifting it by a time zone', () => {
    expect(formatStoryDate('2022-11-08')).toBe('8 Nov 2022');
    expect(formatStoryDate('2022-11-08', 'long')).toBe('Tuesday, 8 November 2022');
  });

  it('says No date for no date and keeps a date it cannot read', () => {
    expect(formatStoryDate(null)).toBe('No date');
    expect(formatStoryDate('last week')).toBe('last week');
  });
});

describe('formatSection', () => {
  it('turns a slug into words', () => {
    expect(formatSection('middle-east')).toBe('Middle east');
    expect(formatSection('')).toBe('Unfiled');
  });
});

describe('formatCount', () => {
  it('groups thousands', () => {
    expect(formatCount(12345)).toBe('12,345');
  });
});

describe('pluralise', () => {
  it('chooses the word for the count', () => {
    expect(pluralise(1, 'story', 'stories')).toBe('1 story');
    expect(pluralise(2, 'story', 'stories')).toBe('2 stories');
  });
});
