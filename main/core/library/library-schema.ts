/**
 * The library's schema, as numbered migrations. `PRAGMA user_version` holds the version a
 * file is at; opening runs each missing step in its own transaction (the step and the new
 * version commit together, or neither does). A file at a version newer than LIBRARY_SCHEMA is
 * from a newer Clippings: it is left untouched and the library answers E_UNSUPPORTED.
 *
 * State is keyed by archive (its real path, in `archives`) and story id (the file stem), so
 * a story keeps its state when its file moves inside the archive. Append new steps; never edit
 * a step that has shipped.
 */

export const MIGRATIONS: readonly string[] = [
  // 1: per-story state, notes, highlights, saved searches, history, recent archives.
  `
  CREATE TABLE archives (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    opened_at TEXT
  );
  CREATE TABLE story_state (
    archive_id INTEGER NOT NULL REFERENCES archives(id) ON DELETE CASCADE,
    story_id TEXT NOT NULL,
    starred INTEGER NOT NULL DEFAULT 0,
    read_at TEXT,
    PRIMARY KEY (archive_id, story_id)
  ) WITHOUT ROWID;
  CREATE TABLE story_tags (
    archive_id INTEGER NOT NULL REFERENCES archives(id) ON DELETE CASCADE,
    story_id TEXT NOT NULL,
    tag TEXT NOT NULL,
    PRIMARY KEY (archive_id, story_id, tag)
  ) WITHOUT ROWID;
  CREATE INDEX story_tags_by_tag ON story_tags (archive_id, tag);
  CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    archive_id INTEGER NOT NULL REFERENCES archives(id) ON DELETE CASCADE,
    story_id TEXT NOT NULL,
    text TEXT NOT NULL,
    created TEXT NOT NULL,
    updated TEXT
  );
  CREATE INDEX notes_by_story ON notes (archive_id, story_id);
  CREATE TABLE highlights (
    id INTEGER PRIMARY KEY,
    archive_id INTEGER NOT NULL REFERENCES archives(id) ON DELETE CASCADE,
    story_id TEXT NOT NULL,
    quote TEXT NOT NULL,
    prefix TEXT NOT NULL,
    suffix TEXT NOT NULL,
    note TEXT,
    created TEXT NOT NULL
  );
  CREATE INDEX highlights_by_story ON highlights (archive_id, story_id);
  CREATE TABLE saved_searches (
    id INTEGER PRIMARY KEY,
    archive_id INTEGER NOT NULL REFERENCES archives(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    query TEXT NOT NULL,
    filters TEXT NOT NULL,
    created TEXT NOT NULL,
    last_opened TEXT,
    seen BLOB,
    UNIQUE (archive_id, name)
  );
  CREATE TABLE history (
    archive_id INTEGER NOT NULL REFERENCES archives(id) ON DELETE CASCADE,
    story_id TEXT NOT NULL,
    opened_at TEXT NOT NULL,
    PRIMARY KEY (archive_id, story_id)
  ) WITHOUT ROWID;
  CREATE INDEX history_by_time ON history (archive_id, opened_at);
  `,
];

/** Tables every Clippings library has (a file without them is another program's). */
export const LIBRARY_TABLES: readonly string[] = [
  'archives',
  'story_state',
  'story_tags',
  'notes',
  'highlights',
  'saved_searches',
  'history',
];

/** The schema version this build writes and reads. */
export const LIBRARY_SCHEMA = MIGRATIONS.length;
