/**
 * Where `npm run bench` keeps what it makes between runs (generated archives, index caches,
 * scratch folders: hundreds of MB) and how big that is, said at the start and the end of a
 * run so the space it takes is never a surprise.
 */
import { lstat, readdir, realpath } from 'node:fs/promises';
import { join } from 'node:path';

/** Bytes of the files under `dir` (links not followed; 0 for a folder that does not exist). */
export async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  const pending = [await realpath(dir).catch(() => dir)];
  while (pending.length > 0) {
    const folder = pending.pop() as string;
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else total += (await lstat(path).catch(() => null))?.size ?? 0;
    }
  }
  return total;
}

/** `1.4 GB`, `320 MB`, `12 kB`: decimal units, as `du -h --si` and file managers show. */
export function readableBytes(bytes: number): string {
  const units = ['bytes', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toFixed(digits)} ${units[unit]}`;
}

/** The line the run prints: where the cache is, how big it is now, how to reclaim it. */
export async function benchCacheLine(dir: string, when: 'start' | 'end'): Promise<string> {
  const size = readableBytes(await folderBytes(dir));
  return when === 'start'
    ? `Benchmark cache: ${dir} (${size} now; generated archives and index caches are kept there between runs — delete the folder to reclaim the space).`
    : `Benchmark cache: ${dir} is ${size} after this run.`;
}
