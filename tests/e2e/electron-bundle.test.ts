/**
 * The Electron build (out/, made by `npm run e2e` before these tests) as far as it can be
 * checked without Electron: the main bundle finds its index worker beside itself, and that
 * worker runs in a plain Node worker thread.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../main/core/index/worker-pool';
import { indexWorkerScript } from '../../main/core/index/worker-script';
import { PROJECT_ROOT } from './serve-harness';

const OUT_MAIN = join(PROJECT_ROOT, 'out', 'main');

describe('out/main', () => {
  it('holds the worker locator in index.js itself, so its __dirname is out/main', () => {
    expect(readFileSync(join(OUT_MAIN, 'index.js'), 'utf8')).toContain('"index-worker.js"');
    const chunks = readdirSync(OUT_MAIN, { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.startsWith('chunks'),
    );
    for (const chunk of chunks.filter((file) => file.endsWith('.js'))) {
      expect(readFileSync(join(OUT_MAIN, chunk), 'utf8')).not.toContain('"index-worker.js"');
    }
    expect(indexWorkerScript(OUT_MAIN)).toEqual({ filename: join(OUT_MAIN, 'index-worker.js') });
  });

  it('has an index worker that starts and answers in a worker thread', async () => {
    const pool = new WorkerPool(1, indexWorkerScript(OUT_MAIN));
    try {
      expect(await pool.all({ type: 'related' })).toEqual([[]]);
    } finally {
      await pool.close();
    }
  });
});
