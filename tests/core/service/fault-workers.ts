/**
 * Index workers with a fault built in, for fault-injection tests: the real worker (from
 * source), wrapped so that it dies when a search asks for a given index term, or is refused
 * (EACCES) when it opens a file whose path holds a given word while a marker file exists —
 * the way a story file with no read permission is refused to a user who is not root — or
 * never comes back from opening one (a reader stuck on a hostile file).
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { WorkerScript } from '../../../main/core/index/worker-script';

const WORKER_SOURCE = join(__dirname, '../../../main/core/index/index-worker.ts');

export interface Faults {
  /** The worker exits (as a crash would end it) on a search whose plan holds this term. */
  dieOnSearchFor?: string;
  /** Opening a path that contains `pathHolds` fails with EACCES while `marker` exists. */
  denyReads?: { pathHolds: string; marker: string };
  /** Opening a path that contains this word never returns (as a parser stuck on a file). */
  hangOnRead?: string;
}

export function faultyWorker(faults: Faults): WorkerScript {
  const tsx = createRequire(WORKER_SOURCE).resolve('tsx/cjs');
  const lines = [`require(${JSON.stringify(tsx)});`];
  if (faults.denyReads) {
    const { pathHolds, marker } = faults.denyReads;
    lines.push(
      "const fs = require('node:fs');",
      'const openSync = fs.openSync;',
      'fs.openSync = function (path, ...rest) {',
      `  if (String(path).includes(${JSON.stringify(pathHolds)}) && fs.existsSync(${JSON.stringify(marker)})) {`,
      "    throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });",
      '  }',
      '  return openSync.call(this, path, ...rest);',
      '};',
    );
  }
  if (faults.hangOnRead) {
    lines.push(
      "const fsHang = require('node:fs');",
      'const openHang = fsHang.openSync;',
      'fsHang.openSync = function (path, ...rest) {',
      `  if (String(path).includes(${JSON.stringify(faults.hangOnRead)})) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);`,
      '  return openHang.call(this, path, ...rest);',
      '};',
    );
  }
  if (faults.dieOnSearchFor) {
    lines.push(
      "require('node:worker_threads').parentPort.on('message', (m) => {",
      `  if (m.type === 'search' && m.plan.statistics.terms.includes(${JSON.stringify(faults.dieOnSearchFor)})) process.exit(3);`,
      '});',
    );
  }
  lines.push(`require(${JSON.stringify(WORKER_SOURCE)});`);
  return { filename: lines.join('\n'), eval: true };
}
