import type * as fsModule from 'node:fs';
import type { FSWatcher } from 'node:fs';
import { watch } from 'node:fs';
import { lstat, mkdir, mkdtemp, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type {
  WatchBatch,
  WatchFolder,
  WatchProblem,
} from '../../../main/core/service/archive-watcher';
import { ArchiveWatcher } from '../../../main/core/service/archive-watcher';

/** Every fs.watch the watcher made, by folder (the real ones, recorded). */
const fsWatchers = new Map<string, FSWatcher>();
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof fsModule>();
  const recorded = ((...args: Parameters<typeof real.watch>) => {
    const made = real.watch(...args);
    fsWatchers.set(String(args[0]), made);
    return made;
  }) as typeof real.watch;
  return { ...real, default: { ...real, watch: recorded }, watch: recorded };
});

let root: string;
let watcher: ArchiveWatcher | null = null;
const batches: WatchBatch[] = [];

/**
 * The watcher's timers (stableMs, quietMs, maxWaitMs) run on fake time: the tests move the
 * clock, so a loaded machine cannot stretch a pause between two writes into a batch of its
 * own, and proving that no second batch comes costs no real time. File events and lstat stay
 * real; vi.waitFor moves the clock as it polls for what they bring.
 */
const PATIENCE = { timeout: 10_000, interval: 20 };

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  root = await mkdtemp(join(tmpdir(), 'clippings-watch-'));
  await mkdir(join(root, '2022'));
  await writeFile(join(root, '2022', 'old.txt'), 'old story');
  batches.length = 0;
});
afterEach(async () => {
  await watcher?.close();
  watcher = null;
  vi.useRealTimers();
  await rm(root, { recursive: true, force: true });
});

async function start(): Promise<void> {
  watcher = new ArchiveWatcher(root, (batch) => batches.push(batch), {
    stableMs: 100,
    quietMs: 100,
    maxWaitMs: 3_000,
  });
  await watcher.ready;
}

/** The `count`th batch, once it has come (vi.waitFor moves the fake clock meanwhile). */
async function nextBatch(count = 1): Promise<WatchBatch> {
  return vi.waitFor(() => {
    expect(batches.length).toBeGreaterThanOrEqual(count);
    return batches[count - 1] as WatchBatch;
  }, PATIENCE);
}

/** Runs the clock far past every window of the watcher, after the file events so far. */
async function runOutTheClock(): Promise<void> {
  await lstat(root);
  await vi.advanceTimersByTimeAsync(10_000);
}

const sorted = (set: Set<string>) => [...set].sort();

describe('ArchiveWatcher', () => {
  it('reports added, changed and removed story files, in nested folders too', async () => {
    await start();
    await writeFile(join(root, 'new.txt'), 'a new story');
    await writeFile(join(root, '2022', 'old.txt'), 'changed');
    expect(sorted((await nextBatch()).files)).toEqual(['2022/old.txt', 'new.txt']);
    await unlink(join(root, 'new.txt'));
    expect(sorted((await nextBatch(2)).files)).toEqual(['new.txt']);
  });

  it('ignores hidden files, hidden folders and files that are not stories', async () => {
    await start();
    await writeFile(join(root, '.draft.txt'), 'hidden');
    await mkdir(join(root, '.trash'));
    await writeFile(join(root, '.trash', 'gone.txt'), 'hidden');
    await writeFile(join(root, 'notes.log'), 'not a story');
    await writeFile(join(root, 'real.txt'), 'a story');
    expect(sorted((await nextBatch()).files)).toEqual(['real.txt']);
  });

  it('reports saved pages and clippings, never the files of a page’s assets folder', async () => {
    await mkdir(join(root, 'Saved_files'));
    await writeFile(join(root, 'Saved.html'), '<html>');
    await writeFile(join(root, 'Saved_files', 'frame.html'), '<html>');
    await start();
    await writeFile(join(root, 'Saved_files', 'frame.html'), '<html>changed');
    await writeFile(join(root, 'clip.md'), '# a clipping');
    await writeFile(join(root, 'page.htm'), '<html>');
    expect(sorted((await nextBatch()).files)).toEqual(['clip.md', 'page.htm']);
  });

  it('drops an assets folder reported before its page arrived', async () => {
    await start();
    await mkdir(join(root, 'Late_files'));
    await writeFile(join(root, 'Late_files', 'frame.html'), '<html>');
    expect(sorted((await nextBatch()).files)).toEqual(['Late_files/frame.html']);
    await writeFile(join(root, 'Late.html'), '<html>');
    // The folder's removal and the page may come in one batch or two.
    let later = await nextBatch(2);
    if (later.files.size === 0) later = await nextBatch(3);
    expect(sorted(later.files)).toEqual(['Late.html']);
    expect(batches.slice(1).flatMap((batch) => [...batch.removedFolders])).toEqual(['Late_files']);
  });

  it('reports a new folder’s stories, and a removed folder', async () => {
    await start();
    await mkdir(join(root, '2023'));
    await writeFile(join(root, '2023', 'a.txt'), 'story a');
    const added = await nextBatch();
    expect(sorted(added.files)).toContain('2023/a.txt');
    await rm(join(root, '2022'), { recursive: true });
    const removed = await nextBatch(2);
    expect(sorted(removed.removedFolders)).toEqual(['2022']);
  });

  it('waits for a file being written to hold still, then reports it once', async () => {
    await start();
    const path = join(root, 'slow.txt');
    // A write every 40 ms of the watcher's time, each under its 100 ms of stillness.
    for (let part = 1; part <= 5; part += 1) {
      await writeFile(path, 'x'.repeat(part * 100));
      await vi.advanceTimersByTimeAsync(40);
    }
    expect(sorted((await nextBatch()).files)).toEqual(['slow.txt']);
    await runOutTheClock();
    expect(batches).toHaveLength(1);
  });

  it('gathers a burst of new files into one batch', async () => {
    await start();
    await Promise.all(
      Array.from({ length: 300 }, (_, i) => writeFile(join(root, `burst-${i}.txt`), `story ${i}`)),
    );
    expect((await nextBatch()).files.size).toBe(300);
    await runOutTheClock();
    expect(batches).toHaveLength(1);
  });
});

describe('ArchiveWatcher: when watching fails', () => {
  /** fs.watch, except that the folders named in `refuse` cannot be watched. */
  function watchRefusing(refuse: Set<string>): WatchFolder {
    return (folder, onChange) => {
      if (refuse.has(folder)) {
        throw Object.assign(new Error('ENOSPC: System limit for number of file watchers reached'), {
          code: 'ENOSPC',
        });
      }
      return watch(folder, { persistent: true }, onChange);
    };
  }

  it('says which folder cannot be watched, and why, instead of going quiet', async () => {
    const problems: WatchProblem[] = [];
    watcher = new ArchiveWatcher(
      root,
      (batch) => batches.push(batch),
      { stableMs: 100, quietMs: 100, maxWaitMs: 3_000 },
      {
        watch: watchRefusing(new Set([join(root, '2022')])),
        onProblem: (problem) => problems.push(problem),
      },
    );
    await watcher.ready;
    expect(problems).toEqual([
      {
        folder: '2022',
        reason:
          'the system’s limit on watched folders is reached (on Linux, raise fs.inotify.max_user_watches)',
      },
    ]);
  });

  it('does not take an error from a folder’s watch for the folder’s removal', async () => {
    const problems: WatchProblem[] = [];
    watcher = new ArchiveWatcher(
      root,
      (batch) => batches.push(batch),
      { stableMs: 100, quietMs: 100, maxWaitMs: 3_000 },
      { onProblem: (problem) => problems.push(problem) },
    );
    await watcher.ready;
    const watched = fsWatchers.get(join(root, '2022'));
    expect(watched).toBeDefined();
    watched?.emit('error', Object.assign(new Error('EIO: i/o error'), { code: 'EIO' }));
    // Watched again: a story written there afterwards is still seen.
    await vi.waitFor(() => expect(fsWatchers.get(join(root, '2022'))).not.toBe(watched), PATIENCE);
    await writeFile(join(root, '2022', 'after.txt'), 'a story written after the error');
    await vi.waitFor(
      () => expect(batches.some((batch) => batch.files.has('2022/after.txt'))).toBe(true),
      PATIENCE,
    );
    expect(batches.flatMap((batch) => [...batch.removedFolders])).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('reports a story name that became a link, so the index can decide about it', async () => {
    await start();
    await writeFile(join(root, 'elsewhere'), 'not in the archive');
    await symlink(join(root, 'elsewhere'), join(root, 'link.txt'));
    expect(sorted((await nextBatch()).files)).toEqual(['link.txt']);
  });
});
