/**
 * A Story written in the Clippings Markdown export format (the contract shared with the
 * library's exporter: YAML front matter with the story's fields, absent when empty, then
 * `# Title` and the paragraphs, each escaped with escapeMarkdownText), for the round-trip
 * tests of the Markdown reader. When the exporter lands, the same tests run against it.
 */
import { stringify } from 'yaml';
import type { Story } from '../../../preload/api';
import { escapeMarkdownText } from '../../../main/core/story/markdown-escape';

export function storyAsExportMarkdown(story: Story): string {
  const front: Record<string, unknown> = { title: story.title };
  if (story.date !== null) front.date = story.date;
  front.section = story.section;
  if (story.byline !== null) front.byline = story.byline;
  if (story.dateline !== null) front.dateline = story.dateline;
  if (story.source !== null) front.source = story.source;
  front.id = story.id;
  front.file = story.file;
  if (story.captions.length > 0) front.captions = story.captions;
  if (story.related.headlines.length > 0) {
    front.related = {
      ...(story.related.label === null ? {} : { label: story.related.label }),
      headlines: story.related.headlines,
    };
  }
  const body = [
    `# ${escapeMarkdownText(story.title)}`,
    ...story.paragraphs.map(escapeMarkdownText),
  ];
  return `---\n${stringify(front, { lineWidth: 0 })}---\n\n${body.join('\n\n')}\n`;
}
