/**
 * dataLocations: where a running shell keeps the reader's data, from the folders it was given.
 * The library's file name and each archive's cache folder are the engine's to choose, so the
 * answer is worked out here, where they are known, not in each shell.
 */
import { realpath } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { archiveCacheFolder } from '../index/index-cache';
import { LIBRARY_FILE } from '../library/library-database';
import type { DataLocations } from '../model/data-locations';

export interface DataFolders {
  /** Clippings' data folder (the library lives in it), or null if the shell has none. */
  dataDir: string | null;
  /** The base folder of index caches (OpenArchiveOptions.cacheDir). */
  cacheDir: string;
  /** The open archive's folder, or null. */
  archiveRoot: string | null;
  /** The shell's settings file, if it keeps one. */
  settingsFile?: string | null;
}

export async function dataLocations(folders: DataFolders): Promise<DataLocations> {
  const dataFolder = folders.dataDir === null ? null : resolve(folders.dataDir);
  const indexCache = resolve(folders.cacheDir);
  const root = folders.archiveRoot;
  // The cache is keyed by the archive's real path, as the index coordinator keys it.
  const archiveIndexCache =
    root === null
      ? null
      : archiveCacheFolder(indexCache, await realpath(root).catch(() => resolve(root)));
  return {
    dataFolder,
    library: dataFolder === null ? null : join(dataFolder, LIBRARY_FILE),
    indexCache,
    archiveIndexCache,
    settings: folders.settingsFile ?? null,
  };
}
