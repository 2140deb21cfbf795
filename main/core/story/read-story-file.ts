/**
 * Reading one story file from disk (read-only, never throws): its bytes, bounded by the size
 * limit of files of its name (story-files.ts), then its stories (read-stories.ts, which picks
 * the format by the bytes and reads one story or a whole export). Skipped, with a reason a
 * user understands: an empty file (or only whitespace), a binary file (looks-binary.ts), a
 * file over its size limit, a page with no article text, a damaged document, a file that
 * cannot be read (permissions, vanished, not a regular file).
 *
 * `storyFromBytes` is the one-story reading of the text, page and clipping formats, pure and
 * synchronous, kept for what reads one such story at a time (the generator's checks, tests,
 * the formats benchmark); the engine reads every file through readStories.
 */
import { join } from 'node:path';
import type { SkippedFile, Story, StoryFormat } from '../model/story';
import { readHtmlPage } from './read-html-page';
import { readMarkdownClipping } from './read-markdown-clipping';
import { readTextStory } from './read-text-story';
import type { ArchiveEntry } from './story-files';
import { oneStoryLimitOf, sizeLimitOf } from './story-files';
import { storyFormatOf } from './story-format';
import type { OneStoryReader, StoryReadOptions } from './story-reader';
import { ReadBudgetExceeded, readBudgetFor } from './read-budget';
import { readBoundedFile } from '../files/read-bounded-file';
import { tooBigReason } from '../files/file-problems';
import type { StoryOnPages } from './read-stories';
import { contentHash, readPdfStoryPages, readStories } from './read-stories';

export { contentHash } from './read-stories';

export type StoryRead =
  | {
      ok: true;
      stories: Story[];
      hash: string;
      size: number;
      mtimeMs: number;
      /** Parts of the file that were not read as stories, and why. */
      skippedParts: string[];
    }
  | { ok: false; skipped: SkippedFile };

type OneStoryFormat = Extract<StoryFormat, 'text' | 'html' | 'markdown'>;

/** The reader of each one-story format. */
export const STORY_READERS: Readonly<Record<OneStoryFormat, OneStoryReader>> = {
  text: readTextStory,
  html: readHtmlPage,
  markdown: readMarkdownClipping,
};

const TOO_DEEP = 'Its structure is nested too deeply to read, so it was skipped.';

/**
 * Bytes of a text, page or clipping file → its one Story, or a skip reason (binary, empty,
 * too big…). Pure and synchronous; a file of another format is read as text.
 */
export function storyFromBytes(
  bytes: Uint8Array,
  file: string,
  options: StoryReadOptions = {},
): { ok: true; story: Story; hash: string } | { ok: false; skipped: SkippedFile } {
  const sniffed = storyFormatOf(file, bytes);
  const format: OneStoryFormat = sniffed === 'html' || sniffed === 'markdown' ? sniffed : 'text';
  const limit = oneStoryLimitOf(format);
  if (bytes.length > limit.maxBytes) {
    return skip(file, tooBigReason(bytes.length, limit.maxBytes, limit.what));
  }
  if (bytes.length === 0) return skip(file, 'The file is empty.');
  let read: ReturnType<OneStoryReader>;
  try {
    read = STORY_READERS[format](bytes, file, {
      ...options,
      budget: options.budget ?? readBudgetFor(bytes.length),
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
 * Reads one file of the archive (read-only) and its stories. Never throws. With `rootReal`
 * (the archive's real path), a file that is not inside the archive when it is opened — a link
 * swapped in since the walk — is skipped as the walk skips links out of the archive.
 */
export async function readStoryFile(
  root: string,
  entry: ArchiveEntry,
  rootReal?: string,
  options: Pick<StoryReadOptions, 'budget'> = {},
): Promise<StoryRead> {
  const limit = sizeLimitOf(entry.file);
  const read = await readBoundedFile(join(root, entry.file), limit.maxBytes, {
    what: limit.what,
    ...(rootReal === undefined ? {} : { within: rootReal }),
  });
  if (!read.ok) return skip(entry.file, read.reason);
  const parsed = await readStories(read.bytes, entry.file, {
    id: entry.id,
    ...options,
  });
  if (!parsed.ok) return parsed;
  return { ...parsed, size: read.bytes.length, mtimeMs: read.mtimeMs };
}

/**
 * One story of a PDF export, read from the pages it is on (Story.pages, kept by the index),
 * or null when it cannot be found there: the caller then reads the whole file.
 */
export async function readStoryFromPages(
  root: string,
  entry: ArchiveEntry,
  want: StoryOnPages,
  rootReal?: string,
  options: Pick<StoryReadOptions, 'budget'> = {},
): Promise<Story | null> {
  const limit = sizeLimitOf(entry.file);
  const read = await readBoundedFile(join(root, entry.file), limit.maxBytes, {
    what: limit.what,
    ...(rootReal === undefined ? {} : { within: rootReal }),
  });
  if (!read.ok) return null;
  const found = await readPdfStoryPages(read.bytes, entry.file, want, { id: entry.id, ...options });
  return found?.story ?? null;
}

function skip(file: string, reason: string): { ok: false; skipped: SkippedFile } {
  return { ok: false, skipped: { file, reason } };
}
