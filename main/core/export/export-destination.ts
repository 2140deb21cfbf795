/**
 * Where an export may be written, decided before anything is written: the one place that
 * keeps an export out of the user's archive (which is read-only to us) and off anything that
 * is not a plain file.
 *
 * - The destination's real path is worked out the way the system will follow it: each
 *   existing part of `out` through its links (`..` after a link goes up from where the link
 *   leads, as the system does), the parts that do not exist yet appended as written. The
 *   archive's real path likewise. So a link to the archive, an archive given through a link,
 *   and a name like `ARCH/..foo.md` (a file *inside* ARCH) are all seen for what they are.
 * - Anywhere inside the archive is refused, the archive folder itself included.
 * - An existing destination that is not a regular file (a device such as /dev/full, a FIFO,
 *   a socket) is refused: an export only ever creates or replaces regular files.
 * - A folder export: `out` names an existing folder, or ends with a slash (`--out DIR/`,
 *   created if it does not exist). Anything else is one file.
 *
 * @example
 *   const target = await exportDestination('out/', '/home/me/News');
 *   // { kind: 'folder', path: '/home/me/out' }
 */
import { lstat, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, parse, relative, resolve, sep } from 'node:path';
import { ClippingsError } from '../model/errors';

export interface ExportDestination {
  /** `folder`: one file per story in `path`; `file`: everything in the file `path`. */
  kind: 'file' | 'folder';
  /** The real path (links followed). */
  path: string;
}

export async function exportDestination(
  out: string,
  archiveRoot: string,
  cwd: string = process.cwd(),
): Promise<ExportDestination> {
  if (out.trim() === '') throw new ClippingsError('E_INVALID', 'Say where to export: --out PATH.');
  const endsWithSlash = /[\\/]$/.test(out);
  const path = await realPathOf(resolve(cwd, out), cwd);
  const archive = await realPathOf(resolve(cwd, archiveRoot), cwd);
  if (isInside(path, archive)) {
    throw new ClippingsError(
      'E_INVALID',
      `${out} is inside the archive (${archive}); Clippings never writes there. Choose a place outside it.`,
    );
  }
  const found = await stat(path).catch(() => null);
  if (found?.isDirectory() || (endsWithSlash && found === null)) return { kind: 'folder', path };
  if (endsWithSlash) {
    throw new ClippingsError('E_INVALID', `${out} ends with a slash but is not a folder.`);
  }
  if (found !== null && !found.isFile()) {
    throw new ClippingsError(
      'E_INVALID',
      `${out} is not a regular file (it is ${kindOf(found)}); an export only writes regular files.`,
    );
  }
  return { kind: 'file', path };
}

/** True when `path` is `folder` or anything under it (both real paths). */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  if (rel === '') return true;
  if (isAbsolute(rel)) return false; // another drive on Windows
  return rel.split(sep)[0] !== '..';
}

/**
 * `absolute`'s real path: walked part by part from the root, each existing part through its
 * links, as the system resolves it (so `link/..` is the parent of the link's target, not the
 * folder holding the link). The first part that does not exist ends the walk: it and what
 * follows are appended as written (`..` among them read as the system will create them).
 */
async function realPathOf(absolute: string, cwd: string): Promise<string> {
  const { root } = parse(absolute);
  const parts = absolute
    .slice(root.length)
    .split(/[\\/]+/)
    .filter(Boolean);
  let current = await realpath(root).catch(() => root);
  for (let at = 0; at < parts.length; at += 1) {
    const part = parts[at] as string;
    if (part === '.') continue;
    if (part === '..') {
      current = dirname(current);
      continue;
    }
    const next = join(current, part);
    const info = await lstat(next).catch(() => null);
    if (info === null) return resolve(next, ...parts.slice(at + 1));
    current = info.isSymbolicLink() ? await realpath(next).catch(() => next) : next;
  }
  return current === '' ? resolve(cwd) : current;
}

function kindOf(info: {
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
}): string {
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isFIFO()) return 'a named pipe';
  if (info.isSocket()) return 'a socket';
  return 'not a file';
}
