/**
 * One writer per index cache. Two processes on one archive (the app and a CLI command, two
 * `index` runs) must not write one cache at once: each would save its own segments and delete
 * the other's, leaving a manifest that names files that are gone. So whoever opens the archive
 * first holds its cache's lock for as long as the archive is open and is the only one to write
 * it; a process that finds the lock held opens the archive all the same, reads the cache, and
 * keeps whatever it has to index in memory, unsaved.
 *
 * The lock is proper-lockfile's: a folder `<cache folder>.lock` beside the cache (so
 * discarding the cache keeps the lock), created atomically with mkdir, its mtime refreshed
 * every few seconds while the holder runs. A lock not refreshed for STALE_MS is left from a
 * process that died, and the next opener takes it over. Should that happen to a live holder
 * (its event loop stalled past STALE_MS), the holder is told (`onLost`) and stops writing.
 */
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import lockfile from 'proper-lockfile';
import { unwritableReason } from '../files/file-problems';

/** A lock not refreshed for this long belongs to a process that is gone. */
const STALE_MS = 10_000;

export type CacheLockResult =
  | { kind: 'held'; release: () => Promise<void> }
  /** Another process holds it. */
  | { kind: 'busy' }
  /** The cache's folder cannot be made or written (`reason` says why, in words). */
  | { kind: 'failed'; reason: string };

export async function lockCache(folder: string, onLost: () => void): Promise<CacheLockResult> {
  try {
    await mkdir(dirname(folder), { recursive: true });
    const release = await lockfile.lock(folder, {
      realpath: false,
      lockfilePath: `${folder}.lock`,
      stale: STALE_MS,
      retries: 0,
      onCompromised: () => onLost(),
    });
    return {
      kind: 'held',
      release: () => release().catch(() => undefined),
    };
  } catch (error) {
    const code = (error as { code?: string } | null)?.code;
    if (code === 'ELOCKED') return { kind: 'busy' };
    return { kind: 'failed', reason: unwritableReason(error) };
  }
}
