/**
 * escapeMarkdownText (main/core/story/markdown-escape.ts): any paragraph, escaped and read by
 * the Markdown reader, comes back as the same text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdownText } from '../../../main/core/story/markdown-escape';
import { markdownBlocks } from '../../../main/core/story/markdown-blocks';

/** Story paragraphs: one line, trimmed, drawn from text heavy in Markdown's characters. */
const paragraph = fc
  .array(
    fc.constantFrom(
      ...'#>-+*_=`~[]()<>!&;|\\:.) 1 2 9 a b Z é ’ “ ” amp; #39; http://x.y www.a.com a@b.c'.split(
        ' ',
      ),
      ' ',
      '  ',
      'word',
      '1.',
      '2)',
    ),
    { minLength: 1, maxLength: 24 },
  )
  .map((parts) => parts.join('').trim())
  .filter((text) => text !== '');

describe('escapeMarkdownText', () => {
  it('escapes what would start a heading, a quote, a list item or inline markup', () => {
    expect(escapeMarkdownText('# 1 in the charts')).toBe('\\# 1 in the charts');
    expect(escapeMarkdownText('3. Tom & Jerry *live*')).toBe('3\\. Tom & Jerry \\*live\\*');
    expect(escapeMarkdownText('Fish &amp; chips')).toBe('Fish \\&amp; chips');
    expect(escapeMarkdownText('A plain sentence.')).toBe('A plain sentence.');
  });

  it('reads back as the same text, whatever the text', () => {
    fc.assert(
      fc.property(paragraph, (text) => {
        const blocks = markdownBlocks(`${escapeMarkdownText(text)}\n`);
        expect(blocks.map((block) => block.text)).toEqual([text]);
      }),
      { numRuns: 500 },
    );
  });
});
