/**
 * A CLI command on an archive whose indexing stopped with an error fails (exit 2, the status's
 * sentence on stderr) instead of answering from half an archive with exit 0.
 */
import { describe, expect, it, vi } from 'vitest';
import { NO_ARCHIVE_STATUS } from '../../../main/api/archive-host';
import type { ArchiveService } from '../../../main/core/service/archive-service';
import { runCliCapturing, useScratchDir } from './cli-harness';

vi.mock('../../../main/core/service/open-archive', () => ({
  openArchive: (root: string): Partial<ArchiveService> => ({
    root,
    ready: Promise.resolve(),
    status: () => ({
      ...NO_ARCHIVE_STATUS,
      archive: root,
      state: 'error',
      stories: 3,
      message: 'Indexing stopped: the disk went away.',
    }),
    onStatus: () => () => undefined,
    search: async () => ({ total: 3, tookMs: 1, hits: [], facets: { sections: [], months: [] } }),
    close: async () => undefined,
  }),
}));

const scratch = useScratchDir('clippings-cli-archive-option-');

describe('withArchive', () => {
  it('fails a command when the index stopped with an error', async () => {
    const { code, out, err } = await runCliCapturing([
      'search',
      'harbour',
      '--archive',
      scratch(),
      '--cache',
      scratch(),
      '--json',
    ]);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toEqual(['clippings search: Indexing stopped: the disk went away.']);
  });
});
