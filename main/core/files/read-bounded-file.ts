/**
 * Reading a file we did not write (a story in the user's archive, a file in the index cache,
 * which anything could have replaced) without trusting it: read-only, opened non-blocking so a
 * FIFO or a device cannot hang the read, checked on the open descriptor to be a regular file
 * (so a name swapped for something else between a stat and the open is still caught), and
 * read only when its size is within a limit. With `within`, the file opened must also lie
 * inside that folder (the archive): a name swapped for a link out of it while Clippings runs is
 * refused, checked against the descriptor actually opened. Never throws: a problem is a
 * sentence, with its kind.
 */
import * as fs from 'node:fs';
import type { Stats } from 'node:fs';
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readSync,
  realpathSync,
  statSync,
} from 'node:fs';
import { sep } from 'node:path';
import {
  LINK_OUT_OF_ARCHIVE,
  NOT_A_REGULAR_FILE,
  tooBigReason,
  unreadableReason,
} from './file-problems';

/** Read-only; non-blocking open so a FIFO cannot hang the read (no effect on regular files). */
export const READ_ONLY = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Why a read failed. `missing`: nothing at that path. `unreadable`: it exists but could not be
 * read now (permissions, I/O): the same file may read later. `not-a-file`, `too-big` and
 * `outside` are facts about what is at the path.
 */
export type ReadProblem = 'missing' | 'unreadable' | 'not-a-file' | 'too-big' | 'outside';

export type BoundedRead =
  | { ok: true; bytes: Buffer; mtimeMs: number }
  | { ok: false; reason: string; problem: ReadProblem };

export interface BoundedReadOptions {
  /** How the limit is named in the reason: `story files`, `cache files`. */
  what?: string;
  /** The real path of a folder the file must be inside (links out of it are refused). */
  within?: string;
}

/**
 * Reads a regular file of at most `maxBytes`. Written with fs callbacks rather than FileHandle
 * promises: open + fstat + read + close cost about half as much per small file that way, and a
 * scan reads 100,000 of them.
 */
export function readBoundedFile(
  path: string,
  maxBytes: number,
  options: BoundedReadOptions = {},
): Promise<BoundedRead> {
  return new Promise((resolve) => {
    fs.open(path, READ_ONLY, (openError, fd) => {
      if (openError) {
        resolve(failedOpen(openError));
        return;
      }
      const finish = (result: BoundedRead): void => {
        fs.close(fd, () => resolve(result));
      };
      fs.fstat(fd, (statError, info) => {
        if (statError) return finish(failedOpen(statError));
        const refused = refusal(info, maxBytes, options.what);
        if (refused) return finish(refused);
        const read = (): void => {
          const bytes = Buffer.allocUnsafe(info.size);
          const readFrom = (filled: number): void => {
            if (filled >= bytes.length) {
              finish({ ok: true, bytes, mtimeMs: info.mtimeMs });
              return;
            }
            fs.read(fd, bytes, filled, bytes.length - filled, filled, (readError, count) => {
              if (readError) finish(failedOpen(readError));
              else if (count === 0) {
                finish({ ok: true, bytes: bytes.subarray(0, filled), mtimeMs: info.mtimeMs });
              } else readFrom(filled + count);
            });
          };
          readFrom(0);
        };
        if (options.within === undefined) return read();
        const within = options.within;
        fs.realpath.native(path, (realError, real) => {
          if (realError) return finish(failedOpen(realError));
          if (!isInside(real, within)) return finish(outside());
          fs.stat(real, (sameError, same) => {
            if (sameError || !sameFile(same, info)) return finish(outside());
            read();
          });
        });
      });
    });
  });
}

/**
 * The same, synchronously: for worker threads, which have nothing else to do meanwhile (one
 * sync read of a cached file costs a few tens of microseconds where the promise API hops
 * through libuv's shared thread pool four times).
 */
export function readBoundedFileSync(
  path: string,
  maxBytes: number,
  options: BoundedReadOptions = {},
): BoundedRead {
  let fd: number;
  try {
    fd = openSync(path, READ_ONLY);
  } catch (error) {
    return failedOpen(error);
  }
  try {
    const info = fstatSync(fd);
    const refused = refusal(info, maxBytes, options.what);
    if (refused) return refused;
    if (options.within !== undefined) {
      const real = realpathSync.native(path);
      if (!isInside(real, options.within) || !sameFile(statSync(real), info)) return outside();
    }
    const bytes = Buffer.allocUnsafe(info.size);
    let filled = 0;
    while (filled < bytes.length) {
      const read = readSync(fd, bytes, filled, bytes.length - filled, filled);
      if (read === 0) break;
      filled += read;
    }
    return { ok: true, bytes: bytes.subarray(0, filled), mtimeMs: info.mtimeMs };
  } catch (error) {
    return failedOpen(error);
  } finally {
    closeSync(fd);
  }
}

/** True when `real` is `folder` or lies under it (both real paths). */
export function isInside(real: string, folder: string): boolean {
  return real === folder || real.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

function refusal(info: Stats, maxBytes: number, what: string | undefined): BoundedRead | null {
  if (!info.isFile()) return { ok: false, reason: NOT_A_REGULAR_FILE, problem: 'not-a-file' };
  if (info.size > maxBytes) {
    return { ok: false, reason: tooBigReason(info.size, maxBytes, what), problem: 'too-big' };
  }
  return null;
}

function failedOpen(error: unknown): BoundedRead {
  const code = (error as { code?: string } | null)?.code;
  const problem: ReadProblem =
    code === 'ENOENT' || code === 'ENOTDIR'
      ? 'missing'
      : code === 'EISDIR' || code === 'ELOOP' || code === 'ENAMETOOLONG'
        ? 'not-a-file'
        : 'unreadable';
  return { ok: false, reason: unreadableReason(error), problem };
}

function outside(): BoundedRead {
  return { ok: false, reason: LINK_OUT_OF_ARCHIVE, problem: 'outside' };
}

/** The same file: device and inode (a platform without inodes reports 0: trust the path). */
function sameFile(a: Stats, b: Stats): boolean {
  return a.ino === 0 || (a.dev === b.dev && a.ino === b.ino);
}
