/**
 * Reads a story file's bytes in an index worker: synchronously (readBoundedFileSync says why),
 * read-only, bounded by MAX_STORY_BYTES, never blocking on a FIFO named `.txt`. Never throws:
 * a problem is a skip reason.
 */
import { readBoundedFileSync } from '../files/read-bounded-file';
import type { SkippedFile } from '../model/story';
import { MAX_STORY_BYTES, STORY_FILES } from '../story/story-files';

export type StoryBytes =
  { ok: true; bytes: Buffer; size: number; mtimeMs: number } | { ok: false; skipped: SkippedFile };

export function readStoryBytesSync(path: string, file: string): StoryBytes {
  const read = readBoundedFileSync(path, MAX_STORY_BYTES, STORY_FILES);
  if (!read.ok) return { ok: false, skipped: { file, reason: read.reason } };
  return { ok: true, bytes: read.bytes, size: read.bytes.length, mtimeMs: read.mtimeMs };
}
