/**
 * The library file: created at the current schema, migrated step by step, refused (and left
 * alone) when a newer Clippings wrote it, set aside with a date when damaged (and a new one
 * started, with a notice), rolled back whole when a change fails, and usable after a process
 * died holding SQLite's lock.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database } from 'node-sqlite3-wasm';
import { describe, expect, it } from 'vitest';
import { LIBRARY_FILE, LibraryDatabase } from '../../../main/core/library/library-database';
import { LIBRARY_SCHEMA, MIGRATIONS } from '../../../main/core/library/library-schema';

async function scratch(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'clippings-library-db-'));
}

describe('LibraryDatabase.open', () => {
  it('creates the file at the current schema version', async () => {
    const file = join(await scratch(), LIBRARY_FILE);
    const db = await LibraryDatabase.open(file);
    const version = await db.read((sql) => sql.get('PRAGMA user_version')?.['user_version']);
    expect(version).toBe(LIBRARY_SCHEMA);
    expect(db.notice).toBeNull();
    await db.close();
  });

  it('leaves a file from a newer Clippings untouched and says so', async () => {
    const file = join(await scratch(), LIBRARY_FILE);
    const newer = new Database(file);
    newer.exec(MIGRATIONS.join('\n'));
    newer.exec(`CREATE TABLE future (x); PRAGMA user_version = ${LIBRARY_SCHEMA + 1}`);
    newer.close();
    const before = await readFile(file);
    await expect(LibraryDatabase.open(file)).rejects.toMatchObject({
      code: 'E_UNSUPPORTED',
      userMessage: expect.stringMatching(/newer Clippings/),
    });
    expect(await readFile(file)).toEqual(before);
  });

  it('sets a damaged file aside with the date, starts a new one, and says where the old one is', async () => {
    const dir = await scratch();
    const file = join(dir, LIBRARY_FILE);
    const garbage = Buffer.from('these bytes were never a database '.repeat(200));
    await writeFile(file, garbage);
    const db = await LibraryDatabase.open(file, { now: () => new Date('2026-11-27T10:15:00Z') });
    expect(db.notice).toMatch(/damaged.*library\.damaged-2026-11-27-10-15-00\.sqlite/);
    const aside = join(dir, 'library.damaged-2026-11-27-10-15-00.sqlite');
    expect(await readFile(aside)).toEqual(garbage);
    await db.write((sql) => sql.run("INSERT INTO archives (path) VALUES ('/a')"));
    expect(await db.read((sql) => sql.all('SELECT path FROM archives'))).toEqual([{ path: '/a' }]);
    await db.close();
  });

  it('sets aside a file whose pages are damaged (it opens, but fails its check)', async () => {
    const dir = await scratch();
    const file = join(dir, LIBRARY_FILE);
    const first = await LibraryDatabase.open(file);
    await first.write((sql) => {
      for (let i = 0; i < 200; i += 1)
        sql.run('INSERT INTO archives (path) VALUES (?)', [`/archive/${i}`]);
    });
    await first.close();
    const bytes = await readFile(file);
    bytes.fill(0x5a, 4096 + 100, 4096 + 3000); // scribble over the second page
    await writeFile(file, bytes);
    const db = await LibraryDatabase.open(file);
    expect(db.notice).toMatch(/damaged/);
    expect((await readdir(dir)).some((name) => name.startsWith('library.damaged-'))).toBe(true);
    expect(await db.read((sql) => sql.all('SELECT * FROM archives'))).toEqual([]);
    await db.close();
  });
});

describe('LibraryDatabase.write', () => {
  it('stores nothing of a change that fails half way', async () => {
    const db = await LibraryDatabase.open(join(await scratch(), LIBRARY_FILE));
    await expect(
      db.write((sql) => {
        sql.run("INSERT INTO archives (path) VALUES ('/first')");
        throw new Error('the second half failed');
      }),
    ).rejects.toThrow('the second half failed');
    expect(await db.read((sql) => sql.all('SELECT path FROM archives'))).toEqual([]);
    await db.close();
  });

  it('bumps the header change counter on each commit, and only then', async () => {
    const db = await LibraryDatabase.open(join(await scratch(), LIBRARY_FILE));
    const start = db.changeCounter();
    const { before, after } = await db.writeCounted((sql) =>
      sql.run("INSERT INTO archives (path) VALUES ('/a')"),
    );
    expect(before).toBe(start);
    expect(after).not.toBe(before);
    await db.read((sql) => sql.all('SELECT * FROM archives'));
    expect(db.changeCounter()).toBe(after);
    await db.close();
  });

  it('clears the SQLite lock a killed process left behind, and carries on', async () => {
    const file = join(await scratch(), LIBRARY_FILE);
    const db = await LibraryDatabase.open(file);
    await mkdir(`${file}.lock`); // what node-sqlite3-wasm leaves when killed inside a transaction
    await db.write((sql) => sql.run("INSERT INTO archives (path) VALUES ('/after-crash')"));
    expect(existsSync(`${file}.lock`)).toBe(false);
    expect(await db.read((sql) => sql.all('SELECT path FROM archives'))).toHaveLength(1);
    await db.close();
  });
});
