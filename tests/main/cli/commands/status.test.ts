/** `status` reports the archive, and where the reader's data lives: the index it just wrote. */
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArchiveStatus, DataLocations } from '../../../../contract/api';
import { runCliCapturing, useScratchDir } from '../cli-harness';

const ARCHIVE = join(__dirname, '../../../fixtures/search/archive');
/** Three files: two stories, one of them saved twice under two names. */
const WITH_DUPLICATE = join(__dirname, '../../../fixtures/status-archive');
const scratch = useScratchDir('clippings-cli-status-');

describe('statusCommand', () => {
  it('says where the library and the archive’s index cache are, the cache it just wrote', async () => {
    const data = join(scratch(), 'data');
    const { code, out } = await runCliCapturing([
      'status',
      '--archive',
      ARCHIVE,
      '--data',
      data,
      '--json',
    ]);
    expect(code).toBe(0);
    const answer = JSON.parse(out[0]!) as ArchiveStatus & { locations: DataLocations };
    expect(answer.state).toBe('ready');
    expect(answer.locations).toMatchObject({
      dataFolder: data,
      library: join(data, 'library.sqlite'),
      indexCache: join(data, 'index-cache'),
      settings: null,
    });
    // The folder it names is the one the index was written to, under the cache folder.
    const cache = answer.locations.archiveIndexCache!;
    expect(cache.startsWith(join(data, 'index-cache'))).toBe(true);
    expect((await stat(cache)).isDirectory()).toBe(true);
    expect(await readdir(join(data, 'index-cache'))).toEqual([basename(cache)]);
  });

  it('prints the library and the index cache as lines of its text', async () => {
    const data = join(scratch(), 'text');
    const cache = join(scratch(), 'elsewhere');
    const { code, out } = await runCliCapturing([
      'status',
      '--archive',
      ARCHIVE,
      '--data',
      data,
      '--cache',
      cache,
    ]);
    expect(code).toBe(0);
    const lines = out.join('\n').split('\n');
    expect(lines).toContain(`library: ${join(data, 'library.sqlite')}`);
    expect(lines.find((line) => line.startsWith('index cache: '))).toMatch(
      new RegExp(`^index cache: ${cache}/[0-9a-f]{16}$`),
    );
  });

  it('counts stories as the app’s status line does: each once, the second save apart', async () => {
    const data = join(scratch(), 'duplicates');
    const text = await runCliCapturing(['status', '--archive', WITH_DUPLICATE, '--data', data]);
    expect(text.code).toBe(0);
    expect(text.out.join('\n').split('\n')).toContain(
      '2 stories (and 1 duplicate save), 0 skipped, 1 segment',
    );
    const json = await runCliCapturing([
      'status',
      '--archive',
      WITH_DUPLICATE,
      '--data',
      data,
      '--json',
    ]);
    const answer = JSON.parse(json.out[0]!) as ArchiveStatus;
    expect(answer).toMatchObject({ stories: 3, duplicateSaves: 1 });
  });

  it('index says the same count', async () => {
    const data = join(scratch(), 'index');
    const { code, out } = await runCliCapturing([
      'index',
      '--archive',
      WITH_DUPLICATE,
      '--data',
      data,
    ]);
    expect(code).toBe(0);
    expect(out.join('\n')).toMatch(/^2 stories \(and 1 duplicate save\) indexed in 1 segment/);
  });
});
