/**
 * scanArchive: walk + read + decode + parse an archive folder, a few files at a time, every
 * story of every file (an export gives many). At most `concurrency` files' bytes are held at
 * once (each within its size limit, story-files.ts), so memory does
 * not grow with the archive's size — unless the caller collects the stories, which it can
 * avoid by passing `onStory`. Read-only and never throws for anything inside the archive.
 */
import type { SkippedFile, Story } from '../model/story';
import { realpath } from 'node:fs/promises';
import pMap from 'p-map';
import { readBudgetFor } from './read-budget';
import { readStoryFile } from './read-story-file';
import { walkArchive } from './walk-archive';

export interface ScanOptions {
  /** Files read at once; default 16. */
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
  /** When given, each story is handed here (in completion order) and not collected. */
  onStory?: (story: Story, read: { hash: string; size: number; mtimeMs: number }) => void;
}

const DEFAULT_CONCURRENCY = 16;

/**
 * The stories of the archive in sorted path order (empty when `onStory` is given) and the
 * files skipped, with their reasons, in sorted path order.
 */
export async function scanArchive(
  root: string,
  options: ScanOptions = {},
): Promise<{ stories: Story[]; skipped: SkippedFile[] }> {
  const { entries, skipped: walkSkipped } = await walkArchive(root);
  const rootReal = await realpath(root).catch(() => root);
  const collected: (Story[] | undefined)[] = options.onStory ? [] : new Array(entries.length);
  const readSkipped: (SkippedFile[] | undefined)[] = new Array(entries.length);
  let done = 0;
  options.onProgress?.(0, entries.length);
  // A few files in flight at a time: an archive of 100,000 files is never held in memory.
  await pMap(
    entries,
    async (entry, index) => {
      const read = await readStoryFile(root, entry, rootReal, {
        budget: readBudgetFor(entry.size),
      });
      if (!read.ok) readSkipped[index] = [read.skipped];
      else {
        readSkipped[index] = read.skippedParts.map((reason) => ({ file: entry.file, reason }));
        if (options.onStory) {
          const stat = { hash: read.hash, size: read.size, mtimeMs: read.mtimeMs };
          for (const story of read.stories) options.onStory(story, stat);
        } else collected[index] = read.stories;
      }
      done += 1;
      options.onProgress?.(done, entries.length);
    },
    { concurrency: options.concurrency ?? DEFAULT_CONCURRENCY },
  );
  const skipped = [...walkSkipped, ...readSkipped.flatMap((entry) => entry ?? [])];
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { stories: collected.flatMap((stories) => stories ?? []), skipped };
}
