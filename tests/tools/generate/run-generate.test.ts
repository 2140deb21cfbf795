/**
 * `npm run generate`: the generator as a project script (tools/generate/run-generate.ts),
 * run in-process with what it prints captured.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGenerate } from '../../../tools/generate/run-generate';

let scratchDir: string | undefined;
beforeAll(async () => {
  scratchDir = await mkdtemp(join(tmpdir(), 'clippings-generate-script-'));
});
afterAll(async () => {
  if (scratchDir) await rm(scratchDir, { recursive: true, force: true });
});
const scratch = (): string => scratchDir as string;

async function run(argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runGenerate(argv, {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
  });
  return { code, out, err };
}

describe('npm run generate', () => {
  it('writes the archive and labels and prints { stories, topics, dir, labels } with --json', async () => {
    const dir = join(scratch(), 'news');
    const labels = join(scratch(), 'news.labels.json');
    const { code, out } = await run([
      dir,
      '--stories',
      '30',
      '--seed',
      '4',
      '--labels',
      labels,
      '--json',
    ]);
    expect(code).toBe(0);
    const answer = JSON.parse(out[0]!) as {
      stories: number;
      topics: number;
      dir: string;
      labels: string;
    };
    expect(answer).toMatchObject({ stories: 30, dir, labels });
    expect(answer.topics).toBeGreaterThan(0);
    expect(await readdir(dir)).toHaveLength(30);
    expect(Object.keys(JSON.parse(await readFile(labels, 'utf8')) as object)).toHaveLength(30);
  });

  it('refuses a labels file inside the archive folder', async () => {
    const dir = join(scratch(), 'inside');
    const { code, err } = await run([dir, '--stories', '5', '--labels', join(dir, 'l.json')]);
    expect(code).toBe(2);
    expect(err[0]).toMatch(/inside .*outside the archive folder/);
  });

  it('refuses a folder that already holds files', async () => {
    const dir = join(scratch(), 'busy');
    await run([dir, '--stories', '3']);
    await writeFile(join(dir, 'note.txt'), 'mine');
    const { code, err } = await run([dir, '--stories', '3']);
    expect(code).toBe(2);
    expect(err[0]).toMatch(/not empty/);
  });

  it('refuses 0 stories, or more than it can hold, at once and without writing anything', async () => {
    for (const stories of ['0', '1000001', '99999999999']) {
      const dir = join(scratch(), `refused-${stories}`);
      const { code, out, err } = await run([dir, '--stories', stories, '--json']);
      expect(code).toBe(2);
      expect(out).toEqual([]);
      expect(err).toEqual([
        `generate: --stories must be from 1 to 1,000,000, not ${Number(stories).toLocaleString('en-US')}.`,
      ]);
      expect(await stat(dir).catch(() => null)).toBeNull();
    }
  });

  it('says what it wrote once, with its plurals right', async () => {
    const dir = join(scratch(), 'one');
    const { code, out, err } = await run([dir, '--stories', '1']);
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(new RegExp(`^Wrote 1 story on 1 topic to ${dir} in \\d+\\.\\d s\\.$`));
  });

  it('needs --stories and one folder', async () => {
    expect((await run([join(scratch(), 'x')])).err[0]).toMatch(/--stories is required/);
    expect((await run(['--stories', '3'])).code).toBe(2);
  });

  it('runs as `npm run generate`, outside the shipped CLI', () => {
    const dir = join(scratch(), 'from-npm');
    const run = spawnSync('npm', ['run', '--silent', 'generate', '--', dir, '--stories', '2'], {
      cwd: join(__dirname, '../../..'),
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Wrote 2 stories on \d+ topics? to /);
    expect(run.status).toBe(0);
  });
});
