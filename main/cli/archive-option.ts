/**
 * `--archive DIR [--cache C]` for the commands that need an open archive: opens it (without
 * watching), waits for the index, and closes it when the command is done. Notes about the
 * index (a cache rebuilt, a cache that cannot be written) go to stderr; an index that stopped
 * with an error fails the command (exit 2) rather than answer from half an archive.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ArchiveService } from '../core/service/archive-service';
import { openArchive } from '../core/service/open-archive';
import { ClippingsError } from '../core/model/errors';
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
    return await use(service);
  } finally {
    unsubscribe();
    await service.close();
  }
}
