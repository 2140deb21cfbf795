/**
 * filesAfterBatch (main/core/service/live-updates.ts): a watcher batch turned into the
 * archive's story files — every format, each with its size limit, never a saved page's assets.
 */
import { truncateSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { filesAfterBatch } from '../../../main/core/service/live-updates';
import type { TempArchive } from '../story/temp-archive';
import { makeTempArchive } from '../story/temp-archive';

let archive: TempArchive | null = null;
afterEach(() => {
  archive?.remove();
  archive = null;
});

describe('filesAfterBatch', () => {
  it('adds pages and clippings, not the files of a page’s assets folder, with each limit', async () => {
    archive = makeTempArchive({
      'Page.html': '<html>',
      'Page_files/frame.html': '<html>',
      'clip.md': '# clip',
      'big.md': '',
      'big.html': '',
    });
    truncateSync(join(archive.root, 'big.md'), 2 * 1024 * 1024);
    truncateSync(join(archive.root, 'big.html'), 2 * 1024 * 1024);
    const after = await filesAfterBatch(archive.root, [], [], {
      files: new Set(['Page.html', 'Page_files/frame.html', 'clip.md', 'big.md', 'big.html']),
      removedFolders: new Set(),
    });
    expect(after.files.map((entry) => entry.file)).toEqual(['Page.html', 'big.html', 'clip.md']);
    expect(after.walkSkipped).toEqual([
      { file: 'big.md', reason: 'The file is 2 MB; story files over 1 MB are not read.' },
    ]);
  });
});
