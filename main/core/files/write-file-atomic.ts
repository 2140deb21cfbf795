/**
 * Writes a file so that a reader sees either the old content or the new, never half of it:
 * write a temporary sibling, flush it, then move it into place (atomic on one volume).
 * Used for every file Clippings keeps (settings, window state, index cache) and for exports —
 * never for the user's archive, which is read-only to us.
 *
 * Only regular files are ever written: a path that holds anything else (a device such as
 * /dev/full, a FIFO, a folder) is refused rather than replaced, since moving a file over it
 * would turn it into a plain file.
 *
 * - writeFileAtomic(path, data): creates or replaces the file at `path`.
 * - createFileAtomic(folder, stem, extension, data): creates a new file and never replaces
 *   one: `stem.ext`, or `stem-2.ext`, `stem-3.ext` … when the name is taken. The temporary
 *   file is hard-linked to the name, which fails when the name exists, so two writers (or a
 *   file that appears meanwhile) can never overwrite each other.
 */
import { randomBytes } from 'node:crypto';
import { link, lstat, mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ClippingsError } from '../model/errors';

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await makeFolder(dirname(path));
  await refuseNonRegular(path);
  const temp = await writeTemp(dirname(path), data);
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Writes a new file in `folder` under the first free name; answers its path. */
export async function createFileAtomic(
  folder: string,
  stem: string,
  extension: string,
  data: string | Uint8Array,
  taken: (name: string) => boolean = () => false,
): Promise<string> {
  await makeFolder(folder);
  const temp = await writeTemp(folder, data);
  try {
    for (let n = 1; ; n += 1) {
      const name = n === 1 ? `${stem}${extension}` : `${stem}-${n}${extension}`;
      if (taken(name)) continue;
      const path = join(folder, name);
      try {
        await link(temp, path);
        return path;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') continue;
        // A file system without hard links (FAT, some network shares): move it into place
        // when the name is still free (a name taken between the check and the move is the
        // one case left to chance there).
        if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS') {
          if (await exists(path)) continue;
          await rename(temp, path);
          return path;
        }
        throw error;
      }
    }
  } finally {
    await rm(temp, { force: true });
  }
}

/**
 * mkdir -p, with the real reason when it fails: Node's recursive mkdir answers ENOENT where
 * the system said EROFS or EACCES, so the last step is tried again on its own to hear it.
 */
export async function makeFolder(folder: string): Promise<void> {
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    let missing = folder;
    while (dirname(missing) !== missing && !(await exists(dirname(missing)))) {
      missing = dirname(missing);
    }
    await mkdir(missing);
    throw error;
  }
}

function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}

async function refuseNonRegular(path: string): Promise<void> {
  const found = await lstat(path).catch(() => null);
  if (found && !found.isFile() && !found.isSymbolicLink()) {
    throw new ClippingsError(
      'E_INVALID',
      `${path} is ${found.isDirectory() ? 'a folder' : 'not a regular file'}; Clippings writes only regular files, and did not replace it.`,
    );
  }
}

/** `data` in a new hidden temporary file in `folder`, flushed to the disk; answers its path. */
async function writeTemp(folder: string, data: string | Uint8Array): Promise<string> {
  // A short fixed shape: a long name in several-byte letters could exceed the system's limit.
  const temp = join(folder, `.clippings-${randomBytes(8).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  return temp;
}
