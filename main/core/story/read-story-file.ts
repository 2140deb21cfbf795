/**
 * Reading one story file: bytes → Story, or a reason the file was skipped. `storyFromBytes`
 * is pure (index workers call it on bytes they read); `readStoryFile` reads from disk,
 * read-only, and never throws.
 *
 * Skipped, with a reason a user understands: an empty file (or only whitespace), a binary file
 * (looks-binary.ts), a file over MAX_STORY_BYTES, a file that cannot be read (permissions,
 * vanished, not a regular file).
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { constants } from 'node:fs';
import { join } from 'node:path';
import type { SkippedFile, Story } from '../../../preload/api';
import { decodeRawStoryBytes } from './decode-story-bytes';
import { looksBinary } from './looks-binary';
import { isPlainStoryText, normaliseStoryText } from './normalise-story-text';
import type { ParseStoryOptions } from './parse-story';
import { parseStory } from './parse-story';
import type { ArchiveEntry } from './walk-archive';

/**
 * The size limit for a story file: 1 MiB. A saved story is a few KB (the longest real pages
 * are under 100 KB), so a bigger `.txt` is a log, a dump or a data file; reading it would cost
 * time and memory for nothing, and the limit bounds what one read can hold.
 */
export const MAX_STORY_BYTES = 1024 * 1024;

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
  if (bytes.length > MAX_STORY_BYTES) return skip(file, tooBigReason(bytes.length));
  if (bytes.length === 0) return skip(file, 'The file is empty.');
  const decoded = decodeRawStoryBytes(bytes);
  const plain = isPlainStoryText(decoded.text);
  const binary = plain ? null : looksBinary(decoded.text);
  if (binary) return skip(file, binary);
  const text = normaliseStoryText(decoded.text, plain);
  if (text.trim() === '') return skip(file, 'The file holds only blank space, no story.');
  const story = parseStory(text, file, options);
  if (decoded.warnings.length > 0) story.warnings.unshift(...decoded.warnings);
  return { ok: true, story, hash: contentHash(bytes) };
}

/** Reads one file of the archive (read-only) and parses it. Never throws. */
export async function readStoryFile(root: string, entry: ArchiveEntry): Promise<StoryRead> {
  const read = await readBoundedFile(join(root, entry.file), entry.file);
  if (!read.ok) return read;
  const parsed = storyFromBytes(read.bytes, entry.file, { id: entry.id, mtimeMs: read.mtimeMs });
  if (!parsed.ok) return parsed;
  return { ...parsed, size: read.bytes.length, mtimeMs: read.mtimeMs };
}

/** Read-only; non-blocking open so a FIFO named `.txt` cannot hang the scan (no-op on files). */
const READ_ONLY = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

type BoundedRead =
  { ok: true; bytes: Uint8Array; mtimeMs: number } | { ok: false; skipped: SkippedFile };

/**
 * Reads at most MAX_STORY_BYTES of a regular file, checked on the open descriptor (so a FIFO
 * or a device renamed `.txt` is never read and a file that grew past the limit is not read).
 * Written with fs callbacks rather than FileHandle promises: open + fstat + read + close cost
 * about half as much per small file that way, and a scan reads 100,000 of them. Never rejects.
 */
export function readBoundedFile(path: string, file: string): Promise<BoundedRead> {
  return new Promise((resolve) => {
    fs.open(path, READ_ONLY, (openError, fd) => {
      if (openError) {
        resolve(skip(file, unreadableReason(openError)));
        return;
      }
      const finish = (result: BoundedRead): void => {
        fs.close(fd, () => resolve(result));
      };
      fs.fstat(fd, (statError, info) => {
        if (statError) return finish(skip(file, unreadableReason(statError)));
        if (!info.isFile()) return finish(skip(file, 'It is not a regular file.'));
        if (info.size > MAX_STORY_BYTES) return finish(skip(file, tooBigReason(info.size)));
        const bytes = Buffer.allocUnsafe(info.size);
        const readFrom = (filled: number): void => {
          if (filled >= bytes.length) {
            finish({ ok: true, bytes, mtimeMs: info.mtimeMs });
            return;
          }
          fs.read(fd, bytes, filled, bytes.length - filled, filled, (readError, count) => {
            if (readError) finish(skip(file, unreadableReason(readError)));
            else if (count === 0) {
              finish({ ok: true, bytes: bytes.subarray(0, filled), mtimeMs: info.mtimeMs });
            } else readFrom(filled + count);
          });
        };
        readFrom(0);
      });
    });
  });
}

export function tooBigReason(size: number): string {
  return `The file is ${formatSize(size)}; story files over ${formatSize(MAX_STORY_BYTES)} are not read.`;
}

/** A read error → a sentence. */
export function unreadableReason(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'The file could not be read: permission denied.';
    case 'ENOENT':
      return 'The file disappeared before it could be read.';
    case 'EISDIR':
      return 'It is a folder, not a file.';
    case 'ELOOP':
      return 'It is a link that loops back on itself.';
    default:
      return `The file could not be read${code ? ` (${code})` : ''}.`;
  }
}

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KB`;
  return `${bytes} bytes`;
}

function skip(file: string, reason: string): { ok: false; skipped: SkippedFile } {
  return { ok: false, skipped: { file, reason } };
}
