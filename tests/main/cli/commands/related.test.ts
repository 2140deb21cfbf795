import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RelatedResponse } from '../../../../preload/api';
import { runCli } from '../../../../main/cli/run-cli';

const ARCHIVE = join(__dirname, '../../../../archive');
let cache: string;

beforeAll(async () => {
  cache = await mkdtemp(join(tmpdir(), 'clippings-cli-related-'));
});

afterAll(async () => {
  await rm(cache, { recursive: true, force: true });
});

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
  });
  return { code, out, err };
}

describe('relatedCommand', () => {
  it('prints { linked, citedBy, similar, storyline, duplicates } with --json', async () => {
    const { code, out } = await run([
      'related',
      '056_9a07957690b8933a',
      '--archive',
      ARCHIVE,
      '--cache',
      cache,
      '--json',
    ]);
    expect(code).toBe(0);
    expect(out).toHaveLength(1);
    const answer = JSON.parse(out[0]!) as RelatedResponse;
    expect(Object.keys(answer).sort()).toEqual([
      'citedBy',
      'duplicates',
      'linked',
      'similar',
      'storyline',
    ]);
    expect(answer.linked.length).toBeGreaterThan(0);
    expect(answer.linked.some((link) => link.id === null)).toBe(true);
    expect(answer.storyline.filter((entry) => entry.current).map((entry) => entry.id)).toEqual([
      '056_9a07957690b8933a',
    ]);
  });

  it('says so, on stderr with exit code 2, for a story the archive lacks', async () => {
    const { code, out, err } = await run([
      'related',
      '999_0000000000000000',
      '--archive',
      ARCHIVE,
      '--cache',
      cache,
    ]);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
  });
});
