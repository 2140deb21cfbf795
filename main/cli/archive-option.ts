/**
 * `--archive DIR [--cache C]` for the commands that need an open archive: opens it (without
 * watching), waits for the index, and closes it when the command is done.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ArchiveService } from '../core/service/archive-service';
import { openArchive } from '../core/service/open-archive';
import { defaultCacheDir } from '../api/app-data-dir';
import type { CliOptions, CliValues } from './command';
import { CliUsageError, requiredStringOption, stringOption } from './command';

export const ARCHIVE_OPTIONS: CliOptions = {
  archive: { type: 'string' },
  cache: { type: 'string' },
};

/** What `--help` says about ARCHIVE_OPTIONS. */
export const ARCHIVE_ARGUMENTS: readonly (readonly [string, string])[] = [
  ['--archive DIR', 'the archive folder (required)'],
  [
    '--cache C',
    "where the index cache lives (default: the app's own, shared with the app and the browser mode)",
  ],
];

export async function withArchive<T>(
  values: CliValues,
  log: (line: string) => void,
  use: (service: ArchiveService) => Promise<T>,
): Promise<T> {
  const root = resolve(requiredStringOption(values, 'archive'));
  const info = await stat(root).catch(() => null);
  if (!info?.isDirectory()) throw new CliUsageError(`--archive ${root} is not a folder.`);
  const cacheDir = resolve(stringOption(values, 'cache') ?? defaultCacheDir());
  const service = openArchive(root, { cacheDir, watch: false });
  const unsubscribe = service.onStatus((status) => {
    if (status.message) log(status.message);
  });
  try {
    await service.ready;
    return await use(service);
  } finally {
    unsubscribe();
    await service.close();
  }
}
