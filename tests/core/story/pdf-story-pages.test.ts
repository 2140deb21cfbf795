/**
 * Opening one story of a PDF export reads only its pages (read-stories.ts:
 * readPdfStoryPages): the whole file's reading gives each story its pages and the file's
 * running heads, and reading the story again from those pages alone gives the same story.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Story } from '../../../main/core/model/story';
import { readPdfStoryPages, readStories } from '../../../main/core/story/read-stories';

const pdf = readFileSync(join(__dirname, '../../fixtures/exports/nexis-uni.pdf'));

async function wholeFile(): Promise<Story[]> {
  const read = await readStories(pdf, 'uni.pdf', { id: 'uni' });
  if (!read.ok) throw new Error(read.skipped.reason);
  return read.stories;
}

describe('readPdfStoryPages', () => {
  it('gives each story of a PDF export the pages it is on', async () => {
    const stories = await wholeFile();
    expect(stories).toHaveLength(3);
    const spans = stories.map((story) => story.pages!);
    spans.forEach((span, at) => {
      expect(span.first).toBeLessThanOrEqual(span.last);
      if (at > 0) expect(span.first).toBeGreaterThanOrEqual(spans[at - 1]!.last);
    });
    expect(spans[2]!.last).toBeGreaterThan(spans[0]!.first);
  });

  it('reads a story from its pages alone: the same story, and only its pages opened', async () => {
    const stories = await wholeFile();
    const total = stories.at(-1)!.pages!.last;
    for (const story of stories) {
      const found = await readPdfStoryPages(pdf, 'uni.pdf', story as Required<Story>, {
        id: 'uni',
      });
      expect(found?.story).toEqual(story);
      // Its pages, and the page after them (where the line closing it may stand).
      const span = story.pages!.last - story.pages!.first + 1;
      expect(found!.pagesRead).toBeGreaterThanOrEqual(span);
      expect(found!.pagesRead).toBeLessThanOrEqual(span + 1);
      expect(found!.pagesRead).toBeLessThan(total);
    }
  });

  it('answers null when the story is not on those pages (the file changed since)', async () => {
    const [first, , third] = await wholeFile();
    const wrong = { ...third!, pages: first!.pages! };
    expect(await readPdfStoryPages(pdf, 'uni.pdf', wrong, { id: 'uni' })).toBeNull();
  });
});
