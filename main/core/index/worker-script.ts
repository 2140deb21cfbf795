/**
 * How to start the index worker, in each way Clippings runs:
 * - the Electron bundle: `index-worker.js` beside the main bundle (electron.vite.config.ts
 *   builds it as its own entry), found from `__dirname`;
 * - from source (the CLI through tsx, vitest, benchmarks): `index-worker.ts` beside this file,
 *   loaded through tsx's CommonJS hook. (`execArgv: ['--import', 'tsx']` does not reach a
 *   worker's own entry on Node 20 — "Unknown file extension .ts" — so a two-line bootstrap
 *   registers tsx and requires the entry.)
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export interface WorkerScript {
  /** A file name, or source code when `eval` is true. */
  filename: string;
  eval?: boolean;
}

export function indexWorkerScript(directory: string = __dirname): WorkerScript {
  const bundled = join(directory, 'index-worker.js');
  if (existsSync(bundled)) return { filename: bundled };
  const source = join(directory, 'index-worker.ts');
  if (existsSync(source)) {
    const tsx = createRequire(source).resolve('tsx/cjs');
    return {
      filename: `require(${JSON.stringify(tsx)});\nrequire(${JSON.stringify(source)});`,
      eval: true,
    };
  }
  throw new Error(`clippings: the index worker script is missing from ${directory}`);
}
