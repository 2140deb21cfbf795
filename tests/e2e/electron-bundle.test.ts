/**
 * The Electron build (out/, made by `npm run e2e` before these tests) as far as it can be
 * checked without Electron: the main bundle finds its index worker beside itself, and that
 * worker runs in a plain Node worker thread; every package the bundle loads at run time is a
 * runtime dependency (so the installer ships it), and the library's WebAssembly SQLite loads
 * from there and writes a file. The sandboxed preload requires nothing but electron (no zod, no
 * engine code) and knows every method of the API's table.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../main/core/index/worker-pool';
import { indexWorkerScript } from '../../main/core/index/worker-script';
import { API_METHODS, CHANNELS } from '../../contract/api-table';
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

  it('loads only runtime dependencies besides electron, and their SQLite runs from there', () => {
    const bundle = readFileSync(join(OUT_MAIN, 'index.js'), 'utf8');
    const required = [...bundle.matchAll(/require\("([^".][^"]*)"\)/g)]
      .map((match) => match[1] as string)
      .filter((name) => !name.startsWith('node:') && name !== 'electron')
      .map((name) =>
        name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0]!,
      );
    const { dependencies } = JSON.parse(
      readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8'),
    ) as {
      dependencies: Record<string, string>;
    };
    expect(required).toContain('node-sqlite3-wasm');
    for (const name of required) expect(Object.keys(dependencies)).toContain(name);

    const file = join(mkdtempSync(join(tmpdir(), 'clippings-bundle-sqlite-')), 'library.sqlite');
    const script = `const { Database } = require(require.resolve('node-sqlite3-wasm', { paths: [${JSON.stringify(OUT_MAIN)}] }));
const db = new Database(${JSON.stringify(file)});
db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (42)');
process.stdout.write(String(db.get('SELECT x FROM t').x));
db.close();`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('42');
  });
});

describe('out/preload', () => {
  const preload = (): string =>
    readFileSync(join(PROJECT_ROOT, 'out', 'preload', 'index.js'), 'utf8');

  it('requires only electron: a sandboxed preload can load nothing else', () => {
    const required = [...preload().matchAll(/require\(["']([^"']+)["']\)/g)].map(
      (match) => match[1],
    );
    expect(required).toEqual(['electron']);
    // zod bundled in would add ~180 kB; the preload is the verbs and the channel names.
    expect(preload()).not.toMatch(/ZodError|safeParse/);
    expect(preload().length).toBeLessThan(10_000);
  });

  it('holds every method of the table, and derives each channel from it', () => {
    for (const method of API_METHODS) expect(preload()).toContain(`"${method}"`);
    expect(Object.values(CHANNELS)).toContain('clippings:open-archive');
  });
});
