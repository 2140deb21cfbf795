/**
 * `npm test` is the fast tests alone; `npm run test:all` is every test, the slow multi-process
 * and fault files (`*.processes.test.ts`, `*.faults.test.ts`) too; `.ci/run` runs everything.
 * Each script's files are asked of vitest itself (`vitest list --filesOnly`, run with the
 * script's own arguments), so the check follows the config, not a copy of its globs.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const SCRIPTS = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts;
const SLOW = /\.(processes|faults)\.test\.ts$/;

/** The test files a `vitest run …` script would run, relative to the repository. */
async function filesOf(script: string): Promise<string[]> {
  const command = SCRIPTS[script] ?? '';
  expect(command).toMatch(/^vitest run\b/);
  const args = command
    .replace(/^vitest run\s*/, '')
    .split(/\s+/)
    .filter(Boolean);
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'list', '--filesOnly', '--json', ...args],
    { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
  );
  const listed = JSON.parse(stdout) as { file: string }[];
  return [...new Set(listed.map((entry) => relative(ROOT, entry.file)))].sort();
}

describe('the test scripts', () => {
  it('npm test runs the fast tests only; test:all runs them and the slow ones', async () => {
    const [fast, all] = await Promise.all([filesOf('test'), filesOf('test:all')]);
    expect(fast.filter((file) => SLOW.test(file))).toEqual([]);
    expect(fast).toContain('tests/lint/test-scripts.test.ts');
    expect(fast.some((file) => file.startsWith('tests/renderer/'))).toBe(true);
    const slowOnly = all.filter((file) => !fast.includes(file));
    // The multi-process library file and the fault files are the slow ones, run by test:all.
    expect(slowOnly).toContain('tests/core/library/library-writers.processes.test.ts');
    expect(slowOnly).toContain('tests/core/service/indexed-archive.faults.test.ts');
    expect(slowOnly.every((file) => SLOW.test(file))).toBe(true);
    expect(all).toEqual([...new Set([...fast, ...slowOnly])].sort());
  }, 60_000);

  it('.ci/run runs every test, with the JSON report its tally reads', () => {
    const ci = readFileSync(join(ROOT, '.ci/run'), 'utf8');
    expect(ci).toMatch(
      /npm run test:all -- --reporter=default --reporter=json --outputFile\.json=test-results\/unit\.json/,
    );
    expect(ci).not.toMatch(/\bnpm test\b -- --reporter/);
  });
});
