/**
 * Reads a story file's bytes in an index worker: synchronously (readBoundedFileSync says why),
 * read-only, bounded by its format's size limit (story-files.ts), never blocking on a FIFO
 * named like a story. Never throws:
 * a problem is a skip reason.
 */
import { readBoundedFileSync } from '../files/read-bounded-file';
import type { SkippedFile } from '../model/story';
import { sizeLimitOf } from '../story/story-files';

export type StoryBytes =
  { ok: true; bytes: Buffer; size: number; mtimeMs: number } | { ok: false; skipped: SkippedFile };

export function readStoryBytesSync(path: string, file: string): StoryBytes {
  const limit = sizeLimitOf(file);
  const read = readBoundedFileSync(path, limit.maxBytes, limit.what);
  if (!read.ok) return { ok: false, skipped: { file, reason: read.reason } };
  return { ok: true, bytes: read.bytes, size: read.bytes.length, mtimeMs: read.mtimeMs };
}
