/** dataLocations names the folders a shell was given, and the cache the engine keys by real path. */
import { mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveCacheFolder } from '../../../main/core/index/index-cache';
import { dataLocations } from '../../../main/core/service/data-locations';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'clippings-locations-'));
  await mkdir(join(dir, 'News'));
  await symlink(join(dir, 'News'), join(dir, 'link-to-news'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('dataLocations', () => {
  it('puts the library in the data folder and names the settings file it is given', async () => {
    expect(
      await dataLocations({
        dataDir: join(dir, 'data'),
        cacheDir: join(dir, 'data', 'index-cache'),
        archiveRoot: null,
        settingsFile: join(dir, 'data', 'settings.json'),
      }),
    ).toEqual({
      dataFolder: join(dir, 'data'),
      library: join(dir, 'data', 'library.sqlite'),
      indexCache: join(dir, 'data', 'index-cache'),
      archiveIndexCache: null,
      settings: join(dir, 'data', 'settings.json'),
    });
  });

  it('names the archive’s own cache by its real path, so a link to it names the same one', async () => {
    const cacheDir = join(dir, 'cache');
    const real = await dataLocations({ dataDir: null, cacheDir, archiveRoot: join(dir, 'News') });
    const linked = await dataLocations({
      dataDir: null,
      cacheDir,
      archiveRoot: join(dir, 'link-to-news'),
    });
    expect(real.archiveIndexCache).toBe(archiveCacheFolder(cacheDir, join(dir, 'News')));
    expect(linked.archiveIndexCache).toBe(real.archiveIndexCache);
    expect(real).toMatchObject({ dataFolder: null, library: null, settings: null });
  });
});
