/**
 * LibraryDatabase: the reader's library file (`library.sqlite` in Clippings' data folder), shared
 * by the app, the browser mode and every CLI run, any number of them at once. A write is
 * acknowledged only once it is durable in the file the next reader will open.
 *
 * Why it works the way it does:
 * - SQLite is node-sqlite3-wasm: WebAssembly with direct file access through Node's fs, so the
 *   same code runs in plain Node 20 and in Electron's main with no native rebuild.
 * - Its file system layer has no shared memory, so no WAL: the journal is SQLite's rollback
 *   journal, and every commit is synced to the disk (synchronous=FULL). Its lock is one
 *   directory (`library.sqlite.lock`) that every access takes, and a process killed while
 *   holding it leaves it behind for ever.
 * - So every access, read or write, first takes our own inter-process lock (library-lock.ts:
 *   it names its holder, and is taken over only from a process that has ended — never from
 *   one that is merely paused) and waits for it asynchronously: no event loop blocks in
 *   SQLite's busy handler and no "database is locked" reaches the user. Whoever holds our lock
 *   is the only Clippings process in the file, so a SQLite lock found then is a crashed
 *   process's and is removed; SQLite itself rolls back a crashed write's hot journal.
 * - Fencing: just before COMMIT the transaction checks that our lock still names it; if not,
 *   it rolls back and the write is refused, never acknowledged.
 * - The file the next reader opens is the one at the path, not the one this process opened:
 *   before each transaction the path's device and inode are compared with the open file's.
 *   A library deleted, or renamed over (a backup put back), is closed and the file now at the
 *   path opened (a new one when there is none); after each commit the path is checked again,
 *   and a write that landed in a file no longer there is refused.
 * - A file SQLite cannot read (not a database, or failing its quick check), or another
 *   program's SQLite database, is renamed aside with the date, a new one is started, and
 *   `notice` says so for the shells to show.
 * - A data folder where nothing can be written (read-only, full, not ours): reads go on from a
 *   private copy of the file in the system's temporary folder (SQLite cannot even read here
 *   without making its lock), and each write is refused with one plain sentence saying why.
 * - Every change is one transaction (BEGIN IMMEDIATE … COMMIT), so nothing is stored half.
 */
import { randomBytes } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  statfsSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Database } from 'node-sqlite3-wasm';
import { ClippingsError } from '../model/errors';
import type { HeldLock } from './library-lock';
import { LibraryLock, LockRefusedError } from './library-lock';
import { LIBRARY_SCHEMA, LIBRARY_TABLES, MIGRATIONS } from './library-schema';

export type SqlConnection = Database;

export const LIBRARY_FILE = 'library.sqlite';

export interface LibraryDatabaseOptions {
  /** Notes for the log (a lock taken over after a crash, a damaged file set aside). */
  log?: (line: string) => void;
  /** The clock, for tests. */
  now?: () => Date;
  /** How long one other holder may keep the lock before a wait gives up (tests shorten it). */
  holdLimitMs?: number;
}

/** Why nothing can be written in the data folder, in the words the refusals use. */
type Unwritable = 'read-only' | 'full' | 'denied';

interface OpenFile {
  db: Database;
  dev: number;
  ino: number;
}

/** A private copy of the library to read from when the data folder cannot be written. */
interface ReadCopy {
  db: Database;
  folder: string;
  /** The original's identity and size and time when copied (a change means copy again). */
  key: string;
}

export class LibraryDatabase {
  readonly file: string;
  readonly #lock: LibraryLock;
  readonly #log: (line: string) => void;
  readonly #now: () => Date;
  #open: OpenFile | null = null;
  #copy: ReadCopy | null = null;
  #notice: string | null = null;
  readonly #reopenListeners = new Set<() => void>();
  #queue: Promise<unknown> = Promise.resolve();
  #closed = false;

  private constructor(file: string, options: LibraryDatabaseOptions) {
    this.file = file;
    this.#log = options.log ?? (() => undefined);
    this.#now = options.now ?? (() => new Date());
    this.#lock = new LibraryLock(`${file}.clippings-lock`, {
      log: this.#log,
      ...(options.holdLimitMs === undefined ? {} : { holdLimitMs: options.holdLimitMs }),
    });
  }

  /**
   * Opens (creating or migrating) the library file; a damaged or foreign one is set aside and
   * replaced. A data folder that cannot be written opens for reading only.
   */
  static async open(file: string, options: LibraryDatabaseOptions = {}): Promise<LibraryDatabase> {
    const folder = dirname(file);
    try {
      mkdirSync(folder, { recursive: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' || code === 'ENOTDIR') {
        throw new ClippingsError(
          'E_INVALID',
          `Clippings cannot keep its library in ${folder}: it is a file, not a folder. Choose a folder.`,
          { cause: error },
        );
      }
      if (!existsSync(folder) && code !== 'EROFS' && code !== 'EACCES' && code !== 'EPERM') {
        throw error;
      }
    }
    const database = new LibraryDatabase(file, options);
    try {
      await database.read(() => undefined);
    } catch (error) {
      await database.close();
      throw error;
    }
    return database;
  }

  /** Set when the file was damaged or another program's and was set aside: tell the user. */
  get notice(): string | null {
    return this.#notice;
  }

  /**
   * Called (inside the lock, before the next operation) when the file at the path was replaced
   * or deleted and the new one opened: anything cached from the old file must be forgotten.
   */
  onReopen(listener: () => void): () => void {
    this.#reopenListeners.add(listener);
    return () => this.#reopenListeners.delete(listener);
  }

  /** Runs `work` with the file to itself (our lock held); for reads. */
  read<T>(work: (db: SqlConnection) => T): Promise<T> {
    return this.#exclusive('read', (db) => work(db));
  }

  /** Runs `work` as one transaction: it commits whole, or (if it throws) not at all. */
  write<T>(work: (db: SqlConnection) => T): Promise<T> {
    return this.#exclusive('write', (db, held) => this.#transaction(db, held, work));
  }

  /**
   * The file's version: its identity and SQLite's change counter from the header (bytes
   * 24–27), read without SQLite or a lock. Every committed write bumps the counter, and a file
   * put in the library's place has another identity, so a cache can tell cheaply whether
   * anyone (this process or another) changed the library since.
   */
  changeCounter(): string {
    let fd: number | null = null;
    try {
      fd = openSync(this.file, 'r');
      const header = Buffer.alloc(4);
      const read = readSync(fd, header, 0, 4, 24);
      const info = statSync(this.file);
      return `${info.dev}:${info.ino}:${read < 4 ? -1 : header.readUInt32BE(0)}`;
    } catch {
      return 'none';
    } finally {
      if (fd !== null) closeSync(fd);
    }
  }

  /** A read, with the change counter as it was under the lock (a cache keeps both). */
  readCounted<T>(work: (db: SqlConnection) => T): Promise<{ value: T; counter: string }> {
    return this.#exclusive('read', (db) => ({ value: work(db), counter: this.changeCounter() }));
  }

  /**
   * A write, with the change counter just before and just after it (under the lock, so no
   * other change falls between): a cache at `before` can apply the change and move to `after`.
   */
  writeCounted<T>(
    work: (db: SqlConnection) => T,
  ): Promise<{ value: T; before: string; after: string }> {
    return this.#exclusive('write', (db, held) => {
      const before = this.changeCounter();
      const value = this.#transaction(db, held, work);
      return { value, before, after: this.changeCounter() };
    });
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#queue.catch(() => undefined);
    this.#closeFile();
    this.#dropCopy();
  }

  // ───────────────────────────── inside ─────────────────────────────

  #transaction<T>(db: Database, held: HeldLock, work: (db: SqlConnection) => T): T {
    db.exec('BEGIN IMMEDIATE');
    try {
      const result = work(db);
      if (!held.stillHeld()) {
        throw new ClippingsError(
          'E_UNAVAILABLE',
          'Another Clippings process took over the library while this change was being made, so it was not saved; try again.',
        );
      }
      db.exec('COMMIT');
      this.#checkStillAtPath();
      return result;
    } catch (error) {
      if (db.isOpen && db.inTransaction) db.exec('ROLLBACK');
      throw error;
    }
  }

  /** One operation at a time in this process, and our inter-process lock around it. */
  #exclusive<T>(kind: 'read' | 'write', work: (db: Database, held: HeldLock) => T): Promise<T> {
    const run = async (): Promise<T> => {
      if (this.#closed) throw new ClippingsError('E_UNAVAILABLE', 'The library was closed.');
      let held: HeldLock;
      try {
        held = await this.#lock.acquire();
      } catch (error) {
        if (!(error instanceof LockRefusedError)) throw error;
        return this.#withoutLock(kind, error.code, work);
      }
      try {
        clearCrashedSqliteLock(this.file, this.#log);
        const db = this.#currentFile();
        this.#dropCopy();
        return work(db, held);
      } catch (error) {
        const unwritable = isDiskError(error) ? this.#whyUnwritable() : null;
        if (unwritable !== null) {
          if (kind === 'write') throw this.#refusal(unwritable, error);
          return this.#withoutLock(kind, unwritable, work);
        }
        throw asLibraryError(error);
      } finally {
        held.release();
      }
    };
    const result = this.#queue.then(run, run);
    this.#queue = result.catch(() => undefined);
    return result;
  }

  /** No lock can be made: reads from a private copy, writes refused with the reason. */
  #withoutLock<T>(
    kind: 'read' | 'write',
    why: string,
    work: (db: Database, held: HeldLock) => T,
  ): T {
    const unwritable = this.#whyUnwritable() ?? unwritableOf(why);
    if (kind === 'write') throw this.#refusal(unwritable);
    const db = this.#readCopy();
    return work(db, { stillHeld: () => false, release: () => undefined });
  }

  /** The open file, (re)opened when the one at the path is not it (replaced, deleted, none yet). */
  #currentFile(): Database {
    const now = statSync(this.file, { throwIfNoEntry: false });
    const open = this.#open;
    if (open && now && now.dev === open.dev && now.ino === open.ino) return open.db;
    if (open) {
      this.#log(
        now
          ? 'clippings: the library file was replaced while open; the new one is used.'
          : 'clippings: the library file was deleted while open; a new one was started.',
      );
      this.#closeFile();
    }
    this.#open = this.#openFile();
    if (open) for (const listener of this.#reopenListeners) listener();
    return this.#open.db;
  }

  /** Opens the file at the path, creating or migrating it; a damaged or foreign one set aside. */
  #openFile(): OpenFile {
    let db = tryOpen(this.file);
    let foreign = db !== null && !isClippingsLibrary(db);
    if (db === null || foreign) {
      db?.close();
      const aside = setAside(this.file, this.#now(), foreign ? 'not-clippings' : 'damaged');
      this.#notice = foreign
        ? `The file ${basename(this.file)} in ${dirname(aside)} was not a Clippings library (another program's database). It was kept as ${basename(aside)}, and a new, empty library was started.`
        : `Your library file was damaged and could not be read. It was kept as ${basename(aside)} in ${dirname(aside)}, and a new, empty library was started.`;
      this.#log(`clippings: ${this.#notice}`);
      db = tryOpen(this.file);
      foreign = false;
      if (db === null) {
        throw new ClippingsError(
          'E_INTERNAL',
          `A new library could not be started at ${this.file}.`,
        );
      }
    }
    try {
      migrate(db);
      const info = statSync(this.file);
      return { db, dev: info.dev, ino: info.ino };
    } catch (error) {
      db.close();
      throw error;
    }
  }

  /** After a commit: the file written must still be the one at the path. */
  #checkStillAtPath(): void {
    const open = this.#open;
    const now = statSync(this.file, { throwIfNoEntry: false });
    if (open && now && now.dev === open.dev && now.ino === open.ino) return;
    throw new ClippingsError(
      'E_UNAVAILABLE',
      'The library file was moved or replaced while this change was being saved, so it was not saved; try again.',
    );
  }

  #closeFile(): void {
    try {
      this.#open?.db.close();
    } catch {
      // A file deleted or damaged under it may refuse to close cleanly; it is let go anyway.
    }
    this.#open = null;
  }

  /** The private copy to read from, made again when the library changed since. */
  #readCopy(): Database {
    const info = statSync(this.file, { throwIfNoEntry: false });
    const key = info ? `${info.dev}:${info.ino}:${info.size}:${info.mtimeMs}` : 'none';
    if (this.#copy?.key === key) return this.#copy.db;
    this.#dropCopy();
    let folder: string;
    try {
      folder = mkdtempSync(join(tmpdir(), 'clippings-library-'));
    } catch (error) {
      throw new ClippingsError(
        'E_UNAVAILABLE',
        `Your library could not be read: its folder (${dirname(this.file)}) cannot be written, and neither can the temporary folder to read it from.`,
        { cause: error },
      );
    }
    const copy = join(folder, LIBRARY_FILE);
    try {
      if (info) {
        copyFileSync(this.file, copy);
        // A crashed write's journal comes along, so SQLite rolls the copy back to the last commit.
        if (existsSync(`${this.file}-journal`))
          copyFileSync(`${this.file}-journal`, `${copy}-journal`);
      }
      let db = tryOpen(copy);
      if (db === null || !isClippingsLibrary(db)) {
        db?.close();
        rmSync(copy, { force: true });
        db = new Database(copy);
      }
      migrate(db);
      this.#copy = { db, folder, key };
      return db;
    } catch (error) {
      rmSync(folder, { recursive: true, force: true });
      throw asLibraryError(error);
    }
  }

  #dropCopy(): void {
    if (!this.#copy) return;
    try {
      this.#copy.db.close();
    } catch {
      // Only our private copy.
    }
    rmSync(this.#copy.folder, { recursive: true, force: true });
    this.#copy = null;
  }

  /** Why nothing can be written in the data folder now, or null when it can be. */
  #whyUnwritable(): Unwritable | null {
    const folder = dirname(this.file);
    try {
      accessSync(folder, constants.W_OK);
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'EROFS' ? 'read-only' : 'denied';
    }
    try {
      const space = statfsSync(folder);
      if (space.bavail * space.bsize < FULL_BELOW_BYTES) return 'full';
    } catch {
      // No figures: say nothing about space.
    }
    // The system says it is writable: try, since a read-only mount can still answer access().
    const probe = join(folder, `.clippings-probe-${randomBytes(4).toString('hex')}`);
    try {
      mkdirSync(probe);
      rmSync(probe, { recursive: true, force: true });
      return null;
    } catch (error) {
      return unwritableOf((error as NodeJS.ErrnoException).code ?? '');
    }
  }

  #refusal(why: Unwritable, cause?: unknown): ClippingsError {
    const folder = dirname(this.file);
    const sentence =
      why === 'full'
        ? `The disk holding your library (${folder}) is full, so this change was not saved. Free some space and try again.`
        : `Your library's folder (${folder}) ${UNWRITABLE_WORDS[why]}, so this change was not saved.`;
    return new ClippingsError('E_UNAVAILABLE', sentence, cause === undefined ? {} : { cause });
  }
}

/** Below this much free space, a write that failed is put down to a full disk. */
const FULL_BELOW_BYTES = 1024 * 1024;

const UNWRITABLE_WORDS: Record<Unwritable, string> = {
  'read-only': 'is read-only',
  full: 'is on a full disk',
  denied: 'may not be written by Clippings (permission denied)',
};

/** A system error code (or a reason already in our words) → our words. */
function unwritableOf(code: string): Unwritable {
  if (code === 'read-only' || code === 'full' || code === 'denied') return code;
  if (code === 'EROFS') return 'read-only';
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'full';
  return 'denied';
}

/** SQLite's "disk I/O error" and its kin: the file system refused, not SQL. */
function isDiskError(error: unknown): boolean {
  return /disk I\/O error|disk is full|readonly database|unable to open database|could not open/i.test(
    String((error as Error)?.message ?? ''),
  );
}

/** SQLite's own lock directory, left by a process killed inside a transaction. */
function clearCrashedSqliteLock(file: string, log: (line: string) => void): void {
  const sqliteLock = `${file}.lock`;
  if (!existsSync(sqliteLock)) return;
  rmSync(sqliteLock, { recursive: true, force: true });
  log('clippings: cleared the lock of a library write that was interrupted.');
}

/** The database, or null when the file is not a readable SQLite database. */
function tryOpen(file: string): Database | null {
  let db: Database;
  try {
    db = new Database(file);
  } catch (error) {
    if (isDiskError(error) && existsSync(file)) throw error;
    return null;
  }
  try {
    // Foreign keys are on by default in this build; a sync busy wait never helps us (our lock
    // already excludes other Clippings processes), so fail at once if something else holds it.
    db.exec('PRAGMA busy_timeout = 0');
    const check = db.all('PRAGMA quick_check');
    const ok = check.length === 1 && check[0]?.['quick_check'] === 'ok';
    if (!ok) {
      db.close();
      return null;
    }
    return db;
  } catch (error) {
    db.close();
    if (/not a database|malformed|corrupt/i.test(String((error as Error).message))) return null;
    throw asLibraryError(error);
  }
}

/**
 * True for a new, empty file or one holding Clippings' tables; false for another program's
 * SQLite database that happens to sit at the library's path.
 */
function isClippingsLibrary(db: Database): boolean {
  const tables = new Set(
    db
      .all("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .map((row) => String(row['name'])),
  );
  if (tables.size === 0) return true;
  return LIBRARY_TABLES.every((table) => tables.has(table));
}

/** Renames a file (and its journal) aside, e.g. `library.damaged-2026-11-27-101500.sqlite`. */
function setAside(file: string, now: Date, why: 'damaged' | 'not-clippings'): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, '')
    .replace(/[:T]/g, '-');
  const stem = basename(file).replace(/\.sqlite$/, '');
  let aside = join(dirname(file), `${stem}.${why}-${stamp}.sqlite`);
  for (let n = 2; existsSync(aside); n += 1) {
    aside = join(dirname(file), `${stem}.${why}-${stamp}-${n}.sqlite`);
  }
  renameSync(file, aside);
  for (const suffix of ['-journal']) {
    if (existsSync(file + suffix)) renameSync(file + suffix, aside + suffix);
  }
  return aside;
}

function migrate(db: Database): void {
  const version = Number(db.get('PRAGMA user_version')?.['user_version'] ?? 0);
  if (version > LIBRARY_SCHEMA) {
    throw new ClippingsError(
      'E_UNSUPPORTED',
      `Your library was written by a newer Clippings (schema ${version}; this one reads up to ${LIBRARY_SCHEMA}). It was left untouched: update Clippings to use it.`,
    );
  }
  for (let next = version + 1; next <= LIBRARY_SCHEMA; next += 1) {
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(MIGRATIONS[next - 1] as string);
      db.exec(`PRAGMA user_version = ${next}`);
      db.exec('COMMIT');
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw error;
    }
  }
}

/** SQLite's own errors in words; ClippingsErrors pass through. */
function asLibraryError(error: unknown): unknown {
  if (error instanceof ClippingsError) return error;
  const message = String((error as Error)?.message ?? error);
  if (/locked|busy/i.test(message)) {
    return new ClippingsError(
      'E_UNAVAILABLE',
      'The library file is in use by another program; close it and try again.',
      { cause: error },
    );
  }
  if (/malformed|not a database|corrupt/i.test(message)) {
    return new ClippingsError(
      'E_INTERNAL',
      'The library file was damaged while open. Restart Clippings: it will keep the damaged file aside and start a new one.',
      { cause: error },
    );
  }
  if (isDiskError(error)) {
    return new ClippingsError(
      'E_UNAVAILABLE',
      'The disk refused to read or write the library file; check the disk and try again.',
      { cause: error },
    );
  }
  return error;
}
