/**
 * The index cache between processes, with real processes: two `index` runs at once on one
 * new cache (one writes, the other indexes in memory, and the cache is whole afterwards), and
 * a cache folder the user cannot write (search answers, and says so once).
 */
import { spawn } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { chmod, cp, mkdir, readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { archiveCacheFolder } from '../../../../main/core/index/index-cache';
import { IndexedArchive } from '../../../../main/core/service/indexed-archive';
import { generateArchive } from '../../../../tools/generate/generate-archive';
import { useScratchDir } from '../cli-harness';

const PROJECT = resolve(__dirname, '../../../..');
const FIXTURE = join(PROJECT, 'tests/fixtures/search/archive');
const scratch = useScratchDir('clippings-cli-shared-');

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run --silent cli -- …` as a child process (optionally as another user). */
function cli(args: string[], as: string[] = []): { done: Promise<Finished> } {
  const command = [...as, process.execPath, '--import', 'tsx', join(PROJECT, 'main/cli.ts')];
  const child = spawn(command[0] as string, [...command.slice(1), ...args], {
    cwd: PROJECT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return {
    done: new Promise((resolveDone) =>
      child.once('close', (code) => resolveDone({ code, stdout, stderr })),
    ),
  };
}

describe('two processes indexing one new cache at once', () => {
  let archive: string;
  beforeAll(async () => {
    archive = join(scratch(), 'news');
    // Big enough (three segments) that the first run is still indexing when the second starts.
    await generateArchive(archive, { stories: 6_000, seed: 11 });
  }, 120_000);

  it('one writes the cache, the other indexes in memory, and the cache is whole after', async () => {
    const cacheDir = join(scratch(), 'cache');
    const folder = archiveCacheFolder(cacheDir, realpathSync(archive));
    const args = ['index', '--archive', archive, '--cache', cacheDir, '--json'];
    const first = cli(args);
    // The second starts once the first is writing segments (its cache folder exists).
    await vi.waitFor(() => expect(existsSync(folder)).toBe(true), {
      timeout: 60_000,
      interval: 25,
    });
    const second = cli(args);
    const runs = await Promise.all([first.done, second.done]);
    for (const run of runs) {
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ stories: 6_000 });
    }
    expect(runs[0]?.stderr).toBe('');
    expect(runs[1]?.stderr.trim()).toBe(
      'Another Clippings process is keeping this archive’s index cache, so what was indexed here is kept in memory and not saved.',
    );

    // Exactly the segment files the manifest names, and a reopen that loads them all.
    const manifest = JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8')) as {
      segments: { id: string }[];
    };
    const files = (await readdir(folder)).filter((name) => name.startsWith('segment-'));
    expect(files.sort()).toEqual(manifest.segments.map(({ id }) => `segment-${id}.bin`).sort());
    const reopened = new IndexedArchive(archive, { cacheDir, workers: 2 });
    try {
      await reopened.ready;
      expect(reopened.lastIndexing()).toMatchObject({
        cacheProblem: null,
        segmentsBuilt: 0,
        segmentsLoaded: manifest.segments.length,
      });
      expect(reopened.status()).toMatchObject({ stories: 6_000, message: null });
    } finally {
      await reopened.close();
    }
  }, 120_000);
});

describe('a cache folder the user may not write', () => {
  it('search answers from memory and says, once, that the cache cannot be written', async () => {
    const base = join(scratch(), 'read-only');
    const archive = join(base, 'archive');
    const cacheDir = join(base, 'cache');
    await cp(FIXTURE, archive, { recursive: true });
    await mkdir(cacheDir);
    await chmod(scratch(), 0o755);
    await chmod(cacheDir, 0o555);
    // root may write anywhere: run as `nobody` there, so the folder's mode is what counts.
    const as =
      process.getuid?.() === 0
        ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups']
        : [];
    const run = await cli(
      ['search', 'harbour', '--archive', archive, '--cache', cacheDir, '--json'],
      as,
    ).done;
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as { total: number }).total).toBe(5);
    expect(run.stderr).toBe(
      `The index cache cannot be written (permission denied): search works from memory, and the archive is indexed again the next time it is opened. The cache is in ${archiveCacheFolder(cacheDir, realpathSync(archive))}.\n`,
    );
  }, 60_000);
});
