/**
 * The Markdown export's promise, as a property: a story read from its file, exported as
 * Markdown and read back, has the same title, date, section, byline, dateline, source,
 * captions, paragraphs and related block — whatever its text holds. The stories are text
 * files in the archive's layout, built from words that look like front matter (`date:`,
 * `tags:`, `---`), Markdown (`#`, `>`, `*`, `[x]`, a trailing ` #`), money (`$5`), quotes and
 * YAML's own characters: the cases where issue 21 found 41 of 65 stories came back changed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Story } from '../../../contract/api';
import { storyAsMarkdown } from '../../../main/core/export/markdown-export';
import { storyFromBytes } from '../../../main/core/story/read-story-file';

const WORDS = [
  'date:',
  'date: 2021-01-01',
  'tags:',
  'tags: [a, b]',
  'title:',
  'related:',
  '---',
  '...',
  '$',
  '$5',
  '$$x$$',
  '#',
  '##',
  '>',
  '-',
  '*',
  '[x]',
  '(y)',
  '`',
  '~~',
  '\\',
  '"',
  "'",
  ':',
  '{',
  '}',
  '|',
  '&amp;',
  '!',
  '%',
  '@',
  'yes',
  'null',
  '2022-11-08',
  '1.',
  'Harbour',
  'pilots',
  'strike',
  'Ørsted',
  'café',
  '—',
];

const line = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 7 })
  .map((words) => words.join(' '));

/** A story file in the archive's text layout (shared/design/story-format.md). */
function storyFile(parts: {
  title: string;
  byline: string;
  paragraphs: string[];
  headlines: string[];
  caption?: string;
  dateline?: string;
}): string {
  const related =
    parts.headlines.length > 0
      ? ['More From World:', '', ...parts.headlines.flatMap((headline) => [headline, headline, ''])]
      : [];
  return [
    ' date 2022-11-08  \u00a0',
    'world',
    'Tuesday Nov 08 2022',
    'By',
    parts.byline,
    '',
    parts.title,
    '',
    'By',
    parts.byline,
    '',
    'Tuesday Nov 08, 2022',
    '',
    ...(parts.caption ? [parts.caption.replace(/'/g, ''), parts.caption, ''] : []),
    ...parts.paragraphs.flatMap((paragraph, at) => [
      at === 0 && parts.dateline ? `${parts.dateline}: ${paragraph}` : paragraph,
      '',
    ]),
    ...related,
  ].join('\n');
}

function read(bytes: Uint8Array, file: string): Story {
  const result = storyFromBytes(bytes, file);
  if (!result.ok) throw new Error(result.skipped.reason);
  return result.story;
}

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

describe('Markdown export → read back', () => {
  it('carries every field exactly, whatever the text holds', () => {
    fc.assert(
      fc.property(
        line,
        line,
        fc.array(line, { minLength: 1, maxLength: 4 }),
        fc.array(line, { maxLength: 3 }),
        fc.option(line, { nil: undefined }),
        fc.option(fc.constantFrom('SEOUL', 'ST. IVES', 'NEW YORK'), { nil: undefined }),
        (title, byline, paragraphs, headlines, caption, dateline) => {
          const original = read(
            Buffer.from(
              storyFile({
                title,
                byline,
                paragraphs,
                headlines,
                ...(caption ? { caption } : {}),
                ...(dateline ? { dateline } : {}),
              }),
            ),
            'story.txt',
          );
          const markdown = storyAsMarkdown({
            story: original,
            state: { starred: false, read: false, tags: ['x'], notes: [], highlights: [] },
            source: original.source,
          });
          expect(carried(read(Buffer.from(markdown), 'story.md'))).toEqual(carried(original));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('carries a headline ending in " #" (a heading would drop it)', () => {
    const original = read(
      Buffer.from(
        storyFile({
          title: 'Charts: the number one #',
          byline: 'Desk',
          paragraphs: ['Body.'],
          headlines: [],
        }),
      ),
      'story.txt',
    );
    const markdown = storyAsMarkdown({
      story: original,
      state: { starred: false, read: false, tags: [], notes: [], highlights: [] },
    });
    expect(read(Buffer.from(markdown), 'story.md').title).toBe('Charts: the number one #');
    expect(read(Buffer.from(markdown), 'story.md').paragraphs).toEqual(['Body.']);
  });
});
