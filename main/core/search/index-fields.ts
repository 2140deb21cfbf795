/**
 * The fields a story is indexed under, their boosts, and the text of each. The order is the
 * lunr field order of every segment (the segment file format depends on it: changing it means
 * bumping SEGMENT_FORMAT_VERSION).
 *
 * Boosts: a word in the headline is the strongest sign a story is about it; captions and the
 * dateline name what the picture and the place are; byline and section are labels.
 * The related block is not indexed: it names other stories, not this one.
 */
import type { Story } from '../model/story';

export const INDEX_FIELDS = ['title', 'captions', 'byline', 'section', 'dateline', 'body'] as const;
export type IndexField = (typeof INDEX_FIELDS)[number];

export const FIELD_BOOSTS: Record<IndexField, number> = {
  title: 10,
  captions: 2,
  byline: 1,
  section: 1,
  dateline: 2,
  body: 1,
};

/** The text of each field of one story, as indexed and as kept for phrases and snippets. */
export type IndexedText = Record<IndexField, string>;

/** Paragraphs and captions are joined by line breaks, which no phrase match crosses. */
export function indexedTextOf(story: Story): IndexedText {
  return {
    title: story.title,
    captions: story.captions.join('\n'),
    byline: story.byline ?? '',
    section: story.section,
    dateline: story.dateline ?? '',
    body: story.paragraphs.join('\n\n'),
  };
}
