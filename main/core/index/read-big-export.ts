/**
 * A big text file in an index worker: a news-database export of thousands of stories is read
 * in a window (read-export-stream.ts), so the worker never holds the file's bytes, its whole
 * text and its blocks at once, as reading it whole would (about three times the file). The
 * stories themselves are kept: the segment indexes them all.
 *
 * Only text files (by their bytes, as readStories decides) of STREAM_FROM_BYTES or more take
 * this path; others, and every smaller file, are read whole. The file is opened with the same
 * checks as any story file (read-only, a regular file, inside the archive, within its size
 * limit), and read twice through that descriptor.
 */
import { closeSync, readSync } from 'node:fs';
import type { SkippedFile, Story } from '../model/story';
import { fileChunks, openBoundedFileSync } from '../files/read-bounded-file';
import { readBudgetFor } from '../story/read-budget';
import { readExportStream } from '../story/read-export-stream';
import { sizeLimitOf } from '../story/story-files';
import { storyFormatOf } from '../story/story-format';

/** Text files this big are read in a window (smaller ones fit in one window anyway). */
export const STREAM_FROM_BYTES = 8 * 1024 * 1024;
/** Bytes looked at to tell the format (storyFormatOf reads the start). */
const HEAD_BYTES = 4096;

export type BigExportRead =
  | {
      ok: true;
      stories: Story[];
      hash: string;
      skippedParts: string[];
      size: number;
      mtimeMs: number;
    }
  | { ok: false; skipped: SkippedFile; retry: boolean };

/**
 * The file's stories read in a window, or null when it is not a big text file (or cannot be
 * opened: the usual read then says why).
 */
export async function readBigExport(
  path: string,
  file: { file: string; id: string },
  rootReal: string,
  streamFrom = STREAM_FROM_BYTES,
): Promise<BigExportRead | null> {
  const limit = sizeLimitOf(file.file);
  const open = openBoundedFileSync(path, limit.maxBytes, { what: limit.what, within: rootReal });
  if (!open.ok) return null;
  try {
    if (open.size < streamFrom) return null;
    const head = Buffer.alloc(HEAD_BYTES);
    const headBytes = readSync(open.fd, head, 0, HEAD_BYTES, 0);
    if (storyFormatOf(file.file, head.subarray(0, headBytes)) !== 'text') return null;
    const stories: Story[] = [];
    const read = await readExportStream(
      () => fileChunks(open.fd, open.size),
      file.file,
      open.size,
      (story) => {
        stories.push(story);
      },
      { id: file.id, budget: readBudgetFor(open.size) },
    );
    if (!read.ok) return { ...read, retry: false };
    for (const story of stories) story.position!.count = read.count;
    return {
      ok: true,
      stories,
      hash: read.hash,
      skippedParts: read.skippedParts,
      size: open.size,
      mtimeMs: open.mtimeMs,
    };
  } finally {
    closeQuietly(open.fd);
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
}
