/**
 * The structure a story keeps besides its words: which paragraphs are subheadings (shown as
 * headings under the story's own <h1>) and which words are struck through.
 */
import type { Range, Story } from '../../../contract/api';

export type ParagraphTag = 'p' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

/** The element a paragraph is shown as: `<p>`, or `<h2>`–`<h6>` for a subheading. */
export function paragraphTag(story: Pick<Story, 'subheadings'>, index: number): ParagraphTag {
  const heading = story.subheadings?.find((entry) => entry.paragraph === index);
  if (!heading) return 'p';
  return `h${Math.min(6, Math.max(2, heading.level))}` as ParagraphTag;
}

/** The struck-through ranges of one paragraph. */
export function struckRanges(story: Pick<Story, 'struck'>, index: number): Range[] {
  return (story.struck ?? [])
    .filter((range) => range.paragraph === index)
    .map((range): Range => [range.start, range.end]);
}
