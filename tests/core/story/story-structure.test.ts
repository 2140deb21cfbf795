/**
 * Structure a story keeps besides its words (issue 20): subheadings (`##`, `<h2>`/`<h3>`) and
 * struck-through words (`~~two~~`, `<s>`) are in the Story and written back by the Markdown
 * and HTML exports, while the text search indexes is word for word what it was; a byline in a
 * theme's `<div class="author-info">` is found; a page filed under `/world/` (its address or
 * its folder) is in the World section.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportItem } from '../../../main/core/export/export-item';
import { storiesAsHtml } from '../../../main/core/export/html-export';
import { storyAsMarkdown } from '../../../main/core/export/markdown-export';
import type { Story } from '../../../main/core/model/story';
import { indexedTextOf } from '../../../main/core/search/index-fields';
import { storyFromBytes } from '../../../main/core/story/read-story-file';

const STRUCTURE = join(__dirname, '../../fixtures/structure');

function read(file: string, bytes: Uint8Array = readFileSync(join(STRUCTURE, file))): Story {
  const result = storyFromBytes(bytes, file);
  if (!result.ok) throw new Error(result.skipped.reason);
  return result.story;
}

const item = (story: Story): ExportItem => ({
  story,
  source: story.source,
  state: { starred: false, read: false, tags: [], notes: [], highlights: [] },
});

describe('a saved page’s structure', () => {
  const page = read('world/ferry-strike.html');

  it('keeps <h2> and <h3> as subheadings, and <s> as struck words', () => {
    expect(page.paragraphs[2]).toBe('What the operator says');
    expect(page.paragraphs[4]).toBe('Island businesses worried');
    expect(page.subheadings).toEqual([
      { paragraph: 2, level: 2 },
      { paragraph: 4, level: 3 },
    ]);
    const struck = page.struck ?? [];
    expect(struck).toHaveLength(1);
    const [only] = struck;
    expect(page.paragraphs[only!.paragraph]!.slice(only!.start, only!.end)).toBe('four');
  });

  it('finds the byline in <div class="author-info">, without the job title beside it', () => {
    expect(page.byline).toBe('Mira Castell');
  });

  it('is in the World section: its address is under /world/', () => {
    expect(page.section).toBe('world');
  });

  it('is in the World section when only its folder says so', () => {
    const html = readFileSync(join(STRUCTURE, 'world/ferry-strike.html'), 'utf8').replace(
      /<link rel="canonical"[^>]*>/,
      '',
    );
    expect(read('world/ferry-strike.html', Buffer.from(html)).section).toBe('world');
    expect(read('saved/ferry-strike.html', Buffer.from(html)).section).toBe('unfiled');
  });

  it('leaves the indexed text as it was: the words, no marks', () => {
    const text = indexedTextOf(page);
    expect(JSON.stringify(text)).not.toMatch(/[\uFDD0-\uFDEF]/);
    expect(JSON.stringify(page)).not.toMatch(/[\uFDD0-\uFDEF]/);
    expect(page.paragraphs[3]).toContain('with four two sailings a day');
  });
});

describe('a Markdown clipping’s structure', () => {
  const clipping = read('harbour-notes.md');

  it('keeps ## and ### as subheadings and ~~two~~ as struck, the text reading "two three"', () => {
    expect(clipping.subheadings).toEqual([
      { paragraph: 1, level: 2 },
      { paragraph: 3, level: 3 },
    ]);
    expect(clipping.paragraphs[1]).toBe('Why now');
    expect(clipping.paragraphs[2]).toBe(
      'The work was planned for two three years, and was put off each spring while the fishing fleet was in port.',
    );
    expect(clipping.struck).toEqual([{ paragraph: 2, start: 25, end: 28 }]);
  });

  it('is written back by the Markdown export as headings and ~~, and reads back the same', () => {
    const markdown = storyAsMarkdown(item(clipping));
    expect(markdown).toContain('\n## Why now\n');
    expect(markdown).toContain('\n### Who is affected\n');
    expect(markdown).toContain('planned for ~~two~~ three years');
    const again = read('harbour-notes.md', Buffer.from(markdown));
    expect(again.paragraphs).toEqual(clipping.paragraphs);
    expect(again.subheadings).toEqual(clipping.subheadings);
    expect(again.struck).toEqual(clipping.struck);
  });

  it('is written by the HTML export as <h2>, <h3> and <s>', () => {
    const html = storiesAsHtml([item(clipping)], 'harbour');
    expect(html).toContain('<h2>Why now</h2>');
    expect(html).toContain('<h3>Who is affected</h3>');
    expect(html).toContain('planned for <s>two</s> three years');
  });
});
