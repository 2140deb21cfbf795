/**
 * The status note for an index that needs more memory than its cap (issue 18). Segments keep
 * their dictionaries and offsets in memory whatever the cap (a search needs them); only the
 * block caches of the postings and texts read on demand are held to it. When the kept part
 * alone is over the cap the index still answers, reading more from disk, and the reader is
 * told in one sentence what to change.
 */
import type { WorkerPool } from '../index/worker-pool';

const MB = 1024 * 1024;

export function memoryCapNote(keptBytes: number, capBytes: number): string | null {
  if (keptBytes <= capBytes) return null;
  return (
    `The index keeps ${Math.ceil(keptBytes / MB)} MB of word lists in memory, over its memory ` +
    `cap of ${Math.round(capBytes / MB)} MB: search still works, reading more from disk; ` +
    `a larger cap (memoryCapMb in settings.json, or --memory-cap) makes it quicker.`
  );
}

/** What the workers keep of their segments (not counting their block caches). */
export async function keptBytes(pool: WorkerPool): Promise<number> {
  const replies = await pool.all({ type: 'memory' });
  return replies.reduce((sum, reply) => sum + reply.residentBytes, 0);
}
