/**
 * Watches an archive folder and hands the service batches of changed story files.
 *
 * - Only what the index reads: hidden files and folders are ignored, and names that are not
 *   story files (story-files.ts), and a saved page's assets folder (`NAME_files` beside
 *   `NAME.html`; when the page arrives after its folder, the folder is reported removed). A
 *   story name that becomes a symbolic link is reported like a changed file (the index then
 *   follows it, or skips a link out of the archive); links to folders are not watched through.
 *   The watcher only reads; nothing is ever written.
 * - A file still being written is reported once its size and mtime have held still for
 *   `stableMs`, so it is read once, whole.
 * - Changes are gathered until `quietMs` pass without a new one (at most `maxWaitMs` after
 *   the first): a burst of a thousand new files becomes one batch, and one rebuild per
 *   affected segment.
 *
 * Why not chokidar (tried first, and removed): chokidar watches every file with its own
 * handle, and on every change in a folder re-lists the folder with an lstat per entry. A
 * scraper's archive is one flat folder of tens of thousands of files, so each new file cost
 * a 20,000-entry lstat sweep and about 2 s before it was even reported (search benchmark).
 * Here one fs.watch per folder reports the changed name itself; the cost of an event is one
 * lstat of that name.
 *
 * Nothing fails silently: a folder that cannot be watched (the system's limit on watches, a
 * path too long, no permission), or whose watch reports an error, is told to `onProblem` —
 * changes there would otherwise go unseen. An `'error'` from a folder's watch is not taken
 * for the folder's removal: the folder is looked at, watched again if it is still there, and
 * reported removed only if it is gone.
 */
import type { FSWatcher } from 'node:fs';
import { watch } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import {
  assetsFolderOf,
  isPageAssetsFolder,
  isPageAssetsPath,
  isStoryFileName,
} from '../story/story-files';

export interface WatchBatch {
  /** Story files (relative, `/` separators) added, changed or removed. */
  files: Set<string>;
  /** Folders removed: every story under them is gone. */
  removedFolders: Set<string>;
}

export interface WatchOptions {
  stableMs?: number;
  quietMs?: number;
  maxWaitMs?: number;
}

/** A folder whose changes are not being seen, and why (in words). */
export interface WatchProblem {
  /** Relative to the archive, `/` separators; `.` for the archive itself. */
  folder: string;
  reason: string;
}

/** node:fs `watch`, or a stand-in (tests). */
export type WatchFolder = (
  folder: string,
  onChange: (event: string, name: string | Buffer | null) => void,
) => FSWatcher;

export interface WatcherHooks {
  onProblem?: (problem: WatchProblem) => void;
  watch?: WatchFolder;
}

const watchFolder: WatchFolder = (folder, onChange) =>
  watch(folder, { persistent: true }, onChange);

interface PendingFile {
  size: number;
  mtimeMs: number;
  timer: NodeJS.Timeout;
}

export class ArchiveWatcher {
  /** Settles once every folder is watched. */
  readonly ready: Promise<void>;
  readonly #root: string;
  readonly #onBatch: (batch: WatchBatch) => void;
  readonly #stableMs: number;
  readonly #quietMs: number;
  readonly #maxWaitMs: number;
  readonly #watch: WatchFolder;
  readonly #onProblem: (problem: WatchProblem) => void;
  readonly #folders = new Map<string, FSWatcher>();
  readonly #pending = new Map<string, PendingFile>();
  #batch: WatchBatch = emptyBatch();
  #quietTimer: NodeJS.Timeout | null = null;
  #maxTimer: NodeJS.Timeout | null = null;
  #closed = false;

  constructor(
    root: string,
    onBatch: (batch: WatchBatch) => void,
    options: WatchOptions = {},
    hooks: WatcherHooks = {},
  ) {
    this.#root = root;
    this.#onBatch = onBatch;
    this.#stableMs = options.stableMs ?? 300;
    this.#quietMs = options.quietMs ?? 250;
    this.#maxWaitMs = options.maxWaitMs ?? 1_500;
    this.#watch = hooks.watch ?? watchFolder;
    this.#onProblem = hooks.onProblem ?? (() => undefined);
    this.ready = this.#watchTree(root, false);
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const watcher of this.#folders.values()) watcher.close();
    this.#folders.clear();
    for (const pending of this.#pending.values()) clearTimeout(pending.timer);
    this.#pending.clear();
    if (this.#quietTimer) clearTimeout(this.#quietTimer);
    if (this.#maxTimer) clearTimeout(this.#maxTimer);
  }

  /** Watches `folder` and the folders under it; with `report`, its story files are new. */
  async #watchTree(folder: string, report: boolean): Promise<void> {
    if (this.#closed || this.#folders.has(folder)) return;
    let watcher: FSWatcher;
    try {
      watcher = this.#watch(folder, (_event, name) => {
        if (name === null) void this.#rescan(folder);
        else void this.#changed(join(folder, name.toString()));
      });
    } catch (error) {
      this.#problem(folder, error);
      // Its subfolders may still be watchable (a permission on this one only).
      await this.#watchSubfolders(folder, report);
      return;
    }
    watcher.on('error', (error) => void this.#watchFailed(folder, watcher, error));
    this.#folders.set(folder, watcher);
    await this.#watchSubfolders(folder, report);
  }

  async #watchSubfolders(folder: string, report: boolean): Promise<void> {
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    const names = new Set(entries.map((entry) => entry.name.toLowerCase()));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!isPageAssetsFolder(entry.name, names)) await this.#watchTree(path, report);
      } else if (report && entry.isFile() && isStoryFileName(entry.name)) this.#add('file', path);
    }
  }

  /** Something happened to `path`: a story file, a folder, or something to ignore. */
  async #changed(path: string): Promise<void> {
    if (this.#closed) return;
    const rel = this.#relative(path);
    if (rel === null || rel.split('/').some((part) => part.startsWith('.'))) return;
    const info = await lstat(path).catch(() => null);
    if (!info) {
      if (this.#folders.has(path)) this.#folderGone(path);
      else if (isStoryFileName(path)) this.#settled(path);
      return;
    }
    if (info.isDirectory()) {
      if (!(await isPageAssetsPath(this.#root, rel))) await this.#watchTree(path, true);
    } else if (info.isFile() && isStoryFileName(path)) {
      // A page saved after its assets folder: the folder was watched as stories; no more.
      const assets = assetsFolderOf(rel.slice(rel.lastIndexOf('/') + 1));
      if (assets !== null && this.#folders.has(join(dirname(path), assets))) {
        this.#folderGone(join(dirname(path), assets));
      }
      this.#waitForStable(path, info.size, info.mtimeMs);
    } else if (info.isSymbolicLink() && isStoryFileName(path)) this.#settled(path);
  }

  /**
   * A folder's watch failed. Gone: its stories are gone. Still there: watch it again, and
   * report every story in it (changes may have been missed meanwhile; unchanged ones cost
   * nothing to the index); if that fails too, say so.
   */
  async #watchFailed(folder: string, watcher: FSWatcher, error: unknown): Promise<void> {
    watcher.close();
    if (this.#folders.get(folder) === watcher) this.#folders.delete(folder);
    if (this.#closed) return;
    const info = await lstat(folder).catch(() => null);
    if (!info?.isDirectory()) {
      this.#folderGone(folder);
      return;
    }
    try {
      const again = this.#watch(folder, (_event, name) => {
        if (name === null) void this.#rescan(folder);
        else void this.#changed(join(folder, name.toString()));
      });
      again.on('error', (next) => void this.#watchFailed(folder, again, next));
      this.#folders.set(folder, again);
      void this.#rescan(folder);
    } catch {
      this.#problem(folder, error);
    }
  }

  #problem(folder: string, error: unknown): void {
    if (this.#closed) return;
    const rel = relative(this.#root, folder).split(sep).join('/');
    this.#onProblem({ folder: rel === '' ? '.' : rel, reason: watchProblemReason(error) });
  }

  /** Reports a file once two looks `stableMs` apart see the same size and mtime. */
  #waitForStable(path: string, size: number, mtimeMs: number): void {
    const known = this.#pending.get(path);
    if (known) clearTimeout(known.timer);
    const timer = setTimeout(async () => {
      const info = await lstat(path).catch(() => null);
      if (!info || !info.isFile()) return this.#settled(path);
      if (info.size === size && info.mtimeMs === mtimeMs) this.#settled(path);
      else this.#waitForStable(path, info.size, info.mtimeMs);
    }, this.#stableMs);
    this.#pending.set(path, { size, mtimeMs, timer });
  }

  #settled(path: string): void {
    const pending = this.#pending.get(path);
    if (pending) clearTimeout(pending.timer);
    this.#pending.delete(path);
    this.#add('file', path);
  }

  /** A folder listing was lost (the OS gave no name): report every story file in it. */
  async #rescan(folder: string): Promise<void> {
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => null);
    if (!entries) return this.#folderGone(folder);
    for (const entry of entries) {
      if (!entry.name.startsWith('.')) void this.#changed(join(folder, entry.name));
    }
  }

  /**
   * A folder is gone (or is a page's assets folder after all): no more watching it, and none
   * of its files waiting to settle or waiting in the batch — the folder's removal stands for
   * them, so a late report cannot bring one back.
   */
  #folderGone(folder: string): void {
    const inside = (path: string) => path === folder || path.startsWith(`${folder}${sep}`);
    for (const [path, watcher] of this.#folders) {
      if (inside(path)) {
        watcher.close();
        this.#folders.delete(path);
      }
    }
    for (const [path, pending] of this.#pending) {
      if (inside(path)) {
        clearTimeout(pending.timer);
        this.#pending.delete(path);
      }
    }
    const rel = this.#relative(folder);
    if (rel !== null) {
      for (const file of this.#batch.files) {
        if (file.startsWith(`${rel}/`)) this.#batch.files.delete(file);
      }
    }
    if (folder !== this.#root) this.#add('folder', folder);
  }

  #relative(path: string): string | null {
    const rel = relative(this.#root, path).split(sep).join('/');
    return rel === '' || rel.startsWith('..') ? null : rel;
  }

  #add(kind: 'file' | 'folder', path: string): void {
    const rel = this.#relative(path);
    if (rel === null || this.#closed) return;
    (kind === 'file' ? this.#batch.files : this.#batch.removedFolders).add(rel);
    if (this.#quietTimer) clearTimeout(this.#quietTimer);
    this.#quietTimer = setTimeout(() => this.#flush(), this.#quietMs);
    this.#maxTimer ??= setTimeout(() => this.#flush(), this.#maxWaitMs);
  }

  #flush(): void {
    if (this.#quietTimer) clearTimeout(this.#quietTimer);
    if (this.#maxTimer) clearTimeout(this.#maxTimer);
    this.#quietTimer = null;
    this.#maxTimer = null;
    const batch = this.#batch;
    this.#batch = emptyBatch();
    if (!this.#closed && (batch.files.size > 0 || batch.removedFolders.size > 0)) {
      this.#onBatch(batch);
    }
  }
}

/** Why a folder cannot be watched, in words. */
function watchProblemReason(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case 'ENOSPC':
    case 'EMFILE':
      return 'the system’s limit on watched folders is reached (on Linux, raise fs.inotify.max_user_watches)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENAMETOOLONG':
      return 'its path is longer than the system allows';
    default:
      return code ? `the system said ${code}` : 'the system refused';
  }
}

function emptyBatch(): WatchBatch {
  return { files: new Set(), removedFolders: new Set() };
}
