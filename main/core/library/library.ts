/**
 * Library: the reader's library file of one data folder, opened once per running shell (the
 * app, the browser mode, a CLI run) and shared by every archive it opens. Each archive's state
 * is reached through `forArchive(root)`; the list of recently opened archives lives here.
 *
 * @example
 *   const library = await Library.open(dataDir);
 *   await library.forArchive('/home/me/News').setStarred('000_1a2b3c4d5e6f7081', true);
 */
import { realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RecentArchive } from '../model/library';
import { ArchiveLibrary } from './archive-library';
import type { LibraryDatabaseOptions } from './library-database';
import { LIBRARY_FILE, LibraryDatabase } from './library-database';

/** Recent archives kept. */
export const RECENT_ARCHIVES_KEPT = 20;

export class Library {
  readonly #db: LibraryDatabase;
  readonly #now: () => string;
  readonly #archives = new Map<string, ArchiveLibrary>();

  private constructor(db: LibraryDatabase, now: () => string) {
    this.#db = db;
    this.#now = now;
  }

  /** Opens `dataDir/library.sqlite`, creating or migrating it (a damaged file is set aside). */
  static async open(dataDir: string, options: LibraryDatabaseOptions = {}): Promise<Library> {
    const db = await LibraryDatabase.open(join(resolve(dataDir), LIBRARY_FILE), options);
    const clock = options.now ?? (() => new Date());
    return new Library(db, () => isoSeconds(clock()));
  }

  get file(): string {
    return this.#db.file;
  }

  /** Set when a damaged library file was set aside at open: tell the user. */
  get notice(): string | null {
    return this.#db.notice;
  }

  /** The library of the archive at `root`, keyed by its real path (so links and `..` agree). */
  forArchive(root: string): ArchiveLibrary {
    const key = archiveKey(root);
    let archive = this.#archives.get(key);
    if (!archive) {
      archive = new ArchiveLibrary(this.#db, key, this.#now);
      this.#archives.set(key, archive);
    }
    return archive;
  }

  async recordArchiveOpened(root: string): Promise<void> {
    const path = archiveKey(root);
    await this.#db.write((db) => {
      db.run(
        `INSERT INTO archives (path, opened_at) VALUES (?, ?)
         ON CONFLICT (path) DO UPDATE SET opened_at = excluded.opened_at`,
        [path, this.#now()],
      );
    });
  }

  async recentArchives(): Promise<RecentArchive[]> {
    return this.#db.read((db) =>
      db
        .all(
          'SELECT path, opened_at FROM archives WHERE opened_at IS NOT NULL ORDER BY opened_at DESC, id DESC LIMIT ?',
          [RECENT_ARCHIVES_KEPT],
        )
        .map((row) => ({ path: String(row['path']), openedAt: String(row['opened_at']) })),
    );
  }

  close(): Promise<void> {
    return this.#db.close();
  }
}

/** The archive's real path (its resolved path when it cannot be resolved, e.g. gone). */
export function archiveKey(root: string): string {
  try {
    return realpathSync(resolve(root));
  } catch {
    return resolve(root);
  }
}

/** `2026-11-27T10:15:00Z`: instants to the second, as the library stores them. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
