/**
 * What a story file is, for every part that finds, reads or names one: which names count,
 * the size limit, and the entry the archive walk lists for each.
 */

/**
 * The size limit for a story file: 1 MiB. A saved story is a few KB (the longest real pages
 * are under 100 KB), so a bigger `.txt` is a log, a dump or a data file; reading it would cost
 * time and memory for nothing, and the limit bounds what one read can hold.
 */
export const MAX_STORY_BYTES = 1024 * 1024;

/** How the size limit is named in skip reasons. */
export const STORY_FILES = 'story files';

/** Story files are `*.txt`, any case. */
export const STORY_FILE = /\.txt$/i;

/** A story file as the archive walk found it. */
export interface ArchiveEntry {
  /** Unique in the archive: the stem, or `<stem>~<6 hex>` when the stem is already taken. */
  id: string;
  /** Path relative to the archive root, `/` separators. */
  file: string;
  size: number;
  mtimeMs: number;
}

/** `world/000_820f.txt` → `000_820f`. */
export function stemOf(file: string): string {
  const base = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}
