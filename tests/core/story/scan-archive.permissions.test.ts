/**
 * Unreadable files and folders. The tests may run as root, where chmod 000 does not stop a
 * read, so the file system refuses on purpose here: opening any path named `locked…` fails
 * with EACCES, as it would for a user without permission.
 */
import type * as fsModule from 'node:fs';
import type * as fsPromisesModule from 'node:fs/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scanArchive } from '../../../main/core/story/scan-archive';
import { fixtureBytes } from './story-fixtures';
import type { TempArchive } from './temp-archive';
import { makeTempArchive } from './temp-archive';

const denied = (): NodeJS.ErrnoException =>
  Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof fsModule>();
  const open = ((path: string, flags: number, callback: (error: unknown, fd?: number) => void) => {
    if (String(path).includes('locked')) callback(denied());
    else real.open(path, flags, callback);
  }) as typeof real.open;
  return { ...real, default: { ...real, open }, open };
});

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof fsPromisesModule>();
  const readdir = (async (path: string, options: unknown) => {
    if (String(path).includes('locked')) throw denied();
    return real.readdir(path, options as never);
  }) as typeof real.readdir;
  return { ...real, default: { ...real, readdir }, readdir };
});

let archive: TempArchive | null = null;
afterEach(() => {
  archive?.remove();
  archive = null;
});

describe('scanArchive on files it may not read', () => {
  it('skips an unreadable file and an unreadable folder with a reason, and reads the rest', async () => {
    archive = makeTempArchive({
      'ok.txt': fixtureBytes('canonical.txt'),
      'locked.txt': fixtureBytes('canonical.txt'),
      'locked-folder/inside.txt': fixtureBytes('canonical.txt'),
    });
    const { stories, skipped } = await scanArchive(archive.root);
    expect(stories.map((story) => story.file)).toEqual(['ok.txt']);
    expect(skipped).toEqual([
      { file: 'locked-folder/', reason: 'The folder could not be read: permission denied.' },
      { file: 'locked.txt', reason: 'The file could not be read: permission denied.' },
    ]);
  });
});
