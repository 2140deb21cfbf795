import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCapturing, useScratchDir } from '../cli-harness';

const scratch = useScratchDir('clippings-cli-generate-');

const run = (argv: string[]) => runCliCapturing(argv);

describe('generateCommand', () => {
  it('writes the archive and labels and prints { stories, topics, dir, labels } with --json', async () => {
    const dir = join(scratch(), 'news');
    const labels = join(scratch(), 'news.labels.json');
    const { code, out } = await run([
      'generate',
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
    const { code, err } = await run([
      'generate',
      dir,
      '--stories',
      '5',
      '--labels',
      join(dir, 'l.json'),
    ]);
    expect(code).toBe(2);
    expect(err[0]).toMatch(/inside .*outside the archive folder/);
  });

  it('refuses a folder that already holds files', async () => {
    const dir = join(scratch(), 'busy');
    await run(['generate', dir, '--stories', '3']);
    await writeFile(join(dir, 'note.txt'), 'mine');
    const { code, err } = await run(['generate', dir, '--stories', '3']);
    expect(code).toBe(2);
    expect(err[0]).toMatch(/not empty/);
  });

  it('needs --stories and one folder', async () => {
    expect((await run(['generate', join(scratch(), 'x')])).err[0]).toMatch(/--stories is required/);
    expect((await run(['generate', '--stories', '3'])).code).toBe(2);
  });
});
