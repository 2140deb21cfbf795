/**
 * Writes a story draft as a Markdown clipping, the shape a web clipper saves: YAML front
 * matter (title, source, author as a wiki link, published, category, tags, and the captions
 * and related headlines the page showed), then the headline, the figures as images, and the
 * paragraphs. The same article as renderStoryText writes.
 */
import { stringify } from 'yaml';
import { escapeMarkdownText } from '../../main/core/story/markdown-escape';
import type { StoryDraft } from './render-story';

export function renderStoryClipping(draft: StoryDraft, slug: string): string {
  const front: Record<string, unknown> = {
    title: draft.title,
    source: `https://courier.example.com/${draft.section}/${slug}`,
    author: [`[[${draft.byline}]]`],
    published: `${draft.date.iso}T08:00:00+00:00`,
    created: `${draft.date.iso}T19:30:00+00:00`,
    category: draft.section,
    tags: ['clippings', draft.section],
  };
  if (draft.captions.length > 0) front.captions = draft.captions;
  if (draft.related) {
    front.related = { label: draft.related.label, headlines: draft.related.headlines };
  }
  const images = draft.captions.map(
    (caption, index) =>
      `![${escapeMarkdownText(caption)}](https://courier.example.com/img/${slug}-${index + 1}.jpg)`,
  );
  const body = [
    `# ${escapeMarkdownText(draft.title)}`,
    ...images,
    ...draft.paragraphs.map(escapeMarkdownText),
  ];
  return `---\n${stringify(front, { lineWidth: 0 })}---\n\n${body.join('\n\n')}\n`;
}
