/**
 * The library's rows as the engine's values: a story's stored state (its highlights not yet
 * anchored in the text), notes, highlights and saved searches read from the library file.
 * Shared by ArchiveLibrary's reads and writes (each change answers the story's new state).
 */
import type {
  SavedSearchFilters,
  StoryHighlight,
  StoryLibraryState,
  StoryNote,
} from '../model/library';
import { ClippingsError } from '../model/errors';
import type { SqlConnection } from './library-database';
import { decodeSeenIds } from './seen-ids';

type Row = Record<string, unknown>;

/** A stored highlight, before it is anchored in the story's text. */
export type StoredHighlight = Omit<StoryHighlight, 'anchor'>;
export type StoredState = Omit<StoryLibraryState, 'highlights'> & { highlights: StoredHighlight[] };

export interface StoredSavedSearch {
  id: number;
  name: string;
  query: string;
  filters: SavedSearchFilters;
  created: string;
  lastOpened: string | null;
  /** Story ids it found when last opened; null if never opened. */
  seen: Set<string> | null;
}

export function emptyState(id: string): StoredState {
  return { id, starred: false, read: false, readAt: null, tags: [], notes: [], highlights: [] };
}

export function readState(db: SqlConnection, archive: number, id: string): StoredState {
  const row = db.get(
    'SELECT starred, read_at FROM story_state WHERE archive_id = ? AND story_id = ?',
    [archive, id],
  );
  const readAt = row && row['read_at'] !== null ? String(row['read_at']) : null;
  return {
    id,
    starred: row?.['starred'] === 1,
    read: readAt !== null,
    readAt,
    tags: db
      .all('SELECT tag FROM story_tags WHERE archive_id = ? AND story_id = ? ORDER BY tag', [
        archive,
        id,
      ])
      .map((tag) => String(tag['tag'])),
    notes: readNotes(db, archive, id),
    highlights: readHighlights(db, archive, id),
  };
}

/** Many stories' state: each table read once for the archive, then picked out by story. */
export function readStates(
  db: SqlConnection,
  archive: number,
  ids: readonly string[],
): StoredState[] {
  const wanted = new Map<string, StoredState>(ids.map((id) => [id, emptyState(id)]));
  const each = (sql: string, apply: (state: StoredState, row: Row) => void): void => {
    for (const row of db.all(sql, [archive])) {
      const state = wanted.get(String(row['story_id']));
      if (state) apply(state, row);
    }
  };
  each('SELECT story_id, starred, read_at FROM story_state WHERE archive_id = ?', (state, row) => {
    state.starred = row['starred'] === 1;
    state.readAt = row['read_at'] === null ? null : String(row['read_at']);
    state.read = state.readAt !== null;
  });
  each('SELECT story_id, tag FROM story_tags WHERE archive_id = ? ORDER BY tag', (state, row) =>
    state.tags.push(String(row['tag'])),
  );
  each('SELECT * FROM notes WHERE archive_id = ? ORDER BY created, id', (state, row) =>
    state.notes.push(toNote(row)),
  );
  each('SELECT * FROM highlights WHERE archive_id = ? ORDER BY created, id', (state, row) =>
    state.highlights.push(toHighlight(row)),
  );
  return ids.map((id) => wanted.get(id) as StoredState);
}

export function readNotes(db: SqlConnection, archive: number, id: string): StoryNote[] {
  return db
    .all('SELECT * FROM notes WHERE archive_id = ? AND story_id = ? ORDER BY created, id', [
      archive,
      id,
    ])
    .map(toNote);
}

function toNote(row: Row): StoryNote {
  return {
    id: Number(row['id']),
    text: String(row['text']),
    created: String(row['created']),
    updated: row['updated'] === null ? null : String(row['updated']),
  };
}

export function readHighlights(db: SqlConnection, archive: number, id: string): StoredHighlight[] {
  return db
    .all('SELECT * FROM highlights WHERE archive_id = ? AND story_id = ? ORDER BY created, id', [
      archive,
      id,
    ])
    .map(toHighlight);
}

function toHighlight(row: Row): StoredHighlight {
  return {
    id: Number(row['id']),
    quote: String(row['quote']),
    prefix: String(row['prefix']),
    suffix: String(row['suffix']),
    note: row['note'] === null ? null : String(row['note']),
    created: String(row['created']),
  };
}

export function toSavedSearch(row: Row): StoredSavedSearch {
  let filters: SavedSearchFilters = {};
  try {
    filters = JSON.parse(String(row['filters'])) as SavedSearchFilters;
  } catch {
    filters = {};
  }
  const seen = row['seen'];
  return {
    id: Number(row['id']),
    name: String(row['name']),
    query: String(row['query']),
    filters,
    created: String(row['created']),
    lastOpened: row['last_opened'] === null ? null : String(row['last_opened']),
    seen: seen instanceof Uint8Array ? decodeSeenIds(seen) : null,
  };
}

export function noSuch(what: 'note' | 'highlight'): ClippingsError {
  return new ClippingsError(
    'E_NOT_FOUND',
    `This story has no such ${what} (it may have been deleted).`,
  );
}
