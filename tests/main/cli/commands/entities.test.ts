import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EntitiesResponse, Story } from '../../../../contract/api';
import { runCliCapturing, useScratchDir } from '../cli-harness';

const ARCHIVE = join(__dirname, '../../../fixtures/entities/archive');
const cache = useScratchDir('clippings-cli-entities-');

const json = async (argv: string[]) => {
  const { code, out, err } = await runCliCapturing([
    ...argv,
    '--archive',
    ARCHIVE,
    '--cache',
    cache(),
    '--json',
  ]);
  expect(err.join('\n')).toBe('');
  expect(code).toBe(0);
  return JSON.parse(out[0] as string) as unknown;
};

describe('entitiesCommand', () => {
  it('lists the places most stories name, with story counts', async () => {
    const answer = (await json([
      'entities',
      '--kind',
      'place',
      '--limit',
      '2',
    ])) as EntitiesResponse;
    expect(answer.entities).toEqual(
      [
        { kind: 'place', name: 'United States', stories: 2 },
        { kind: 'place', name: 'Japan', stories: 2 },
      ].sort((a, b) => a.name.localeCompare(b.name)),
    );
  });

  it('counts only the stories a query finds', async () => {
    const answer = (await json(['entities', '--query', 'person:baker'])) as EntitiesResponse;
    expect(answer.entities).toContainEqual({ kind: 'person', name: 'James Baker', stories: 2 });
    expect(answer.entities).toContainEqual({ kind: 'organisation', name: 'OPEC', stories: 1 });
    expect(answer.entities.map((entity) => entity.name)).not.toContain('Ronald Reagan');
  });

  it('refuses a kind it does not know, on stderr with exit code 2', async () => {
    const { code, err } = await runCliCapturing([
      'entities',
      '--kind',
      'animal',
      '--archive',
      ARCHIVE,
      '--cache',
      cache(),
    ]);
    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(/person, organisation or place/);
  });
});

describe('story --json', () => {
  it('carries the story’s entities', async () => {
    const story = (await json(['story', '000_e1a2b3c4d5e6f701'])) as Story;
    expect(story.entities?.people).toEqual([{ name: 'James Baker', count: 4 }]);
  });
});
