import { describe, expect, it } from 'vitest';
import { readStoryHeader } from '../../../main/core/story/story-header';

const lines = (text: string): string[] => text.split('\n').map((line) => line.trim());

describe('readStoryHeader', () => {
  it('reads the full header and points after the display date', () => {
    const header = readStoryHeader(
      lines(
        ' date 2022-11-08 \nworld\nTuesday Nov 08 2022\nBy\nWire\n\nTitle here\n\nBy\nWire\n\nTuesday Nov 08, 2022\n\nBody',
      ),
    );
    expect(header).toMatchObject({
      plain: false,
      headerDate: '2022-11-08',
      section: 'world',
      longDate: '2022-11-08',
      displayDate: '2022-11-08',
      byline: 'Wire',
      title: 'Title here',
      next: 12,
    });
  });

  it('reads a header without blank lines and without a date header', () => {
    const header = readStoryHeader(lines('business\nMonday Oct 17 2022\nBy\nDesk\nTitle\nBody'));
    expect(header).toMatchObject({
      plain: false,
      dateHeaderLine: null,
      section: 'business',
      byline: 'Desk',
      title: 'Title',
      next: 5,
    });
  });

  it('lower-cases a capitalised section followed by the long date', () => {
    expect(readStoryHeader(lines('World\nMonday Oct 17 2022\n\nTitle')).section).toBe('world');
  });

  it('calls a file with no header parts plain, and takes its first line as the title', () => {
    expect(readStoryHeader(lines('\n\nA title line\n\nBody'))).toMatchObject({
      plain: true,
      title: 'A title line',
      next: 3,
    });
  });

  it('has no title when the header runs out', () => {
    expect(readStoryHeader(lines(' date 2022-11-08\nworld')).title).toBeNull();
    expect(readStoryHeader([]).title).toBeNull();
  });
});
