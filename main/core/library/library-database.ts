/**
 * LibraryDatabase: the reader's library file (`library.sqlite` in Clippings' data folder), shared
 * by the app, the browser mode and every CLI run, any number of them at once.
 *
 * Why it works the way it does:
 * - SQLite is node-sqlite3-wasm: WebAssembly with direct file access through Node's fs, so the
 *   same code runs in plain Node 20 and in Electron's main with no native rebuild.
 * - Its file system layer has no shared memory, so no WAL: the journal is SQLite's rollback
 *   journal. Its lock is one directory (`library.sqlite.lock`) that every access takes, and a
 *   process killed while holding it leaves it behind for ever.
 * - So every access, read or write, first takes our own inter-process lock
 *   (`library.sqlite.clippings-lock`, proper-lockfile: a directory whose mtime the holder keeps
 *   fresh, taken over once stale after a crash) and waits for it asynchronously, with retries:
 *   no event loop blocks in SQLite's busy handler and no "database is locked" reaches the user.
 *   Whoever holds our lock is the only Clippings process in the file, so a SQLite lock found
 *   then is a crashed process's and is removed; SQLite itself rolls back a crashed write's hot
 *   journal on the next access.
 * - A file SQLite cannot read (not a database, or failing its quick check) is renamed aside
 *   with the date, a new one is started, and `notice` says so for the shells to show.
 * - Every change is one transaction (BEGIN IMMEDIATE … COMMIT), so nothing is stored half.
 */
import { existsSync, mkdirSync, openSync, readSync, closeSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Database } from 'node-sqlite3-wasm';
import * as lockfile from 'proper-lockfile';
import { ClippingsError } from '../model/errors';
import { LIBRARY_SCHEMA, MIGRATIONS } from './library-schema';

export type SqlConnection = Database;

export const LIBRARY_FILE = 'library.sqlite';

/** How long a crashed holder's lock blocks others (proper-lockfile's minimum is 5 s). */
const LOCK_STALE_MS = 5_000;
/** Waiting for the lock: up to about 30 s in all, which covers a crashed holder's lock going stale. */
const LOCK_RETRIES = { retries: 400, factor: 1.3, minTimeout: 2, maxTimeout: 100, randomize: true };

export interface LibraryDatabaseOptions {
  /** Notes for the log (a lock taken over after a crash, a damaged file set aside). */
  log?: (line: string) => void;
  /** The clock, for tests. */
  now?: () => Date;
}

export class LibraryDatabase {
  readonly file: string;
  /** Set when the file was damaged and set aside at open: a sentence for the user. */
  readonly notice: string | null;
  readonly #db: Database;
  readonly #log: (line: string) => void;
  #queue: Promise<unknown> = Promise.resolve();
  #closed = false;

  private constructor(
    file: string,
    db: Database,
    notice: string | null,
    log: (line: string) => void,
  ) {
    this.file = file;
    this.#db = db;
    this.notice = notice;
    this.#log = log;
  }

  /** Opens (creating or migrating) the library file; a damaged one is set aside and replaced. */
  static async open(file: string, options: LibraryDatabaseOptions = {}): Promise<LibraryDatabase> {
    const log = options.log ?? (() => undefined);
    const now = options.now ?? (() => new Date());
    mkdirSync(dirname(file), { recursive: true });
    const release = await acquireLock(file, log);
    try {
      clearCrashedSqliteLock(file, log);
      let notice: string | null = null;
      let db = tryOpen(file);
      if (db === null) {
        const aside = setAside(file, now());
        notice = `Your library file was damaged and could not be read. It was kept as ${basename(aside)} in ${dirname(aside)}, and a new, empty library was started.`;
        log(`clippings: ${notice}`);
        db = tryOpen(file);
        if (db === null) {
          throw new ClippingsError('E_INTERNAL', `A new library could not be started at ${file}.`);
        }
      }
      try {
        migrate(db);
      } catch (error) {
        db.close();
        throw error;
      }
      return new LibraryDatabase(file, db, notice, log);
    } finally {
      await release();
    }
  }

  /** Runs `work` with the file to itself (our lock held); for reads. */
  read<T>(work: (db: SqlConnection) => T): Promise<T> {
    return this.#exclusive(() => work(this.#db));
  }

  /** Runs `work` as one transaction: it commits whole, or (if it throws) not at all. */
  write<T>(work: (db: SqlConnection) => T): Promise<T> {
    return this.#exclusive(() => this.#transaction(work));
  }

  #transaction<T>(work: (db: SqlConnection) => T): T {
    const db = this.#db;
    db.exec('BEGIN IMMEDIATE');
    try {
      const result = work(db);
      db.exec('COMMIT');
      return result;
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw error;
    }
  }

  /**
   * SQLite's change counter from the file header (bytes 24–27), read without SQLite or a lock:
   * every committed write in rollback-journal mode bumps it, so a cache can tell cheaply
   * whether anyone (this process or another) changed the library since.
   */
  changeCounter(): number {
    let fd: number | null = null;
    try {
      fd = openSync(this.file, 'r');
      const header = Buffer.alloc(4);
      if (readSync(fd, header, 0, 4, 24) < 4) return -1;
      return header.readUInt32BE(0);
    } catch {
      return -1;
    } finally {
      if (fd !== null) closeSync(fd);
    }
  }

  /** A read, with the change counter as it was under the lock (a cache keeps both). */
  readCounted<T>(work: (db: SqlConnection) => T): Promise<{ value: T; counter: number }> {
    return this.#exclusive(() => ({ value: work(this.#db), counter: this.changeCounter() }));
  }

  /**
   * A write, with the change counter just before and just after it (under the lock, so no
   * other change falls between): a cache at `before` can apply the change and move to `after`.
   */
  writeCounted<T>(
    work: (db: SqlConnection) => T,
  ): Promise<{ value: T; before: number; after: number }> {
    return this.#exclusive(() => {
      const before = this.changeCounter();
      const value = this.#transaction(work);
      return { value, before, after: this.changeCounter() };
    });
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#queue.catch(() => undefined);
    this.#db.close();
  }

  /** One operation at a time in this process, and our inter-process lock around it. */
  #exclusive<T>(work: () => T): Promise<T> {
    const run = async (): Promise<T> => {
      if (this.#closed) throw new ClippingsError('E_UNAVAILABLE', 'The library was closed.');
      const release = await acquireLock(this.file, this.#log);
      try {
        clearCrashedSqliteLock(this.file, this.#log);
        return work();
      } catch (error) {
        throw asLibraryError(error);
      } finally {
        await release();
      }
    };
    const result = this.#queue.then(run, run);
    this.#queue = result.catch(() => undefined);
    return result;
  }
}

async function acquireLock(
  file: string,
  log: (line: string) => void,
): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(file, {
      realpath: false,
      lockfilePath: `${file}.clippings-lock`,
      stale: LOCK_STALE_MS,
      retries: LOCK_RETRIES,
      onCompromised: (error) => log(`clippings: the library lock was lost: ${error.message}`),
    });
  } catch (error) {
    throw new ClippingsError(
      'E_UNAVAILABLE',
      'The library is busy in another Clippings window or command and did not come free; try again.',
      { cause: error },
    );
  }
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
  } catch {
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

/** Renames a damaged file (and its journal) aside, e.g. `library.damaged-2026-11-27-101500.sqlite`. */
function setAside(file: string, now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, '')
    .replace(/[:T]/g, '-');
  const stem = basename(file).replace(/\.sqlite$/, '');
  let aside = join(dirname(file), `${stem}.damaged-${stamp}.sqlite`);
  for (let n = 2; existsSync(aside); n += 1) {
    aside = join(dirname(file), `${stem}.damaged-${stamp}-${n}.sqlite`);
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
  return error;
}
