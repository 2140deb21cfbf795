import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseQuery } from '../../../main/core/search/parse-query';
import { planSearch } from '../../../main/core/search/search-plan';
import { Vocabulary } from '../../../main/core/search/vocabulary';
import {
  checksumOf,
  CorruptSegmentError,
  WorkerSegments,
} from '../../../main/core/index/worker-segments';
import type { BuildFile, SegmentSummary } from '../../../main/core/index/worker-protocol';
import type { StoryRecord } from '../../../main/core/index/story-record';
import { walkArchive } from '../../../main/core/story/walk-archive';

const FIXTURE = join(__dirname, '../../fixtures/search/archive');

let dir: string;
let root: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'clippings-worker-'));
  root = join(dir, 'archive');
  await cp(FIXTURE, root, { recursive: true });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function files(): Promise<BuildFile[]> {
  const { entries } = await walkArchive(root);
  return entries.map(({ id, file, size, mtimeMs }) => ({ id, file, size, mtimeMs }));
}

function search(worker: WorkerSegments, summaries: SegmentSummary[], query: string) {
  const vocabulary = new Vocabulary();
  let stories = 0;
  const totals = [0, 0, 0, 0, 0, 0];
  for (const summary of summaries) {
    vocabulary.addSegment(summary.segmentId, summary.termsText.split('\n'), summary.frequencies);
    stories += (JSON.parse(summary.storiesJson) as StoryRecord[]).length;
    summary.fieldLengthTotals.forEach((total, f) => (totals[f] = (totals[f] ?? 0) + total));
  }
  const plan = planSearch(parseQuery(query), {}, vocabulary, {
    documentCount: stories,
    fieldLengthTotals: totals,
  });
  return plan ? worker.search(plan) : null;
}

describe('WorkerSegments', () => {
  it('builds a segment from story files: stories listed, unreadable files skipped with a reason', async () => {
    const worker = new WorkerSegments();
    const path = join(dir, 'segment.bin');
    const summary = await worker.build(
      { segmentId: 'aaaaaaaaaaaaaaaa', root, files: await files(), reuseFrom: [], path },
      () => undefined,
    );
    const stories = JSON.parse(summary.storiesJson) as StoryRecord[];
    expect(stories.map((story) => story.id)).toContain('000_1a2b3c4d5e6f7081');
    expect(stories).toHaveLength(9);
    expect(summary.skipped).toEqual([
      expect.objectContaining({ file: '009_a3b4c5d6e7f8091a.txt', reason: 'The file is empty.' }),
    ]);
    expect(summary.filesRead).toBe(10);
    expect(summary.checksum).toBe(checksumOf(await readFile(path)));
    const hits = search(worker, [summary], 'harbour pilots');
    expect(hits?.docs.length).toBeGreaterThan(0);
  });

  it('reuses unchanged stories of the segment it replaces, and reads only changed files', async () => {
    const worker = new WorkerSegments();
    const first = await worker.build(
      {
        segmentId: 'aaaaaaaaaaaaaaaa',
        root,
        files: await files(),
        reuseFrom: [],
        path: join(dir, 'a.bin'),
      },
      () => undefined,
    );
    const changed = join(root, '004_5e6f708192a3b4c5.txt');
    await writeFile(
      changed,
      (await readFile(changed, 'utf8')).replace('Toy makers', 'Kite makers'),
    );
    const touched = join(root, '001_2b3c4d5e6f708192.txt');
    await utimes(touched, new Date(), new Date(Date.now() + 5_000)); // new mtime, same bytes
    const second = await worker.build(
      {
        segmentId: 'bbbbbbbbbbbbbbbb',
        root,
        files: await files(),
        reuseFrom: ['aaaaaaaaaaaaaaaa'],
        path: join(dir, 'b.bin'),
      },
      () => undefined,
    );
    expect(second.filesRead).toBe(2);
    worker.drop('aaaaaaaaaaaaaaaa');
    expect(search(worker, [second], 'kite')?.docs).toHaveLength(1);
    expect(first.segmentId).toBe('aaaaaaaaaaaaaaaa');
  });

  it('loads a cached segment it can trust, and refuses one that fails its checks', async () => {
    const builder = new WorkerSegments();
    const path = join(dir, 'segment.bin');
    const built = await builder.build(
      { segmentId: 'aaaaaaaaaaaaaaaa', root, files: await files(), reuseFrom: [], path },
      () => undefined,
    );
    const loader = new WorkerSegments();
    const loaded = await loader.load({
      segmentId: 'aaaaaaaaaaaaaaaa',
      path,
      checksum: built.checksum,
      bytes: built.bytes,
    });
    expect(loaded.storiesJson).toBe(built.storiesJson);
    expect(search(loader, [loaded], 'harbour')?.docs.length).toBeGreaterThan(0);

    await expect(
      loader.load({
        segmentId: 'aaaaaaaaaaaaaaaa',
        path,
        checksum: '0'.repeat(64),
        bytes: built.bytes,
      }),
    ).rejects.toThrow(CorruptSegmentError);
    const bytes = await readFile(path);
    await writeFile(path, bytes.subarray(0, bytes.length >> 1));
    await expect(
      loader.load({
        segmentId: 'aaaaaaaaaaaaaaaa',
        path,
        checksum: checksumOf(await readFile(path)),
        bytes: bytes.length >> 1,
      }),
    ).rejects.toThrow(CorruptSegmentError);
    await expect(
      loader.load({
        segmentId: 'aaaaaaaaaaaaaaaa',
        path: join(dir, 'missing.bin'),
        checksum: built.checksum,
        bytes: built.bytes,
      }),
    ).rejects.toThrow(CorruptSegmentError);
  });

  it('refuses a cached segment that is a FIFO, a link to /dev/zero or a folder, without hanging', async () => {
    const builder = new WorkerSegments();
    const built = await builder.build(
      {
        segmentId: 'aaaaaaaaaaaaaaaa',
        root,
        files: await files(),
        reuseFrom: [],
        path: join(dir, 'good.bin'),
      },
      () => undefined,
    );
    execFileSync('mkfifo', [join(dir, 'fifo.bin')]);
    await symlink('/dev/zero', join(dir, 'zero.bin'));
    await mkdir(join(dir, 'folder.bin'));
    for (const name of ['fifo.bin', 'zero.bin', 'folder.bin']) {
      await expect(
        new WorkerSegments().load({
          segmentId: 'aaaaaaaaaaaaaaaa',
          path: join(dir, name),
          checksum: built.checksum,
          bytes: built.bytes,
        }),
        name,
      ).rejects.toThrow(CorruptSegmentError);
    }
  });

  it('holds a segment it could not write to the cache, and says why', async () => {
    await writeFile(join(dir, 'not-a-folder'), 'a file where the cache folder should be');
    const worker = new WorkerSegments();
    const built = await worker.build(
      {
        segmentId: 'aaaaaaaaaaaaaaaa',
        root,
        files: await files(),
        reuseFrom: [],
        path: join(dir, 'not-a-folder', 'segment.bin'),
      },
      () => undefined,
    );
    expect(built.cacheWriteError).toBe('a file stands where a folder should be');
    expect(search(worker, [built], 'harbour')?.docs.length).toBeGreaterThan(0);
    const unsaved = await new WorkerSegments().build(
      { segmentId: 'bbbbbbbbbbbbbbbb', root, files: await files(), reuseFrom: [], path: null },
      () => undefined,
    );
    expect(unsaved.cacheWriteError).toBeNull();
  });

  it('makes snippets, hands back related data, and drops a segment', async () => {
    const worker = new WorkerSegments();
    await worker.build(
      {
        segmentId: 'aaaaaaaaaaaaaaaa',
        root,
        files: await files(),
        reuseFrom: [],
        path: join(dir, 'a.bin'),
      },
      () => undefined,
    );
    const [opening] = worker.snippets(null, [{ segmentId: 'aaaaaaaaaaaaaaaa', doc: 0 }]);
    expect(opening?.text).toMatch(/^Harbour pilots walked off the job/);
    const [related] = worker.related();
    expect((JSON.parse(related!.headlinesJson) as string[][])[0]).toEqual([
      'Ferry service resumes after storm',
      'Grain barges stuck on the low river',
    ]);
    expect(worker.drop('aaaaaaaaaaaaaaaa')).toBe(true);
    expect(worker.drop('aaaaaaaaaaaaaaaa')).toBe(false);
    expect(worker.related()).toEqual([]);
  });
});
