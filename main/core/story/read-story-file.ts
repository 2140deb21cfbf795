/**
 * Reading one story file: bytes → Story, or a reason the file was skipped. `storyFromBytes`
 * is pure (index workers call it on bytes they read); `readStoryFile` reads from disk,
 * read-only, and never throws.
 *
 * Skipped, with a reason a user understands: an empty file (or only whitespace), a binary file
 * (looks-binary.ts), a file over MAX_STORY_BYTES (story-files.ts), a file that cannot be read (permissions,
 * vanished, not a regular file).
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { SkippedFile, Story } from '../model/story';
import { decodeStoryBytes } from './decode-story-bytes';
import { looksBinary } from './looks-binary';
import { isPlainStoryText, normaliseStoryText } from './normalise-story-text';
import type { ParseStoryOptions } from './parse-story';
import { parseStory } from './parse-story';
import type { ArchiveEntry } from './story-files';
import { MAX_STORY_BYTES, STORY_FILES } from './story-files';
import { readBoundedFile } from '../files/read-bounded-file';
import { tooBigReason } from '../files/file-problems';

export type StoryRead =
  | { ok: true; story: Story; hash: string; size: number; mtimeMs: number }
  | { ok: false; skipped: SkippedFile };

/** Content hash used by the cache: SHA-1 of the bytes, hex. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

/** Bytes already read → Story or a skip reason (binary, empty, too big). Pure, for workers. */
export function storyFromBytes(
  bytes: Uint8Array,
  file: string,
  options: ParseStoryOptions = {},
): { ok: true; story: Story; hash: string } | { ok: false; skipped: SkippedFile } {
  if (bytes.length > MAX_STORY_BYTES) {
    return skip(file, tooBigReason(bytes.length, MAX_STORY_BYTES, STORY_FILES));
  }
  if (bytes.length === 0) return skip(file, 'The file is empty.');
  const decoded = decodeStoryBytes(bytes);
  const plain = isPlainStoryText(decoded.text);
  const binary = plain ? null : looksBinary(decoded.text);
  if (binary) return skip(file, binary);
  const text = normaliseStoryText(decoded.text, plain);
  if (text.trim() === '') return skip(file, 'The file holds only blank space, no story.');
  const story = parseStory(text, file, options);
  if (decoded.warnings.length > 0) story.warnings.unshift(...decoded.warnings);
  return { ok: true, story, hash: contentHash(bytes) };
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
  const read = await readBoundedFile(join(root, entry.file), MAX_STORY_BYTES, {
    what: STORY_FILES,
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
