/**
 * Opening one story in the reader: the story itself, its other saves, and where the current
 * search's words fall in it.
 */
import type { Range } from './search';
import type { Story, StoryRef } from './story';

export interface StoryRequest {
  id: string;
  /** The current search, so the reader can highlight its words (stemmed and prefix matches too). */
  query?: string;
}

/** Ranges of the query's matches in each part of the story, for the reader's highlighting. */
export interface StoryHighlights {
  title: Range[];
  captions: Range[][];
  paragraphs: Range[][];
}

export interface StoryResponse {
  story: Story;
  /** Other saves of the same story. */
  duplicates: StoryRef[];
  highlights: StoryHighlights | null;
}
