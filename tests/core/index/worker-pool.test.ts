import { cp, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  defaultWorkerCount,
  WorkerPool,
  WorkerRequestError,
} from '../../../main/core/index/worker-pool';
import { walkArchive } from '../../../main/core/story/walk-archive';
import type { WorkerScript } from '../../../main/core/index/worker-script';

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
        bytes: 10,
      }),
    ).rejects.toMatchObject({ kind: 'corrupt' });
    await pool.close();
    await expect(pool.request(0, { type: 'drop', segmentId: 'x' })).rejects.toBeInstanceOf(
      WorkerRequestError,
    );
  });
});

/** A worker that answers like the real one, but dies on a `drop` of segment `die…`. */
function mortalWorker(): WorkerScript {
  const source = join(__dirname, '../../../main/core/index/index-worker.ts');
  const tsx = createRequire(source).resolve('tsx/cjs');
  return {
    eval: true,
    filename: [
      `require(${JSON.stringify(tsx)});`,
      "const { parentPort } = require('node:worker_threads');",
      "parentPort.on('message', (m) => { if (m.type === 'drop' && m.segmentId.startsWith('die')) process.exit(3); });",
      `require(${JSON.stringify(source)});`,
    ].join('\n'),
  };
}

describe('WorkerPool: a worker that dies', () => {
  it('fails what it was doing, is replaced, and later requests are answered', async () => {
    const pool = new WorkerPool(2, mortalWorker());
    const restarted: number[] = [];
    pool.onRestart((index) => restarted.push(index));
    try {
      await expect(pool.request(1, { type: 'drop', segmentId: 'die' })).rejects.toMatchObject({
        kind: 'stopped',
      });
      expect(restarted).toEqual([1]);
      // Before the fix, this waited for ever on the dead worker.
      expect(await pool.request(1, { type: 'drop', segmentId: 'x' })).toBe(false);
      expect(await pool.all({ type: 'related' })).toEqual([[], []]);
    } finally {
      await pool.close();
    }
  });

  it('gives a worker up after dying again and again, refusing its requests at once', async () => {
    const pool = new WorkerPool(1, mortalWorker());
    const gaveUp: number[] = [];
    pool.onGiveUp((index) => gaveUp.push(index));
    try {
      for (let death = 0; death < 4; death += 1) {
        await expect(pool.request(0, { type: 'drop', segmentId: 'die' })).rejects.toBeInstanceOf(
          WorkerRequestError,
        );
      }
      expect(gaveUp).toEqual([0]);
      await expect(pool.request(0, { type: 'related' })).rejects.toMatchObject({
        kind: 'stopped',
        message: 'an index worker kept stopping',
      });
    } finally {
      await pool.close();
    }
  });
});

describe('defaultWorkerCount', () => {
  it('uses at least two workers where there are two cores, at most four', () => {
    expect(defaultWorkerCount()).toBeGreaterThanOrEqual(Math.min(2, availableParallelism()));
    expect(defaultWorkerCount()).toBeLessThanOrEqual(4);
  });
});
