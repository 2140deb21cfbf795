/**
 * What went wrong with a file, in a sentence a user understands: the words the status, the
 * skipped-files list and the CLI show for a file that could not be read, and for one of ours
 * (the library, an export, the cache) that could not be written.
 */
import { ClippingsError } from '../model/errors';

/** A read error → a sentence. */
export function unreadableReason(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'The file could not be read: permission denied.';
    case 'ENOENT':
      return 'The file disappeared before it could be read.';
    case 'EISDIR':
      return 'It is a folder, not a file.';
    case 'ELOOP':
      return 'It is a link that loops back on itself.';
    case 'ENAMETOOLONG':
      return 'Its path is longer than the system allows, so it cannot be opened.';
    default:
      return `The file could not be read${code ? ` (${code})` : ''}.`;
  }
}

/** A write error (of our own files: the index cache) → words that finish "it cannot be written: …". */
export function unwritableReason(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'a file stands where a folder should be';
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return code ? `the system said ${code}` : 'the system refused';
  }
}

/** The error codes that say a place cannot be written at all (rather than a bug). */
const UNWRITABLE = new Set([
  'EACCES',
  'EPERM',
  'EROFS',
  'ENOSPC',
  'EDQUOT',
  'ENOTDIR',
  'EEXIST',
  'EISDIR',
  'ENAMETOOLONG',
  'ENOENT',
  'EIO',
  'EFBIG',
]);

/** True when `error` is the system refusing a write (read-only, full, no permission, …). */
export function isWriteRefusal(error: unknown): boolean {
  return UNWRITABLE.has(String((error as { code?: string } | null)?.code ?? ''));
}

/**
 * A failed write of `path` as the sentence a shell shows: `… could not be written: the disk
 * is full.` (E_UNAVAILABLE: nothing the user asked for is wrong; the place is). Any other
 * error is returned as it is.
 */
export function writeFailure(error: unknown, path: string, what = path): unknown {
  if (!isWriteRefusal(error)) return error;
  const code = (error as { code?: string }).code;
  const reason =
    code === 'EISDIR'
      ? 'it is a folder'
      : code === 'ENOENT'
        ? 'its folder does not exist'
        : code === 'EDQUOT'
          ? 'the disk quota is used up'
          : code === 'EIO'
            ? 'the disk reported an error'
            : code === 'EFBIG'
              ? 'the file would be too large for the disk'
              : code === 'ENAMETOOLONG'
                ? 'its path is longer than the system allows'
                : unwritableReason(error);
  return new ClippingsError('E_UNAVAILABLE', `${what} could not be written: ${reason}.`, {
    cause: error,
  });
}

/** `what`: the kind of file in the user's words (`story files`, `cache files`). */
export function tooBigReason(size: number, limit: number, what = 'files'): string {
  return `The file is ${formatSize(size)}; ${what} over ${formatSize(limit)} are not read.`;
}

export const NOT_A_REGULAR_FILE = 'It is not a regular file.';

/** The walk's words for a link (or a name swapped for one) that leads out of the archive. */
export const LINK_OUT_OF_ARCHIVE =
  'It is a link to a place outside the archive; links out of it are not followed.';

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KB`;
  return `${bytes} bytes`;
}
