/** `--memory-cap MB` reaches the engine, and a cap it cannot take is a usage error that says why. */
import { describe, expect, it, vi } from 'vitest';
import { NO_ARCHIVE_STATUS } from '../../../main/api/archive-host';
import type {
  ArchiveService,
  OpenArchiveOptions,
} from '../../../main/core/service/archive-service';
import { runCliCapturing, useScratchDir } from './cli-harness';

const opened = vi.hoisted(() => [] as OpenArchiveOptions[]);
vi.mock('../../../main/core/service/open-archive', () => ({
  openArchive: (root: string, options: OpenArchiveOptions): Partial<ArchiveService> => {
    opened.push(options);
    return {
      root,
      ready: Promise.resolve(),
      status: () => ({ ...NO_ARCHIVE_STATUS, archive: root, state: 'ready', stories: 0 }),
      onStatus: () => () => undefined,
      search: async () => ({ total: 0, tookMs: 1, hits: [], facets: { sections: [], months: [] } }),
      close: async () => undefined,
    };
  },
}));

const scratch = useScratchDir('clippings-cli-memory-cap-');

describe('--memory-cap', () => {
  it('opens the archive with the cap given', async () => {
    const args = ['search', 'harbour', '--archive', scratch(), '--cache', scratch()];
    const { code } = await runCliCapturing([...args, '--memory-cap', '512', '--json']);
    expect(code).toBe(0);
    expect(opened.at(-1)?.memoryCapMb).toBe(512);
  });

  it('refuses a cap that is not a whole number of megabytes in range', async () => {
    const args = ['search', 'harbour', '--archive', scratch(), '--cache', scratch()];
    const { code, err } = await runCliCapturing([...args, '--memory-cap', 'lots']);
    expect(code).not.toBe(0);
    expect(err.join('\n')).toMatch(/memory cap is a whole number of megabytes from 32 to 65536/);
  });
});
