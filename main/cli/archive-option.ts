/**
 * `--archive DIR [--cache C] [--data D]` for the commands that need an open archive: opens it
 * (without watching), waits for the index, and closes it when the command is done. Notes about
 * the index (a cache rebuilt, a cache that cannot be written) go to stderr; an index that stopped
 * with an error fails the command (exit 2) rather than answer from half an archive.
 *
 * `--data D` is Clippings' data folder (default: the app's, see main/api/app-data-dir.ts): the
 * reader's library lives there, and the index cache under it unless `--cache` says otherwise.
 * The library is opened only for commands that use it (`library`, `export`, a `search` with
 * `is:`/`has:`/`tag:` or `--data`), so plain searches never create one.
 */
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ArchiveService } from '../core/engine';
import { DEFAULT_MEMORY_CAP_MB, Library, openArchive, parseMemoryCap } from '../core/engine';
import { ClippingsError } from '../core/model/errors';
import { defaultAppDataDir, defaultCacheDir } from '../api/app-data-dir';
import type { CliOptions, CliValues } from './command';
import { CliUsageError, requiredStringOption, stringOption } from './command';

export const ARCHIVE_OPTIONS: CliOptions = {
  archive: { type: 'string' },
  cache: { type: 'string' },
  data: { type: 'string' },
  'memory-cap': { type: 'string' },
};

/** What `--help` says about ARCHIVE_OPTIONS. */
export const ARCHIVE_ARGUMENTS: readonly (readonly [string, string])[] = [
  ['--archive DIR', 'the archive folder (required)'],
  [
    '--cache C',
    "where the index cache lives (default: the app's own, shared with the app and the browser mode)",
  ],
  ['--data D', "Clippings' data folder: the library, and the index cache unless --cache"],
  [
    '--memory-cap MB',
    `memory for the index's blocks read from disk (default ${DEFAULT_MEMORY_CAP_MB})`,
  ],
];

/** `--memory-cap MB`, checked (undefined: the default). */
export function memoryCapOption(values: CliValues): number | undefined {
  const text = stringOption(values, 'memory-cap');
  if (text === undefined) return undefined;
  const parsed = parseMemoryCap(text);
  if (!parsed.ok) throw new CliUsageError(parsed.reason);
  return parsed.mb;
}

/** `--data` (default: the app's data folder) and `--cache` (default: index-cache under it). */
export function dataFolders(values: CliValues): { dataDir: string; cacheDir: string } {
  const data = stringOption(values, 'data');
  const cache = stringOption(values, 'cache');
  return {
    dataDir: resolve(data ?? defaultAppDataDir()),
    cacheDir: resolve(cache ?? (data ? join(data, 'index-cache') : defaultCacheDir())),
  };
}

export async function withArchive<T>(
  values: CliValues,
  log: (line: string) => void,
  use: (service: ArchiveService) => Promise<T>,
  options: { library?: boolean } = {},
): Promise<T> {
  const root = resolve(requiredStringOption(values, 'archive'));
  const info = await stat(root).catch(() => null);
  if (!info?.isDirectory()) throw new CliUsageError(`--archive ${root} is not a folder.`);
  const { cacheDir } = dataFolders(values);
  const library = options.library ? await openLibrary(values, log) : null;
  const memoryCapMb = memoryCapOption(values);
  const service = openArchive(root, {
    cacheDir,
    watch: false,
    library,
    ...(memoryCapMb === undefined ? {} : { memoryCapMb }),
  });
  let said: string | null = null;
  const unsubscribe = service.onStatus((status) => {
    if (status.message && status.message !== said && status.state !== 'error') log(status.message);
    said = status.message;
  });
  try {
    await service.ready;
    const status = service.status();
    if (status.state === 'error') {
      throw new ClippingsError(
        'E_UNREADABLE',
        status.message ?? 'The archive could not be indexed.',
      );
    }
    // Recent archives are a convenience: a library that cannot be written now (a read-only or
    // full data folder) still answers reads, and the command goes on.
    if (library) await library.recordArchiveOpened(service.root).catch(() => undefined);
    return await use(service);
  } finally {
    unsubscribe();
    await service.close();
    await library?.close();
  }
}

/** The library of `--data` (or the app's data folder); a damaged file's notice goes to stderr. */
export async function openLibrary(
  values: CliValues,
  log: (line: string) => void,
): Promise<Library> {
  const library = await Library.open(dataFolders(values).dataDir);
  if (library.notice) log(library.notice);
  return library;
}
