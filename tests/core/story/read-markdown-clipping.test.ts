/**
 * The Markdown reader (main/core/story/read-markdown-clipping.ts) on the clipping fixtures,
 * and the round trip of the export format: every story of the sample archive and the story
 * fixtures, written as Clippings exports it, reads back with the same fields.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Story } from '../../../contract/api';
import { ReadBudget } from '../../../main/core/story/read-budget';
import { readMarkdownClipping } from '../../../main/core/story/read-markdown-clipping';
import { storyFromBytes } from '../../../main/core/story/read-story-file';
import { storyAsExportMarkdown } from './export-markdown';
import { CLIPPING_FIXTURES, fixtureStoryIn } from './page-fixtures';
import { SAMPLE_ARCHIVE, STORY_FIXTURES, STORY_KEYS, storyKeys } from './story-fixtures';

const clipping = (name: string) => fixtureStoryIn(CLIPPING_FIXTURES, name);

/** What the export format promises to carry back. */
const carried = (story: Story) => ({
  title: story.title,
  date: story.date,
  section: story.section,
  byline: story.byline,
  dateline: story.dateline,
  source: story.source,
  captions: story.captions,
  paragraphs: story.paragraphs,
  related: story.related,
});

function readBack(markdown: string): Story {
  const read = readMarkdownClipping(Buffer.from(markdown), 'export.md', {});
  if (!read.ok) throw new Error(read.reason);
  return read.story;
}

describe('readMarkdownClipping', () => {
  it("reads a web clipper's front matter: title, source, [[author]], published, category", () => {
    const story = clipping('web-clipper.md');
    expect(storyKeys(story)).toEqual(STORY_KEYS);
    expect(story).toMatchObject({
      format: 'markdown',
      title: 'Seal pups counted on the sandbanks: a record year',
      source: 'https://coastwatch.example.com/nature/seal-pup-count',
      byline: 'Ruth Calder',
      date: '2023-12-04',
      section: 'nature',
      warnings: [],
    });
  });

  it('keeps text and link text; leaves out images, link targets, markup and scripts', () => {
    const story = clipping('web-clipper.md');
    expect(story.paragraphs).toEqual([
      'Rangers counted 412 grey seal pups on the outer sandbanks this winter, the most since the count began in 1989, the Coastwatch Trust said.',
      'Why the numbers rose',
      'Milder storms meant fewer pups were washed off the banks in their first weeks, said ranger Ellis Moor. Visitors are asked to keep 100 metres away:',
      'stay behind the rope line on the dunes;',
      'keep dogs on a lead, even on the beach.',
      '"A pup that is left alone is not abandoned," Moor said.',
      'The trust counts from the air in December and from boats in January. Fish & chip shops on the front report a busy season.',
      'Year · Pups',
      '2022 · 371',
      '2023 · 412',
    ]);
    const text = JSON.stringify(story);
    for (const trace of [
      'https://coastwatch.example.com/img',
      'about',
      'track(',
      '**',
      '](',
      '![',
      '&amp;',
    ]) {
      expect(text.replace(story.source ?? '', '')).not.toContain(trace);
    }
  });

  it('takes the first # heading as the title without front matter', () => {
    expect(clipping('no-front-matter.md')).toMatchObject({
      title: 'Lifeboat crew rescues kayakers in fog',
      date: null,
      paragraphs: [
        'Saved from the Harbour Post, 12 March 2024',
        'Two kayakers were rescued off Gull Point on Sunday after fog rolled in faster than forecast, the lifeboat station said.',
        'The crew found the pair using the sound of a whistle, as trained, and brought them ashore within the hour.',
      ],
      warnings: ['The clipping has no date, so the story has none.'],
    });
  });

  it('takes the first line as the title when there is no heading either, and says so', () => {
    expect(clipping('no-heading.md')).toMatchObject({
      title: 'Notes from the parish council meeting',
      paragraphs: ['The council agreed to repaint the bus shelter on Mill Lane before the summer.'],
      warnings: expect.arrayContaining([
        'The clipping has no title; its first line is taken as the title.',
      ]),
    });
  });

  it('reads the body when the front matter is broken, and says so', () => {
    expect(clipping('bad-front-matter.md')).toMatchObject({
      title: 'Broken front matter still has a body',
      paragraphs: ['The body is read even when the front matter is not.'],
      warnings: expect.arrayContaining(['The front matter is not valid YAML; it was left out.']),
    });
  });

  it('reads the export format exactly as the contract shows it', () => {
    expect(clipping('export.md')).toMatchObject({
      title: 'Harbour pilots end strike after three weeks',
      date: '2022-11-08',
      section: 'world',
      byline: 'Desk Reporter',
      dateline: 'SEOUL',
      source: 'https://example.com/news/harbour-pilots',
      captions: ['Pilots wait at the harbour gate on Tuesday.'],
      paragraphs: [
        'First paragraph of the body (without its dateline prefix).',
        'Second paragraph.',
      ],
      related: { label: 'More From World:', headlines: ['Port strike talks resume'] },
      warnings: [],
    });
  });

  it('accepts the clipper variants of author, date, section and source', () => {
    const read = (front: string) => readBack(`---\n${front}\n---\n\nBody text.\n`);
    expect(read('title: T\nauthors: [Ana Ruiz, "[[Ben Holt|B. Holt]]", Cy Dunn]')).toMatchObject({
      byline: 'Ana Ruiz, B. Holt and Cy Dunn',
    });
    expect(read('title: T\nauthor: "[[Ana Ruiz]]"\ncreated: 2024-01-10T10:00:00Z')).toMatchObject({
      byline: 'Ana Ruiz',
      date: '2024-01-10',
    });
    expect(read('title: T\npublished: 2023-07-01\ncreated: 2024-01-10')).toMatchObject({
      date: '2023-07-01',
    });
    expect(read('title: T\ncategory: [Local News]\nurl: https://a.example/x')).toMatchObject({
      section: 'local news',
      source: 'https://a.example/x',
    });
    expect(read('title: 1984\nsource: "javascript:alert(1)"\ntags: a, b')).toMatchObject({
      title: '1984',
      source: null,
    });
  });

  it('reads back every sample-archive and fixture story exported as Markdown, field for field', () => {
    const sources: { folder: string; name: string }[] = [
      ...readdirSync(SAMPLE_ARCHIVE)
        .filter((name) => name.endsWith('.txt'))
        .map((name) => ({ folder: SAMPLE_ARCHIVE, name })),
      ...readdirSync(STORY_FIXTURES)
        .filter((name) => name.endsWith('.txt'))
        .map((name) => ({ folder: STORY_FIXTURES, name })),
    ];
    let compared = 0;
    for (const { folder, name } of sources) {
      const read = storyFromBytes(readFileSync(join(folder, name)), name, {});
      if (!read.ok || read.story.title === '') continue;
      const back = readBack(storyAsExportMarkdown(read.story));
      expect(carried(back), name).toEqual(carried(read.story));
      compared += 1;
    }
    expect(compared).toBeGreaterThan(90);
  });

  it('reads back text that looks like Markdown as text', () => {
    const story: Story = {
      id: 'tricky',
      file: 'tricky.txt',
      format: 'text',
      source: 'https://example.com/a?b=1&c=2',
      date: '2022-11-08',
      section: 'world',
      byline: 'A & B',
      title: '#1 hit: *Tides* [live] <at> the `pier`',
      dateline: 'ST. IVES',
      captions: ['- a caption that starts like a list item', '> or a quote'],
      paragraphs: [
        '# not a heading',
        '> not a quote',
        '- not a list, + nor this',
        '1. not numbered; 2) nor this',
        '*stars*, _underscores_, __double__, ~~struck~~, `ticks`, <b>tags</b>, &amp; entities',
        '[not a link](http://example.com) ![not an image](x.png) <http://example.com>',
        'a backslash \\ and \\* an escaped star, a trailing one \\',
        '--- and === and *** alone are rules no more',
        'Two  spaces  stay  two.',
        '| a | table | row |',
        'www.example.com and mail@example.com stay as written',
      ],
      related: { label: 'More From World:', headlines: ['*Starred* headline', '[Bracketed]'] },
      warnings: [],
    };
    expect(carried(readBack(storyAsExportMarkdown(story)))).toEqual(carried(story));
  });
});

describe('readMarkdownClipping on nesting without end (issue 21)', () => {
  const read = (markdown: string, budget?: ReadBudget) => {
    const result = storyFromBytes(Buffer.from(markdown), 'deep.md', {
      ...(budget ? { budget } : {}),
    });
    if (!result.ok) throw new Error(result.skipped.reason);
    return result.story;
  };

  it('reads 5,000 and 100,000 `>` as plain text, every word kept, with a warning', () => {
    for (const depth of [5_000, 100_000]) {
      const story = read(`# Deep quote\n\n${'>'.repeat(depth)} The words at the bottom.\n`);
      expect(story.title).toBe('Deep quote');
      expect(story.paragraphs).toEqual(['The words at the bottom.']);
      expect(story.warnings.join(' ')).toMatch(/too deeply to read as Markdown/);
    }
  });

  it('reads a list nested 900 levels deep, one item a paragraph', () => {
    const lines = Array.from({ length: 900 }, (_, i) => `${' '.repeat(i * 2)}- item ${i}`);
    const story = read(`# Deep list\n\n${lines.join('\n')}\n`);
    expect(story.paragraphs).toHaveLength(900);
    expect(story.paragraphs[899]).toBe('item 899');
  });

  it('keeps nesting a reader meets in real clippings as Markdown', () => {
    const story = read('# Quotes\n\n> > > A quote in a quote in a quote.\n\n- a\n  - b\n    - c\n');
    expect(story.paragraphs).toEqual(['A quote in a quote in a quote.', 'a', 'b', 'c']);
    expect(story.warnings.join(' ')).not.toMatch(/plain text/);
  });

  it('falls back to plain text when its time budget is spent, losing no word', () => {
    const story = read('# Spent\n\nSome *emphasis* and a [link](http://x).\n', new ReadBudget(0));
    expect(story.paragraphs).toEqual(['Some *emphasis* and a [link](http://x).']);
    expect(story.warnings.join(' ')).toMatch(
      /took longer than its time budget to read; it was read as plain text/,
    );
  });
});
