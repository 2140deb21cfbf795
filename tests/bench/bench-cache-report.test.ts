/** `npm run bench` says where its cache is and how big it is, at the start and the end. */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { benchCacheLine, folderBytes, readableBytes } from './bench-cache-report';

const made: string[] = [];
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

describe('the benchmark cache report', () => {
  it('sums the files under the cache, and says the size in words', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'clippings-bench-cache-'));
    made.push(dir);
    await mkdir(join(dir, 'archive-10', 'world'), { recursive: true });
    await writeFile(join(dir, 'archive-10', 'world', 'a.txt'), 'x'.repeat(1500));
    await writeFile(join(dir, 'archive-10.done'), 'y'.repeat(500));
    expect(await folderBytes(dir)).toBe(2000);
    expect(await benchCacheLine(dir, 'start')).toBe(
      `Benchmark cache: ${dir} (2.0 kB now; generated archives and index caches are kept there between runs — delete the folder to reclaim the space).`,
    );
    expect(await benchCacheLine(dir, 'end')).toBe(
      `Benchmark cache: ${dir} is 2.0 kB after this run.`,
    );
    expect(await folderBytes(join(dir, 'not-there'))).toBe(0);
    expect([0, 999, 320_400_000, 1_430_000_000].map(readableBytes)).toEqual([
      '0 bytes',
      '999 bytes',
      '320 MB',
      '1.4 GB',
    ]);
  });

  it('npm run bench prints the line before it runs anything', async () => {
    // No benchmark matches the name, so nothing runs: the cache line still comes first.
    const output = await new Promise<string>((done) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', join(__dirname, 'run-all.ts'), 'no-such-bench'],
        {
          cwd: join(__dirname, '../..'),
        },
      );
      let text = '';
      child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
      child.on('close', () => done(text));
    });
    expect(output).toMatch(/^Benchmark cache: .*\.bench-cache \([\d.]+ (bytes|kB|MB|GB) now;/);
    expect(output).toContain('No benchmark matches no-such-bench.');
  }, 60_000);
});
