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

/**
 * The file a story was read from, for "Open original": its real path (checked to be inside
 * the archive), its name, and the content type to serve it with. Main only: the renderer
 * gets an OpenedOriginal, never a path.
 */
export interface OriginalFile {
  path: string;
  name: string;
  contentType: string;
}

/** What "Open original" did: opened by the system (Electron), or a URL to open (browser). */
export type OpenedOriginal = { opened: 'system' } | { opened: 'url'; url: string };
