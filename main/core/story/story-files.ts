/**
 * What a story file is, for every part that finds, reads or names one (the archive walk, the
 * watcher, live updates, the index workers, `inspect`): which names count and in which
 * format, the size limit of each format, a saved page's assets folder, and the entry the
 * archive walk lists for each file. One place, so no part can disagree with another.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { StoryFormat } from '../model/story';

/**
 * The size limit for one story: 1 MiB. A saved story is a few KB (the longest real pages are
 * under 100 KB), so a bigger one-story `.txt` is a log, a dump or a data file; reading it
 * would cost time and memory for nothing. It is also the bound on the text any reader keeps
 * of one story. It applies to each story, not to a file: an export of 161 stories is 1 MB.
 */
export const MAX_STORY_BYTES = 1024 * 1024;

/**
 * The size limit for a saved web page read as one story: 10 MiB. "Save page as" keeps inline
 * scripts, styles and images in the page (a news page is often 1–5 MB for 10 KB of article);
 * beyond 10 MiB a page is a web application or a dump, and parsing it would hold a large tree
 * in memory. An HTML export of many stories may be bigger: it is read story by story.
 */
export const MAX_PAGE_BYTES = 10 * 1024 * 1024;

/**
 * The size limit for any file that may hold many stories (text, HTML, PDF, Word, RTF, MHTML):
 * 256 MiB. A news database's export of thousands of stories is read whole (a PDF, a zip
 * cannot be read in parts), so this bounds what one read can hold; the stories in it are
 * bounded one by one (MAX_STORY_BYTES).
 */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** How the size limits are named in skip reasons. */
export const STORY_FILES = 'story files';
export const SAVED_PAGES = 'saved pages';
export const ARCHIVE_FILES = 'files';

/** Story files by name, any case. */
export const STORY_FILE = /\.(?:txt|html?|md|markdown|pdf|docx|doc|rtf|mht|mhtml)$/i;

/**
 * The format a file's name promises (its first bytes may overrule it: story-format.ts). A
 * `.doc` is read only when it is RTF inside (Word's older binary format is not read), so its
 * name promises RTF.
 */
export function formatOfName(name: string): StoryFormat | null {
  const match = /\.(txt|html?|md|markdown|pdf|docx|doc|rtf|mht|mhtml)$/i.exec(name);
  if (!match) return null;
  const extension = match[1]!.toLowerCase();
  return NAMED_FORMATS[extension] ?? null;
}

const NAMED_FORMATS: Readonly<Record<string, StoryFormat>> = {
  txt: 'text',
  htm: 'html',
  html: 'html',
  md: 'markdown',
  markdown: 'markdown',
  pdf: 'pdf',
  docx: 'docx',
  doc: 'rtf',
  rtf: 'rtf',
  mht: 'mhtml',
  mhtml: 'mhtml',
};

/** Whether `name` (a base name or a path) is a story file. */
export function isStoryFileName(name: string): boolean {
  return STORY_FILE.test(name);
}

/**
 * The size limit of a file by its name, and the words a skip reason uses for it: what the
 * archive walk and every read of the file allow. A Markdown clipping is one story; every other
 * format may hold many.
 */
export function sizeLimitOf(name: string): { maxBytes: number; what: string } {
  return formatOfName(name) === 'markdown'
    ? { maxBytes: MAX_STORY_BYTES, what: STORY_FILES }
    : { maxBytes: MAX_FILE_BYTES, what: ARCHIVE_FILES };
}

/** The size limit of a file read as one story, by its format (checked once it is known). */
export function oneStoryLimitOf(format: StoryFormat): { maxBytes: number; what: string } {
  return format === 'html' || format === 'mhtml'
    ? { maxBytes: MAX_PAGE_BYTES, what: SAVED_PAGES }
    : { maxBytes: MAX_STORY_BYTES, what: STORY_FILES };
}

/**
 * A saved page's assets folder: browsers save `NAME.html` with its images, scripts and
 * styles (and frames, as more `.html` files) in `NAME_files/` beside it. Such a folder is
 * part of the page, not stories: it is neither walked nor listed. A `NAME_files` folder with
 * no `NAME.html` or `NAME.htm` beside it is an ordinary folder.
 *
 * `siblingNames`: the names in the folder that holds it, lower case.
 */
export function isPageAssetsFolder(folderName: string, siblingNames: ReadonlySet<string>): boolean {
  return pageNamesOfAssets(folderName).some((page) => siblingNames.has(page));
}

/**
 * Whether a folder (relative path, `/` separators) is, or lies in, a saved page's assets
 * folder: some folder on its path is `NAME_files` with `NAME.html` or `NAME.htm` beside it
 * (any case, as the walk compares). For the watcher and live updates, which learn of one path
 * at a time; the walk sees whole folders and uses isPageAssetsFolder.
 */
export async function isPageAssetsPath(root: string, folder: string): Promise<boolean> {
  const parts = folder.split('/');
  for (let depth = 0; depth < parts.length; depth += 1) {
    if (pageNamesOfAssets(parts[depth]!).length === 0) continue;
    const parent = join(root, ...parts.slice(0, depth));
    const siblings = await readdir(parent).catch(() => [] as string[]);
    const names = new Set(siblings.map((name) => name.toLowerCase()));
    if (isPageAssetsFolder(parts[depth]!, names)) return true;
  }
  return false;
}

/** Whether a file (relative path) lies in a saved page's assets folder. */
export function isInsidePageAssets(root: string, file: string): Promise<boolean> {
  const slash = file.lastIndexOf('/');
  return slash < 0 ? Promise.resolve(false) : isPageAssetsPath(root, file.slice(0, slash));
}

/** `NAME.html` → `NAME_files`, the assets folder a browser saves beside it; else null. */
export function assetsFolderOf(pageName: string): string | null {
  const match = /^(.+)\.html?$/i.exec(pageName);
  return match ? `${match[1]}${ASSETS_SUFFIX}` : null;
}

const ASSETS_SUFFIX = '_files';

/** `Story_files` → [`story.html`, `story.htm`]; [] for a name that is no assets folder. */
function pageNamesOfAssets(folderName: string): string[] {
  const lower = folderName.toLowerCase();
  if (!lower.endsWith(ASSETS_SUFFIX) || lower.length === ASSETS_SUFFIX.length) return [];
  const stem = lower.slice(0, -ASSETS_SUFFIX.length);
  return [`${stem}.html`, `${stem}.htm`];
}

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
