import { cp, mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  defaultWorkerCount,
  WorkerPool,
  WorkerRequestError,
} from '../../../main/core/index/worker-pool';
import { walkArchive } from '../../../main/core/story/walk-archive';

const FIXTURE = join(__dirname, '../../fixtures/search/archive');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'clippings-pool-'));
  await cp(FIXTURE, join(dir, 'archive'), { recursive: true });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('WorkerPool', () => {
  it('starts real worker threads (from source under the tests) and answers typed requests', async () => {
    const pool = new WorkerPool(2);
    try {
      const root = join(dir, 'archive');
      const { entries } = await walkArchive(root);
      const progress: number[] = [];
      const summary = await pool.request(
        1,
        {
          type: 'build',
          segmentId: 'cccccccccccccccc',
          root,
          files: entries.map(({ id, file, size, mtimeMs }) => ({ id, file, size, mtimeMs })),
          reuseFrom: [],
          path: join(dir, 'segment.bin'),
        },
        (done) => progress.push(done),
      );
      expect(JSON.parse(summary.storiesJson)).toHaveLength(9);
      expect(progress.at(-1)).toBe(entries.length);
      const dropped = await pool.all({ type: 'drop', segmentId: 'cccccccccccccccc' });
      expect(dropped).toEqual([false, true]);
    } finally {
      await pool.close();
    }
  });

  it('rejects a failing request with the worker’s reason, and everything after close', async () => {
    const pool = new WorkerPool(1);
    await expect(
      pool.request(0, {
        type: 'load',
        segmentId: 'x',
        path: join(dir, 'nothing.bin'),
        checksum: 'x',
      }),
    ).rejects.toMatchObject({ kind: 'corrupt' });
    await pool.close();
    await expect(pool.request(0, { type: 'drop', segmentId: 'x' })).rejects.toBeInstanceOf(
      WorkerRequestError,
    );
  });
});

describe('defaultWorkerCount', () => {
  it('uses at least two workers where there are two cores, at most four', () => {
    expect(defaultWorkerCount()).toBeGreaterThanOrEqual(Math.min(2, availableParallelism()));
    expect(defaultWorkerCount()).toBeLessThanOrEqual(4);
  });
});
