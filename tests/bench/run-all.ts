/**
 * `npm run bench [-- NAME … [--option value …]]`: runs every tests/bench/*-bench.ts (or the
 * named ones, with the options after the names) one after another, each in its own Node
 * process with --expose-gc so memory figures are its own. Each benchmark prints its table and
 * writes bench-results/<name>.json. What the benchmarks keep between runs is in .bench-cache/:
 * the run says where, and how big, at its start and its end.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { benchCacheLine } from './bench-cache-report';
import { CACHE_DIR } from './bench-kit';

async function main(): Promise<number> {
  console.log(await benchCacheLine(CACHE_DIR, 'start'));
  // Names first (`scale`, `search`), then options for the benchmarks (`--stories 100000`).
  const firstOption = process.argv.findIndex((arg, at) => at >= 2 && arg.startsWith('--'));
  const only = process.argv.slice(2, firstOption < 0 ? undefined : firstOption);
  const options = firstOption < 0 ? [] : process.argv.slice(firstOption);
  const benches = readdirSync(__dirname)
    .filter((file) => file.endsWith('-bench.ts'))
    .filter((file) => only.length === 0 || only.some((name) => file.startsWith(name)))
    .sort();

  if (benches.length === 0) {
    console.error(`No benchmark matches ${only.join(', ')}.`);
    return 2;
  }

  let failed = 0;
  for (const file of benches) {
    console.log(`\n━━ ${file} ━━`);
    const run = spawnSync(
      process.execPath,
      [
        '--expose-gc',
        '--max-old-space-size=8192',
        '--import',
        'tsx',
        join(__dirname, file),
        ...options,
      ],
      { stdio: 'inherit' },
    );
    if (run.status !== 0) {
      failed += 1;
      console.error(`${file} failed (exit ${run.status}).`);
    }
  }
  console.log(`\n${await benchCacheLine(CACHE_DIR, 'end')}`);
  return failed === 0 ? 0 : 1;
}

void main().then((code) => process.exit(code));
