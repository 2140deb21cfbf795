/**
 * Reads a story file's bytes in an index worker: synchronously (readBoundedFileSync says why),
 * read-only, bounded by its format's size limit (story-files.ts), never blocking on a FIFO
 * named like a story, and only from inside the archive (`rootReal`): a name swapped for a link
 * out of it since the walk is skipped, as the walk skips one. Never throws: a problem is a skip
 * reason, marked `retry` when the file could not be read now but may be later (permissions), so
 * an unchanged file is not written off for good.
 */
import { readBoundedFileSync } from '../files/read-bounded-file';
import type { SkippedFile } from '../model/story';
import { sizeLimitOf } from '../story/story-files';

export type StoryBytes =
  | { ok: true; bytes: Buffer; size: number; mtimeMs: number }
  | { ok: false; skipped: SkippedFile; retry: boolean };

export function readStoryBytesSync(path: string, file: string, rootReal: string): StoryBytes {
  const limit = sizeLimitOf(file);
  const read = readBoundedFileSync(path, limit.maxBytes, { what: limit.what, within: rootReal });
  if (!read.ok) {
    return {
      ok: false,
      skipped: { file, reason: read.reason },
      retry: read.problem === 'unreadable',
    };
  }
  return { ok: true, bytes: read.bytes, size: read.bytes.length, mtimeMs: read.mtimeMs };
}
