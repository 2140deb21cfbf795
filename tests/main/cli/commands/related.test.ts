import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RelatedResponse } from '../../../../contract/api';
import { runCliCapturing, useScratchDir } from '../cli-harness';

const ARCHIVE = join(__dirname, '../../../../archive');
const cache = useScratchDir('clippings-cli-related-');

const run = (argv: string[]) => runCliCapturing(argv);

describe('relatedCommand', () => {
  it('prints { linked, citedBy, similar, storyline, duplicates } with --json', async () => {
    const { code, out } = await run([
      'related',
      '056_9a07957690b8933a',
      '--archive',
      ARCHIVE,
      '--cache',
      cache(),
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
      cache(),
    ]);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
  });
});
