/**
 * Reads a story file's bytes in an index worker: synchronously (a worker has nothing else to
 * do meanwhile, and one sync read of a cached file costs a few tens of microseconds where the
 * promise API's open/stat/read/close hops through libuv's shared thread pool four times),
 * read-only, bounded by MAX_STORY_BYTES, and never blocking on a FIFO named `.txt`.
 * Never throws: a problem is a skip reason in the stories module's words.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { SkippedFile } from '../../../preload/api';
import { MAX_STORY_BYTES, tooBigReason, unreadableReason } from '../story/read-story-file';

const READ_ONLY = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export type StoryBytes =
  { ok: true; bytes: Buffer; size: number; mtimeMs: number } | { ok: false; skipped: SkippedFile };

export function readStoryBytesSync(path: string, file: string): StoryBytes {
  let fd: number;
  try {
    fd = openSync(path, READ_ONLY);
  } catch (error) {
    return { ok: false, skipped: { file, reason: unreadableReason(error) } };
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile())
      return { ok: false, skipped: { file, reason: 'It is not a regular file.' } };
    if (info.size > MAX_STORY_BYTES) {
      return { ok: false, skipped: { file, reason: tooBigReason(info.size) } };
    }
    const bytes = Buffer.allocUnsafe(info.size);
    let filled = 0;
    while (filled < bytes.length) {
      const read = readSync(fd, bytes, filled, bytes.length - filled, filled);
      if (read === 0) break;
      filled += read;
    }
    return { ok: true, bytes: bytes.subarray(0, filled), size: filled, mtimeMs: info.mtimeMs };
  } catch (error) {
    return { ok: false, skipped: { file, reason: unreadableReason(error) } };
  } finally {
    closeSync(fd);
  }
}
