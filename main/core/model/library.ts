/**
 * The reader's own library: what they keep about the stories of an archive (star, read,
 * tags, notes, highlights), their saved searches, reading history and recent archives.
 * Kept in Clippings' data folder, keyed by the archive's real path and the story id (the file
 * stem, so a story moved inside the archive keeps its state); never in the archive itself.
 */
import type { StoryFilters } from './search';
import type { StoryRef } from './story';

/** A dated plain-text note on a story; a story may have several. */
export interface StoryNote {
  id: number;
  text: string;
  /** ISO 8601 instant (UTC), e.g. `2026-11-27T10:15:00Z`. */
  created: string;
  updated: string | null;
}

/**
 * A highlight, anchored as the W3C Web Annotation text-quote selector is: the exact text with
 * a few characters on either side, so it finds its place again after the file changes.
 */
export interface TextQuote {
  quote: string;
  prefix: string;
  suffix: string;
}

/** Which part of the story a highlight sits in now (the reader marks it there). */
export interface HighlightAnchor {
  part: 'title' | 'caption' | 'paragraph';
  /** Index of the caption or paragraph (0 for the title). */
  index: number;
  /** `[start, end)` in that part's text. */
  start: number;
  end: number;
}

export interface StoryHighlight extends TextQuote {
  id: number;
  note: string | null;
  created: string;
  /** Where the quote is in the story as it reads now; null when it is no longer there. */
  anchor: HighlightAnchor | null;
}

/** Everything the library holds about one story. */
export interface StoryLibraryState {
  id: string;
  starred: boolean;
  read: boolean;
  /** When it was marked read (ISO instant), or null. */
  readAt: string | null;
  /** Sorted, lower case. */
  tags: string[];
  /** Oldest first. */
  notes: StoryNote[];
  /** In reading order where anchored, the unanchored last. */
  highlights: StoryHighlight[];
}

// ───────────────────────────── requests ─────────────────────────────

export interface StoryIdRequest {
  id: string;
}

export interface SetStarredRequest {
  id: string;
  starred: boolean;
}

export interface SetReadRequest {
  id: string;
  read: boolean;
}

export interface TagRequest {
  id: string;
  tag: string;
}

export interface AddNoteRequest {
  id: string;
  text: string;
}

export interface EditNoteRequest {
  id: string;
  noteId: number;
  text: string;
}

export interface DeleteNoteRequest {
  id: string;
  noteId: number;
}

export interface AddHighlightRequest extends TextQuote {
  id: string;
  note?: string;
}

export interface DeleteHighlightRequest {
  id: string;
  highlightId: number;
}

// ───────────────────────────── the library as a whole ─────────────────────────────

export interface TagCount {
  name: string;
  count: number;
}

/** The library rail's counts for the open archive. */
export interface LibraryOverview {
  stories: number;
  starred: number;
  read: number;
  unread: number;
  withNotes: number;
  withHighlights: number;
  tags: TagCount[];
  /** Set when the library file was damaged and a new one was started (say so to the user). */
  message: string | null;
}

/** A story's notes and highlights, for the "Notes and highlights" view. */
export interface StoryAnnotations extends StoryRef {
  notes: StoryNote[];
  highlights: Omit<StoryHighlight, 'anchor'>[];
}

export interface AnnotationsRequest {
  limit?: number;
}

export interface HistoryEntry extends StoryRef {
  /** When it was last opened (ISO instant). */
  openedAt: string;
}

export interface HistoryRequest {
  limit?: number;
}

export interface SavedSearchFilters extends StoryFilters {
  sort?: 'relevance' | 'newest' | 'oldest';
}

export interface SavedSearch {
  id: number;
  name: string;
  query: string;
  filters: SavedSearchFilters;
  created: string;
  /** When it was last opened, or null if never. */
  lastOpened: string | null;
  /** Stories it finds now. */
  total: number;
  /** Stories it finds now that it did not find when last opened (all of them, if never opened). */
  newMatches: number;
}

export interface SaveSearchRequest {
  name: string;
  query: string;
  filters?: SavedSearchFilters;
}

export interface SavedSearchRequest {
  savedId: number;
}

export interface RecentArchive {
  path: string;
  openedAt: string;
}

// ───────────────────────────── export ─────────────────────────────

export type ExportFormat = 'md' | 'html' | 'json' | 'csv';

/** What to export: some stories by id, or every story a search finds. */
export interface ExportRequest extends StoryFilters {
  format: ExportFormat;
  ids?: string[];
  query?: string;
  sort?: 'relevance' | 'newest' | 'oldest';
}

export interface ExportFile {
  fileName: string;
  mimeType: string;
  text: string;
  stories: number;
}
