/**
 * What an export holds for one story: the story as read from its file and what the reader's
 * library keeps about it. The exporters (Markdown, HTML, JSON, CSV) take a list of these.
 */
import type { StoryNote, TextQuote } from '../model/library';
import type { Story } from '../model/story';

export interface ExportedHighlight extends TextQuote {
  note: string | null;
}

/** The library's part of an export (what is kept about the story, without ids). */
export interface ExportedState {
  starred: boolean;
  read: boolean;
  tags: string[];
  notes: Pick<StoryNote, 'created' | 'text'>[];
  highlights: ExportedHighlight[];
}

export interface ExportItem {
  story: Story;
  state: ExportedState;
  /** The page the story was saved from, when known (Story.source). */
  source?: string | null;
}
