/** A story as plain text, for "Copy text": headline, facts line, captions, paragraphs. */
import type { Story } from '../../../contract/api';
import { formatSection, formatStoryDate } from './story-dates';

export function storyAsText(story: Story): string {
  const facts = [formatSection(story.section), formatStoryDate(story.date, 'long')];
  if (story.byline) facts.push(`By ${story.byline}`);
  const paragraphs = story.paragraphs.map((paragraph, index) =>
    index === 0 && story.dateline ? `${story.dateline}: ${paragraph}` : paragraph,
  );
  const captions = story.captions.map((caption) => `[${caption}]`);
  return [story.title, facts.join(' · '), ...captions, ...paragraphs].join('\n\n') + '\n';
}
