/**
 * Reading one story file: bytes → Story, or a reason the file was skipped. `storyFromBytes`
 * is pure (index workers call it on bytes they read); `readStoryFile` reads from disk,
 * read-only, and never throws.
 *
 * The format comes from the name and the first bytes (story-format.ts), and its reader
 * (story-reader.ts) reads the file, within the file's time budget (read-budget.ts): a file
 * that outlasts it even by the reader's cheaper fallback is skipped with that reason. Skipped, with a reason a user understands: an empty file
 * (or only whitespace), a binary file (looks-binary.ts), a file over its format's size limit
 * (story-files.ts), a page with no article text, a file that cannot be read (permissions,
 * vanished, not a regular file).
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { SkippedFile, Story, StoryFormat } from '../model/story';
import { readHtmlPage } from './read-html-page';
import { readMarkdownClipping } from './read-markdown-clipping';
import { readTextStory } from './read-text-story';
import type { ArchiveEntry } from './story-files';
import { sizeLimitOf } from './story-files';
import { storyFormatOf } from './story-format';
import { ReadBudget, ReadBudgetExceeded } from './read-budget';
import type { ReaderResult, StoryReader, StoryReadOptions } from './story-reader';
import { readBoundedFile } from '../files/read-bounded-file';
import { tooBigReason } from '../files/file-problems';

export type StoryRead =
  | { ok: true; story: Story; hash: string; size: number; mtimeMs: number }
  | { ok: false; skipped: SkippedFile };

/** The reader of each format. */
export const STORY_READERS: Readonly<Record<StoryFormat, StoryReader>> = {
  text: readTextStory,
  html: readHtmlPage,
  markdown: readMarkdownClipping,
};

const TOO_DEEP = 'Its structure is nested too deeply to read, so it was skipped.';

/** Content hash used by the cache: SHA-1 of the bytes, hex. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

/** Bytes already read → Story or a skip reason (binary, empty, too big…). Pure, for workers. */
export function storyFromBytes(
  bytes: Uint8Array,
  file: string,
  options: StoryReadOptions = {},
): { ok: true; story: Story; hash: string } | { ok: false; skipped: SkippedFile } {
  const limit = sizeLimitOf(file);
  if (bytes.length > limit.maxBytes) {
    return skip(file, tooBigReason(bytes.length, limit.maxBytes, limit.what));
  }
  if (bytes.length === 0) return skip(file, 'The file is empty.');
  let read: ReaderResult;
  try {
    read = STORY_READERS[storyFormatOf(file, bytes)](bytes, file, {
      ...options,
      budget: options.budget ?? new ReadBudget(),
    });
  } catch (error) {
    if (error instanceof ReadBudgetExceeded) return skip(file, error.reason);
    // A parser that recursed past the stack on a pathological file: a skip, not a crash.
    if (error instanceof RangeError) return skip(file, TOO_DEEP);
    throw error;
  }
  if (!read.ok) return skip(file, read.reason);
  return { ok: true, story: read.story, hash: contentHash(bytes) };
}

/**
 * Reads one file of the archive (read-only) and parses it. Never throws. With `rootReal` (the
 * archive's real path), a file that is not inside the archive when it is opened — a link
 * swapped in since the walk — is skipped as the walk skips links out of the archive.
 */
export async function readStoryFile(
  root: string,
  entry: ArchiveEntry,
  rootReal?: string,
): Promise<StoryRead> {
  const limit = sizeLimitOf(entry.file);
  const read = await readBoundedFile(join(root, entry.file), limit.maxBytes, {
    what: limit.what,
    ...(rootReal === undefined ? {} : { within: rootReal }),
  });
  if (!read.ok) return skip(entry.file, read.reason);
  const parsed = storyFromBytes(read.bytes, entry.file, { id: entry.id, mtimeMs: read.mtimeMs });
  if (!parsed.ok) return parsed;
  return { ...parsed, size: read.bytes.length, mtimeMs: read.mtimeMs };
}

function skip(file: string, reason: string): { ok: false; skipped: SkippedFile } {
  return { ok: false, skipped: { file, reason } };
}
