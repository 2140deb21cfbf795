/**
 * What issue 21's hostile test broke in the library, in one process: writes after the file was
 * deleted or renamed over (they must land in the file at the path), stale locks of every shape
 * (they must clear), a live holder (never taken; a waiter gives up in words), another
 * program's SQLite file at the library's path, a data folder that is a file, text SQLite would
 * have mangled (lone surrogates, NUL) and tags without a letter or digit.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  lstatSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database } from 'node-sqlite3-wasm';
import { afterEach, describe, expect, it } from 'vitest';
import { Library } from '../../../main/core/library/library';
import { LIBRARY_FILE, LibraryDatabase } from '../../../main/core/library/library-database';
import { thisProcess } from '../../../main/core/library/library-lock';

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((opened) => opened.close()));
});

async function scratch(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'clippings-durable-'));
}

async function library(dir: string): Promise<Library> {
  const opened = await Library.open(dir);
  open.push(opened);
  return opened;
}

/** What a fresh process would read: the notes of story `a` in the file at the path now. */
async function notesOnDisk(dir: string): Promise<string[]> {
  const fresh = await Library.open(dir);
  try {
    return (await fresh.forArchive('/archives/news').state('a')).notes.map((note) => note.text);
  } finally {
    await fresh.close();
  }
}

describe('a library file replaced or deleted while open', () => {
  it('puts the next write in a new file at the path when the old one was deleted', async () => {
    const dir = await scratch();
    const news = (await library(dir)).forArchive('/archives/news');
    await news.addNote('a', 'before');
    rmSync(join(dir, LIBRARY_FILE));
    expect((await news.addNote('a', 'after')).notes.map((note) => note.text)).toEqual(['after']);
    expect(await notesOnDisk(dir)).toEqual(['after']);
  });

  it('writes into the file renamed over it (a backup put back), not the old one', async () => {
    const dir = await scratch();
    const backupDir = await scratch();
    const backup = await Library.open(backupDir);
    await backup.forArchive('/archives/news').addNote('a', 'from the backup');
    await backup.close();
    const news = (await library(dir)).forArchive('/archives/news');
    await news.addNote('a', 'lost with the old file');
    renameSync(join(backupDir, LIBRARY_FILE), join(dir, LIBRARY_FILE));
    await news.addNote('a', 'after the swap');
    expect(await notesOnDisk(dir)).toEqual(['from the backup', 'after the swap']);
    // The search filters follow the new file too.
    expect((await news.snapshot()).notes.get('a')).toBe(2);
  });
});

describe('stale locks of any shape', () => {
  const lockOf = (dir: string) => join(dir, `${LIBRARY_FILE}.clippings-lock`);
  const minuteAgo = new Date(Date.now() - 60_000);

  it('clears a regular file, a folder with things in it, a lock dated in the future, a dead process’s lock', async () => {
    const shapes: Record<string, (lock: string) => void> = {
      'a regular file': (lock) => {
        writeFileSync(lock, 'left by something');
        utimesSync(lock, minuteAgo, minuteAgo);
      },
      'a folder with things in it': (lock) => {
        mkdirSync(join(lock, 'inside'), { recursive: true });
        writeFileSync(join(lock, 'inside', 'x'), 'x');
        utimesSync(lock, minuteAgo, minuteAgo);
      },
      'a folder dated in the future': (lock) => {
        mkdirSync(lock);
        const future = new Date(Date.now() + 3_600_000);
        utimesSync(lock, future, future);
      },
      'the lock of a process that has ended': (lock) => {
        const ended = spawnSync(process.execPath, ['-e', 'console.log(process.pid)']);
        const pid = Number(String(ended.stdout).trim());
        const { host } = thisProcess();
        symlinkSync(`clippings-lock 2 ${pid} 1 ${host} deadbeef0000`, lock);
      },
    };
    for (const [shape, make] of Object.entries(shapes)) {
      const dir = await scratch();
      (await Library.open(dir)).close();
      make(lockOf(dir));
      const started = Date.now();
      const news = (await library(dir)).forArchive('/archives/news');
      await news.addNote('a', shape);
      expect(Date.now() - started, shape).toBeLessThan(5_000);
      expect(await notesOnDisk(dir), shape).toEqual([shape]);
      expect(lstatSync(lockOf(dir), { throwIfNoEntry: false }), shape).toBeUndefined();
    }
  }, 60_000);

  it('never takes the lock of a process that is running; a waiter gives up in words', async () => {
    const dir = await scratch();
    (await Library.open(dir)).close();
    const holder = spawn('sleep', ['30']);
    try {
      const start = readFileSync(`/proc/${holder.pid}/stat`, 'utf8');
      const ticks = start.slice(start.lastIndexOf(')') + 2).split(' ')[19];
      symlinkSync(
        `clippings-lock 2 ${holder.pid} ${ticks} ${thisProcess().host} cafe00000000`,
        lockOf(dir),
      );
      const db = await LibraryDatabase.open(join(dir, LIBRARY_FILE), { holdLimitMs: 1_500 }).catch(
        (error: unknown) => error,
      );
      expect(db).toMatchObject({
        code: 'E_UNAVAILABLE',
        userMessage: expect.stringMatching(/busy/),
      });
      expect(lstatSync(lockOf(dir)).isSymbolicLink()).toBe(true);
    } finally {
      holder.kill('SIGKILL');
    }
    await new Promise((done) => holder.once('exit', done));
    // Once it has ended, its lock is cleared at once.
    const news = (await library(dir)).forArchive('/archives/news');
    await news.addNote('a', 'after the holder ended');
    expect(await notesOnDisk(dir)).toEqual(['after the holder ended']);
  }, 30_000);
});

describe('files that are not a Clippings library', () => {
  it('sets another program’s SQLite database aside and starts a library, in words', async () => {
    const dir = await scratch();
    const other = new Database(join(dir, LIBRARY_FILE));
    other.exec('CREATE TABLE archives (zip BLOB); CREATE TABLE settings (k, v)');
    other.close();
    const opened = await library(dir);
    expect(opened.notice).toMatch(/was not a Clippings library.*kept as library\.not-clippings-/);
    await opened.forArchive('/archives/news').addNote('a', 'works');
    expect((await readdir(dir)).some((name) => name.startsWith('library.not-clippings-'))).toBe(
      true,
    );
  });

  it('says plainly when the data folder is a file', async () => {
    const dir = await scratch();
    writeFileSync(join(dir, 'data'), 'a file');
    await expect(Library.open(join(dir, 'data'))).rejects.toMatchObject({
      code: 'E_INVALID',
      userMessage: expect.stringMatching(/it is a file, not a folder/),
    });
  });
});

describe('text the library must store exactly', () => {
  it('stores a lone surrogate as one replacement character, and finds the tag again', async () => {
    const news = (await library(await scratch())).forArchive('/archives/news');
    const tag = `harbour strikes \uD800 and more`;
    const note = `a note long enough to pass sixteen bytes \uDC00 end`;
    const state = await news.tag('a', tag, true);
    expect(state.tags).toEqual(['harbour strikes \uFFFD and more']);
    expect((await news.addNote('a', note)).notes[0]?.text).toBe(
      'a note long enough to pass sixteen bytes \uFFFD end',
    );
    const found = (await news.snapshot()).filter({
      include: [{ kind: 'tag', tag: 'harbour strikes \uFFFD and more' }],
      exclude: [],
    });
    expect(found('a')).toBe(true);
  });

  it('refuses a NUL rather than cut the text at it, and tags with no letter or digit', async () => {
    const news = (await library(await scratch())).forArchive('/archives/news');
    await expect(news.saveSearch('q', 'harbour\0 -harbour', {})).rejects.toMatchObject({
      code: 'E_INVALID',
    });
    for (const tag of ['\u200B\u200B', '!!!', '   ']) {
      await expect(news.tag('a', tag, true)).rejects.toMatchObject({
        userMessage: 'A tag needs at least one letter or digit.',
      });
    }
  });
});
