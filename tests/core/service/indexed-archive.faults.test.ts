/**
 * An open archive under fault injection: what a hostile test broke, each made to happen for
 * real — a worker killed, a FIFO and a link to /dev/zero in the cache, a cache that cannot be
 * written, two opens on one cache, a file unreadable and then readable again, a link to a file
 * outside swapped in while the archive is watched, a folder too deep for its path to open.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import {
  chmod,
  cp,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  symlink,
  unlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchResponse } from '../../../contract/api';
import { archiveCacheFolder } from '../../../main/core/index/index-cache';
import type { IndexedArchiveTuning } from '../../../main/core/service/indexed-archive';
import { DAMAGED_CACHE_MESSAGE, IndexedArchive } from '../../../main/core/service/indexed-archive';
import { faultyWorker } from './fault-workers';

const FIXTURE = join(__dirname, '../../fixtures/search/archive');
const SMALL_SEGMENTS: IndexedArchiveTuning = { segmentLimits: { stories: 3, bytes: 1_000_000 } };
const WATCH: IndexedArchiveTuning = {
  ...SMALL_SEGMENTS,
  watch: { stableMs: 150, quietMs: 150, maxWaitMs: 2_000 },
};

let dir: string;
let root: string;
let cacheDir: string;
const opened: IndexedArchive[] = [];

beforeEach(async () => {
  dir = realpathSync(await mkdtemp(join(tmpdir(), 'clippings-faults-')));
  root = join(dir, 'archive');
  cacheDir = join(dir, 'cache');
  await cp(FIXTURE, root, { recursive: true });
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((service) => service.close()));
  // `rm -rf` copes with folders deeper than PATH_MAX; fs.rm does not.
  spawnSync('rm', ['-rf', dir]);
});

function open(tuning: IndexedArchiveTuning = SMALL_SEGMENTS, watch = false): IndexedArchive {
  const service = new IndexedArchive(root, { cacheDir, watch, workers: 2 }, tuning);
  opened.push(service);
  return service;
}

async function openReady(tuning?: IndexedArchiveTuning): Promise<IndexedArchive> {
  const service = open(tuning);
  await service.ready;
  return service;
}

async function close(service: IndexedArchive): Promise<void> {
  opened.splice(opened.indexOf(service), 1);
  await service.close();
}

/**
 * How long vi.waitFor waits (generously) for what the archive reaches by itself; not a timing
 * assertion. A check that throws counts as not yet (a search sent to a worker as it dies is
 * refused).
 */
const PATIENCE = { timeout: 15_000, interval: 50 };
const total = async (service: IndexedArchive, query: string) =>
  (await service.search({ query })).total;

const ids = (response: SearchResponse) => response.hits.map((hit) => hit.id).sort();

function storyText(title: string, body: string): string {
  return [
    ' date 2022-11-20  \u00a0',
    'world',
    'Sunday Nov 20 2022',
    'By',
    'Desk',
    '',
    title,
    '',
    'By',
    'Desk',
    '',
    'Sunday Nov 20, 2022',
    '',
    body,
    '',
  ].join('\n');
}

async function segmentFiles(): Promise<string[]> {
  const folder = archiveCacheFolder(cacheDir, realpathSync(root));
  return (await readdir(folder)).filter((name) => name.startsWith('segment-')).sort();
}

describe('a worker that dies', () => {
  it('is replaced, its segments are loaded again from the cache, and search goes on', async () => {
    await writeFile(
      join(root, '020_5f5f5f5f5f5f5f5f.txt'),
      storyText('Tripwire found on the quay', 'A tripwire was found across the quay.'),
    );
    await close(await openReady()); // the cache, written
    const service = await openReady({
      ...SMALL_SEGMENTS,
      workerScript: faultyWorker({ dieOnSearchFor: 'tripwir' }),
    });
    const before = await service.search({ query: 'harbour' });
    expect(before.total).toBe(5);

    // Both workers get the search, and both die under it.
    await expect(service.search({ query: 'tripwire' })).rejects.toMatchObject({
      code: 'E_UNAVAILABLE',
    });
    // Before the fix, every later search posted to a dead worker and never settled.
    await vi.waitFor(async () => expect(await total(service, 'harbour')).toBe(5), PATIENCE);
    expect(ids(await service.search({ query: 'harbour' }))).toEqual(ids(before));
    await vi.waitFor(() => expect(service.status().state).toBe('ready'), PATIENCE);
    expect(service.lastIndexing()).toMatchObject({ filesRead: 0, segmentsBuilt: 0 });
    expect(service.lastIndexing().segmentsLoaded).toBeGreaterThan(0);
    expect(service.status().stories).toBe(10);
  });

  it('is rebuilt from the files when the cache has no copy of its segments', async () => {
    await writeFile(
      join(root, '020_5f5f5f5f5f5f5f5f.txt'),
      storyText('Tripwire found on the quay', 'A tripwire was found across the quay.'),
    );
    await writeFile(cacheDir, 'a file where the cache folder should be');
    const service = await openReady({
      ...SMALL_SEGMENTS,
      workerScript: faultyWorker({ dieOnSearchFor: 'tripwir' }),
    });
    await expect(service.search({ query: 'tripwire' })).rejects.toMatchObject({
      code: 'E_UNAVAILABLE',
    });
    await vi.waitFor(async () => expect(await total(service, 'harbour')).toBe(5), PATIENCE);
    await vi.waitFor(() => expect(service.status().state).toBe('ready'), PATIENCE);
    expect(service.lastIndexing().filesRead).toBeGreaterThan(0);
    expect(service.status().stories).toBe(10);
  });
});

describe('a file a worker never comes back from', () => {
  it('ends that worker, skips the file with a reason, and indexes the rest', async () => {
    await writeFile(join(root, 'stall-me.txt'), storyText('Stalling story', 'It never ends.'));
    const service = await openReady({
      ...SMALL_SEGMENTS,
      workerScript: faultyWorker({ hangOnRead: 'stall-me' }),
      stalledFileMs: 1_500,
    });
    // The worker put in the ended one's place loads its segments again, then all is ready.
    await vi.waitFor(() => expect(service.status().state).toBe('ready'), PATIENCE);
    expect(service.status().skippedFiles).toContainEqual({
      file: 'stall-me.txt',
      reason: expect.stringMatching(
        /kept an index worker busy far past its time budget, so it was skipped/,
      ),
    });
    expect((await service.search({ query: 'harbour' })).total).toBeGreaterThan(0);
  }, 60_000);
});

describe('odd entries in the cache', () => {
  const damage: Record<string, (path: string) => Promise<void>> = {
    'a segment that is a FIFO': async (path) => {
      await rm(path);
      execFileSync('mkfifo', [path]);
    },
    'a segment that is a link to /dev/zero': async (path) => {
      await rm(path);
      await symlink('/dev/zero', path);
    },
    'a segment that is a folder': async (path) => {
      await rm(path);
      await mkdir(join(path, 'inside'), { recursive: true });
    },
  };
  for (const [what, harm] of Object.entries(damage)) {
    it(`rebuilds ${what}, with the same answers, without hanging`, async () => {
      const first = await openReady();
      const baseline = ids(await first.search({ query: 'harbour' }));
      await close(first);
      const [victim] = await segmentFiles();
      const folder = archiveCacheFolder(cacheDir, realpathSync(root));
      await harm(join(folder, victim as string));

      const second = await openReady();
      expect(second.status()).toMatchObject({ state: 'ready', message: DAMAGED_CACHE_MESSAGE });
      expect(ids(await second.search({ query: 'harbour' }))).toEqual(baseline);
      await close(second);
      // Repaired for good: the next open loads everything and says nothing.
      const third = await openReady();
      expect(third.status()).toMatchObject({ state: 'ready', message: null });
      expect(third.lastIndexing()).toMatchObject({ segmentsBuilt: 0, cacheProblem: null });
    });
  }

  it('rebuilds a cache whose manifest is a folder (it stopped every open with EISDIR)', async () => {
    await close(await openReady());
    const manifest = join(archiveCacheFolder(cacheDir, realpathSync(root)), 'manifest.json');
    await rm(manifest);
    await mkdir(manifest);
    const second = await openReady();
    expect(second.status()).toMatchObject({ state: 'ready', stories: 9 });
    await close(second);
    const third = await openReady();
    expect(third.lastIndexing()).toMatchObject({ segmentsBuilt: 0, cacheProblem: null });
  });
});

describe('a cache that cannot be written', () => {
  it('a file where the cache folder should be: search goes on from memory, with a plain message', async () => {
    await writeFile(cacheDir, 'not a folder');
    const service = await openReady();
    expect(service.status()).toMatchObject({ state: 'ready', stories: 9 });
    expect(service.status().message).toBe(
      `The index cache cannot be written (a file stands where a folder should be): search works from memory, and the archive is indexed again the next time it is opened. The cache is in ${archiveCacheFolder(cacheDir, realpathSync(root))}.`,
    );
    expect((await service.search({ query: 'harbour' })).total).toBe(5);
  });

  it('a file where this archive’s own cache folder should be: the same', async () => {
    const folder = archiveCacheFolder(cacheDir, realpathSync(root));
    await mkdir(cacheDir);
    await writeFile(folder, 'not a folder');
    const service = await openReady();
    expect(service.status()).toMatchObject({ state: 'ready', stories: 9 });
    expect(service.status().message).toMatch(/^The index cache cannot be written \(a file stands/);
    expect((await service.search({ query: 'harbour' })).total).toBe(5);
    expect(await readFile(folder, 'utf8')).toBe('not a folder');
  });
});

describe('two opens on one cache', () => {
  it('the second reads the cache, writes nothing, and keeps what it indexed in memory', async () => {
    const writer = await openReady();
    const listing = async () =>
      Promise.all(
        (await segmentFiles()).map(async (name) => {
          const path = join(archiveCacheFolder(cacheDir, realpathSync(root)), name);
          return `${name} ${(await stat(path)).mtimeMs}`;
        }),
      );
    const written = await listing();

    const reader = await openReady();
    expect(reader.lastIndexing()).toMatchObject({ segmentsBuilt: 0, filesRead: 0 });
    expect(reader.status().message).toBeNull();
    await close(reader);

    const edited = join(root, '004_5e6f708192a3b4c5.txt');
    await writeFile(edited, (await readFile(edited, 'utf8')).replace('Toy makers', 'Kite makers'));
    const second = await openReady();
    expect((await second.search({ query: 'kite makers' })).total).toBe(1);
    expect(second.status().message).toBe(
      'Another Clippings process is keeping this archive’s index cache, so what was indexed here is kept in memory and not saved.',
    );
    expect(await listing()).toEqual(written);
    await close(second);
    await close(writer);

    // The cache was never damaged: the next open rebuilds only the edited file's segment.
    const next = await openReady();
    expect(next.lastIndexing()).toMatchObject({ cacheProblem: null, segmentsBuilt: 1 });
    expect(next.status().message).toBeNull();
  });
});

describe('a file that could not be read', () => {
  const LOCKED = '030_locked0000000000.txt';
  const denying = () =>
    faultyWorker({ denyReads: { pathHolds: 'locked', marker: join(dir, 'deny') } });

  it('is read on the next open once it can be, though its size and mtime did not change', async () => {
    await writeFile(join(root, LOCKED), storyText('Locked drawer opened', 'The drawer opened.'));
    await writeFile(join(dir, 'deny'), '');
    const first = await openReady({ ...SMALL_SEGMENTS, workerScript: denying() });
    expect(first.status().skippedFiles).toContainEqual({
      file: LOCKED,
      reason: 'The file could not be read: permission denied.',
    });
    await close(first);

    await unlink(join(dir, 'deny'));
    const second = await openReady({ ...SMALL_SEGMENTS, workerScript: denying() });
    expect((await second.search({ query: 'drawer' })).total).toBe(1);
    expect(second.status().skippedFiles.map((skipped) => skipped.file)).not.toContain(LOCKED);
  });

  it('is read while the archive is open once its permissions change', async () => {
    await writeFile(join(root, LOCKED), storyText('Locked drawer opened', 'The drawer opened.'));
    await writeFile(join(dir, 'deny'), '');
    const service = open({ ...WATCH, workerScript: denying() }, true);
    await service.ready;
    await service.watching;
    expect((await service.search({ query: 'drawer' })).total).toBe(0);
    await unlink(join(dir, 'deny'));
    await chmod(join(root, LOCKED), 0o600);
    await chmod(join(root, LOCKED), 0o644);
    await vi.waitFor(async () => expect(await total(service, 'drawer')).toBe(1), PATIENCE);
  });
});

describe('a link to a file outside, swapped in while the archive is watched', () => {
  const OUTSIDE = storyText('Secret ledger', 'The confidential ledger of the quartermaster.');

  it('is never read: not for the reader, not for the index', async () => {
    await writeFile(join(dir, 'secret.txt'), OUTSIDE);
    const service = open(WATCH, true);
    await service.ready;
    await service.watching;
    const victim = '003_4d5e6f708192a3b4';

    // ln -s ../secret.txt t && mv -T t archive/003_….txt
    await symlink(join(dir, 'secret.txt'), join(root, 't'));
    await rename(join(root, 't'), join(root, `${victim}.txt`));
    const read = await service.story({ id: victim }).then(
      (answer) => answer.story.paragraphs.join(' '),
      (error: { userMessage?: string }) => error.userMessage ?? String(error),
    );
    expect(read).not.toMatch(/confidential/);

    // A new file, swapped for a link while it is still settling.
    await writeFile(join(root, '040_0000000000000040.txt'), storyText('Fresh', 'A fresh story.'));
    await symlink(join(dir, 'secret.txt'), join(root, 't'));
    await rename(join(root, 't'), join(root, '040_0000000000000040.txt'));

    const linkReason =
      'It is a link to a place outside the archive; links out of it are not followed.';
    await vi.waitFor(() => {
      const skipped = service.status().skippedFiles;
      for (const file of [`${victim}.txt`, '040_0000000000000040.txt']) {
        expect(skipped).toContainEqual({ file, reason: linkReason });
      }
    }, PATIENCE);
    expect((await service.search({ query: 'confidential ledger' })).total).toBe(0);
    // The skip is listed as the batch is read; the story leaves the catalogue as it ends.
    await vi.waitFor(
      () => expect(service.story({ id: victim })).rejects.toMatchObject({ code: 'E_NOT_FOUND' }),
      { timeout: 10_000 },
    );
  });
});

describe('a folder deeper than the system’s path limit', () => {
  it('is listed as skipped, saying why, and its changes are said to be unseen', async () => {
    // 220 folders of 24 characters: a path of about 5,500 bytes, past Linux's 4,096. Made
    // by a shell stepping down one folder at a time, as a path that long cannot be opened.
    execFileSync('bash', [
      '-c',
      'cd "$1" && for i in $(seq 220); do mkdir deep-folder-of-stories-x && cd deep-folder-of-stories-x; done && printf "%s" "$2" > 099_deep000000000000.txt',
      'deep',
      root,
      storyText('Bottom of the well', 'Nobody reads the well.'),
    ]);
    const service = open(WATCH, true);
    await service.ready;
    await service.watching;
    const skipped = service
      .status()
      .skippedFiles.filter((entry) => entry.file.startsWith('deep-folder-of-stories-x/'));
    expect(skipped).toHaveLength(1);
    expect(skipped[0]?.file.length).toBeGreaterThan(4000);
    expect(skipped[0]?.reason).toMatch(/^Its path is longer than the system allows/);
    expect((await service.search({ query: 'well' })).total).toBe(0);
    expect(service.status().message).toMatch(
      /^Changes in deep-folder-of-stories-x\/.*\/ are not being seen \(its path is longer than the system allows\)/,
    );
  });
});
