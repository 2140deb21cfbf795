/**
 * ArchiveLibrary: the library of one archive — per-story state (star, read, tags, notes,
 * highlights), saved searches and reading history — over the shared library file. Story ids
 * are taken as given: the service checks them against the archive first. Each change is one
 * transaction; the in-memory snapshot the search filters use follows every change, this
 * process's or another's.
 */
import type { SavedSearchFilters, StoryNote, TextQuote } from '../model/library';
import { ClippingsError } from '../model/errors';
import type { HitLibraryMarks } from '../model/search';
import { isTagName, normaliseTag } from '../model/tag-name';
import { wellFormed } from '../model/well-formed-text';
import type { LibraryCondition } from '../search/library-conditions';
import type { LibraryDatabase, SqlConnection } from './library-database';
import { LibrarySnapshot } from './library-snapshot';
import type { StoredHighlight, StoredSavedSearch, StoredState } from './library-rows';
import {
  emptyState,
  noSuch,
  readHighlights,
  readNotes,
  readState,
  readStates,
  toSavedSearch,
} from './library-rows';
import { encodeSeenIds } from './seen-ids';

export type { StoredHighlight, StoredSavedSearch, StoredState } from './library-rows';

/** Visits kept per archive in the reading history (older ones are dropped). */
export const HISTORY_KEPT = 500;

export interface StoredAnnotations {
  id: string;
  notes: StoryNote[];
  highlights: StoredHighlight[];
}

export class ArchiveLibrary {
  readonly root: string;
  readonly #db: LibraryDatabase;
  readonly #now: () => string;
  #archiveId: number | null = null;
  #snapshot: { counter: string; value: LibrarySnapshot } | null = null;
  #loading: Promise<LibrarySnapshot> | null = null;

  constructor(db: LibraryDatabase, root: string, now: () => string) {
    this.#db = db;
    this.root = root;
    this.#now = now;
    // Another file now stands at the library's path: its archive row and sets are its own.
    db.onReopen(() => {
      this.#archiveId = null;
      this.#snapshot = null;
    });
  }

  // ───────────────────────────── reading ─────────────────────────────

  async state(id: string): Promise<StoredState> {
    return this.#db.read((db) => {
      const archive = this.#findArchive(db);
      return archive === null ? emptyState(id) : readState(db, archive, id);
    });
  }

  /**
   * Several stories' state in one short read (for export): the archive's rows in four queries
   * rather than four per story, so an export of thousands holds the lock for milliseconds.
   */
  async states(ids: readonly string[]): Promise<StoredState[]> {
    return this.#db.read((db) => {
      const archive = this.#findArchive(db);
      return archive === null ? ids.map(emptyState) : readStates(db, archive, ids);
    });
  }

  /** The in-memory sets, current with the file (reloaded only when someone changed it). */
  async snapshot(): Promise<LibrarySnapshot> {
    const held = this.#snapshot;
    if (held && held.counter === this.#db.changeCounter()) return held.value;
    this.#loading ??= this.#load().finally(() => {
      this.#loading = null;
    });
    return this.#loading;
  }

  /** A test for story ids from the query's library conditions (null: no conditions). */
  async filter(conditions: {
    include: readonly LibraryCondition[];
    exclude: readonly LibraryCondition[];
  }): Promise<((id: string) => boolean) | null> {
    if (conditions.include.length === 0 && conditions.exclude.length === 0) return null;
    return (await this.snapshot()).filter(conditions);
  }

  async marks(ids: readonly string[]): Promise<HitLibraryMarks[]> {
    const snapshot = await this.snapshot();
    return ids.map((id) => snapshot.marks(id));
  }

  async annotations(limit: number): Promise<StoredAnnotations[]> {
    return this.#db.read((db) => {
      const archive = this.#findArchive(db);
      if (archive === null) return [];
      const ids = db
        .all(
          `SELECT story_id, MAX(created) AS latest FROM (
             SELECT story_id, COALESCE(updated, created) AS created FROM notes WHERE archive_id = ?
             UNION ALL SELECT story_id, created FROM highlights WHERE archive_id = ?)
           GROUP BY story_id ORDER BY latest DESC LIMIT ?`,
          [archive, archive, limit],
        )
        .map((row) => String(row['story_id']));
      return ids.map((id) => ({
        id,
        notes: readNotes(db, archive, id),
        highlights: readHighlights(db, archive, id),
      }));
    });
  }

  async history(limit: number): Promise<{ id: string; openedAt: string }[]> {
    return this.#db.read((db) => {
      const archive = this.#findArchive(db);
      if (archive === null) return [];
      return db
        .all(
          'SELECT story_id, opened_at FROM history WHERE archive_id = ? ORDER BY opened_at DESC, story_id LIMIT ?',
          [archive, limit],
        )
        .map((row) => ({ id: String(row['story_id']), openedAt: String(row['opened_at']) }));
    });
  }

  async savedSearches(): Promise<StoredSavedSearch[]> {
    return this.#db.read((db) => {
      const archive = this.#findArchive(db);
      if (archive === null) return [];
      return db
        .all('SELECT * FROM saved_searches WHERE archive_id = ? ORDER BY name COLLATE NOCASE', [
          archive,
        ])
        .map(toSavedSearch);
    });
  }

  async savedSearch(savedId: number): Promise<StoredSavedSearch> {
    const found = (await this.savedSearches()).find((saved) => saved.id === savedId);
    if (!found) throw new ClippingsError('E_NOT_FOUND', 'There is no saved search with that id.');
    return found;
  }

  // ───────────────────────────── changing ─────────────────────────────

  async setStarred(id: string, starred: boolean): Promise<StoredState> {
    return this.#change(
      (db, archive) => {
        db.run(
          `INSERT INTO story_state (archive_id, story_id, starred) VALUES (?, ?, ?)
           ON CONFLICT (archive_id, story_id) DO UPDATE SET starred = excluded.starred`,
          [archive, id, starred ? 1 : 0],
        );
      },
      (snapshot) => snapshot.setStarred(id, starred),
      id,
    );
  }

  async setRead(id: string, read: boolean): Promise<StoredState> {
    const at = read ? this.#now() : null;
    return this.#change(
      (db, archive) => {
        db.run(
          `INSERT INTO story_state (archive_id, story_id, read_at) VALUES (?, ?, ?)
           ON CONFLICT (archive_id, story_id) DO UPDATE SET read_at =
             CASE WHEN excluded.read_at IS NULL THEN NULL ELSE COALESCE(read_at, excluded.read_at) END`,
          [archive, id, at],
        );
      },
      (snapshot) => snapshot.setRead(id, read),
      id,
    );
  }

  async tag(id: string, name: string, on: boolean): Promise<StoredState> {
    const tag = normaliseTag(storable(name));
    if (!isTagName(tag))
      throw new ClippingsError('E_INVALID', 'A tag needs at least one letter or digit.');
    return this.#change(
      (db, archive) => {
        if (on) {
          db.run('INSERT OR IGNORE INTO story_tags (archive_id, story_id, tag) VALUES (?, ?, ?)', [
            archive,
            id,
            tag,
          ]);
        } else {
          db.run('DELETE FROM story_tags WHERE archive_id = ? AND story_id = ? AND tag = ?', [
            archive,
            id,
            tag,
          ]);
        }
      },
      (snapshot) => snapshot.setTag(id, tag, on),
      id,
    );
  }

  async addNote(id: string, text: string): Promise<StoredState> {
    return this.#change(
      (db, archive) => {
        db.run('INSERT INTO notes (archive_id, story_id, text, created) VALUES (?, ?, ?, ?)', [
          archive,
          id,
          storable(text),
          this.#now(),
        ]);
      },
      (snapshot) => snapshot.count('notes', id, 1),
      id,
    );
  }

  async editNote(id: string, noteId: number, text: string): Promise<StoredState> {
    return this.#change(
      (db, archive) => {
        const changed = db.run(
          'UPDATE notes SET text = ?, updated = ? WHERE id = ? AND archive_id = ? AND story_id = ?',
          [storable(text), this.#now(), noteId, archive, id],
        ).changes;
        if (changed === 0) throw noSuch('note');
      },
      () => undefined,
      id,
    );
  }

  async deleteNote(id: string, noteId: number): Promise<StoredState> {
    return this.#change(
      (db, archive) => {
        const changed = db.run(
          'DELETE FROM notes WHERE id = ? AND archive_id = ? AND story_id = ?',
          [noteId, archive, id],
        ).changes;
        if (changed === 0) throw noSuch('note');
      },
      (snapshot) => snapshot.count('notes', id, -1),
      id,
    );
  }

  async addHighlight(id: string, selector: TextQuote, note: string | null): Promise<StoredState> {
    return this.#change(
      (db, archive) => {
        db.run(
          `INSERT INTO highlights (archive_id, story_id, quote, prefix, suffix, note, created)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
          [
            archive,
            id,
            storable(selector.quote),
            storable(selector.prefix),
            storable(selector.suffix),
            note === null ? null : storable(note),
            this.#now(),
          ],
        );
      },
      (snapshot) => snapshot.count('highlights', id, 1),
      id,
    );
  }

  async deleteHighlight(id: string, highlightId: number): Promise<StoredState> {
    return this.#change(
      (db, archive) => {
        const changed = db.run(
          'DELETE FROM highlights WHERE id = ? AND archive_id = ? AND story_id = ?',
          [highlightId, archive, id],
        ).changes;
        if (changed === 0) throw noSuch('highlight');
      },
      (snapshot) => snapshot.count('highlights', id, -1),
      id,
    );
  }

  /** Records that the story was opened now (the reading history keeps the last HISTORY_KEPT). */
  async recordVisit(id: string): Promise<void> {
    await this.#db.write((db) => {
      const archive = this.#ensureArchive(db);
      db.run(
        `INSERT INTO history (archive_id, story_id, opened_at) VALUES (?, ?, ?)
         ON CONFLICT (archive_id, story_id) DO UPDATE SET opened_at = excluded.opened_at`,
        [archive, id, this.#now()],
      );
      db.run(
        `DELETE FROM history WHERE archive_id = ? AND story_id NOT IN (
           SELECT story_id FROM history WHERE archive_id = ? ORDER BY opened_at DESC LIMIT ?)`,
        [archive, archive, HISTORY_KEPT],
      );
    });
  }

  async saveSearch(name: string, query: string, filters: SavedSearchFilters): Promise<number> {
    const named = storable(name);
    const text = storable(query);
    return this.#db.write((db) => {
      const archive = this.#ensureArchive(db);
      const taken = db.get('SELECT id FROM saved_searches WHERE archive_id = ? AND name = ?', [
        archive,
        named,
      ]);
      if (taken) {
        throw new ClippingsError(
          'E_INVALID',
          `There is already a saved search called "${named}"; choose another name.`,
        );
      }
      const result = db.run(
        'INSERT INTO saved_searches (archive_id, name, query, filters, created) VALUES (?, ?, ?, ?, ?)',
        [archive, named, text, JSON.stringify(filters), this.#now()],
      );
      return Number(result.lastInsertRowid);
    });
  }

  /** Marks the saved search opened now, finding `ids`: later matches count as new. */
  async markSavedSearchOpened(savedId: number, ids: readonly string[]): Promise<void> {
    await this.#db.write((db) => {
      const archive = this.#ensureArchive(db);
      const changed = db.run(
        'UPDATE saved_searches SET last_opened = ?, seen = ? WHERE id = ? AND archive_id = ?',
        [this.#now(), encodeSeenIds(ids), savedId, archive],
      ).changes;
      if (changed === 0)
        throw new ClippingsError('E_NOT_FOUND', 'There is no saved search with that id.');
    });
  }

  async deleteSavedSearch(savedId: number): Promise<void> {
    await this.#db.write((db) => {
      const archive = this.#ensureArchive(db);
      const changed = db.run('DELETE FROM saved_searches WHERE id = ? AND archive_id = ?', [
        savedId,
        archive,
      ]).changes;
      if (changed === 0)
        throw new ClippingsError('E_NOT_FOUND', 'There is no saved search with that id.');
    });
  }

  // ───────────────────────────── inside ─────────────────────────────

  /** One write transaction; the snapshot follows it (in place when it was current before). */
  async #change(
    work: (db: SqlConnection, archive: number) => void,
    apply: (snapshot: LibrarySnapshot) => void,
    id: string,
  ): Promise<StoredState> {
    const { value, before, after } = await this.#db.writeCounted((db) => {
      const archive = this.#ensureArchive(db);
      work(db, archive);
      return readState(db, archive, id);
    });
    const held = this.#snapshot;
    if (held && held.counter === before && !this.#loading) {
      apply(held.value);
      held.counter = after;
    } else {
      this.#snapshot = null;
    }
    return value;
  }

  async #load(): Promise<LibrarySnapshot> {
    const { value, counter } = await this.#db.readCounted((db) => {
      const snapshot = new LibrarySnapshot();
      const archive = this.#findArchive(db);
      if (archive === null) return snapshot;
      for (const row of db.all(
        'SELECT story_id, starred, read_at FROM story_state WHERE archive_id = ?',
        [archive],
      )) {
        const id = String(row['story_id']);
        if (row['starred'] === 1) snapshot.starred.add(id);
        if (row['read_at'] !== null) snapshot.read.add(id);
      }
      for (const row of db.all('SELECT story_id, tag FROM story_tags WHERE archive_id = ?', [
        archive,
      ])) {
        snapshot.setTag(String(row['story_id']), String(row['tag']), true);
      }
      for (const [table, counts] of [
        ['notes', snapshot.notes],
        ['highlights', snapshot.highlights],
      ] as const) {
        for (const row of db.all(
          `SELECT story_id, COUNT(*) AS n FROM ${table} WHERE archive_id = ? GROUP BY story_id`,
          [archive],
        )) {
          counts.set(String(row['story_id']), Number(row['n']));
        }
      }
      return snapshot;
    });
    this.#snapshot = { counter, value };
    return value;
  }

  #findArchive(db: SqlConnection): number | null {
    if (this.#archiveId !== null) return this.#archiveId;
    const row = db.get('SELECT id FROM archives WHERE path = ?', [this.root]);
    if (row) this.#archiveId = Number(row['id']);
    return this.#archiveId;
  }

  #ensureArchive(db: SqlConnection): number {
    const found = this.#findArchive(db);
    if (found !== null) return found;
    db.run('INSERT OR IGNORE INTO archives (path) VALUES (?)', [this.root]);
    return this.#findArchive(db) as number;
  }
}

/**
 * Text as the library stores it, exactly: well-formed (see well-formed-text.ts), and refused
 * when it holds a NUL, which SQLite's text binding would take for the end of the string (the
 * rest silently dropped). The request schemas refuse it first; this is the engine's own guard.
 */
function storable(text: string): string {
  if (text.includes('\0')) {
    throw new ClippingsError(
      'E_INVALID',
      'The text holds a NUL character, which cannot be stored.',
    );
  }
  return wellFormed(text);
}
