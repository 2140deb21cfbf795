/**
 * Live updates: the archive watcher's batches of changed paths, turned into the archive's
 * new list of story files (what the index covers now, with the batch's files re-stat'ed,
 * added or removed) for the index coordinator to plan against.
 *
 * The walk's rules hold for a changed file too: a name that is now a link out of the archive
 * (`ln -s /elsewhere/x t && mv -T t x.txt`) is skipped with the walk's reason, not followed.
 * (The worker checks again when it opens the file, should the name change once more.)
 */
import { lstat, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isInside } from '../files/read-bounded-file';
import { LINK_OUT_OF_ARCHIVE, tooBigReason } from '../files/file-problems';
import { storyIdFor } from '../index/story-ids';
import type { SegmentCoverage } from '../index/segment-plan';
import { compareFiles } from '../index/segment-plan';
import type { BuildFile } from '../index/worker-protocol';
import type { SkippedFile } from '../model/story';
import { isInsidePageAssets, sizeLimitOf } from '../story/story-files';
import type { WatchBatch } from './archive-watcher';

export interface ArchiveFiles {
  /** Every story file to index, sorted by path. */
  files: BuildFile[];
  /** Files the walk (or the watcher) skipped before reading them, with why. */
  walkSkipped: SkippedFile[];
}

/** The archive's story files after `batch`, from what the index covers before it. */
export async function filesAfterBatch(
  root: string,
  coverage: readonly SegmentCoverage[],
  walkSkipped: readonly SkippedFile[],
  batch: WatchBatch,
): Promise<ArchiveFiles> {
  const entries = new Map<string, BuildFile>();
  for (const segment of coverage) {
    for (const [file, known] of segment.files) entries.set(file, { file, ...known });
  }
  for (const folder of batch.removedFolders) {
    for (const file of [...entries.keys()]) {
      if (file.startsWith(`${folder}/`)) entries.delete(file);
    }
  }
  const skipped = new Map(walkSkipped.map((entry) => [entry.file, entry]));
  const taken = new Set([...entries.values()].map((entry) => entry.id));
  const rootReal = await realpath(root).catch(() => root);
  for (const file of batch.files) {
    const path = join(root, file);
    const known = entries.get(file);
    skipped.delete(file);
    if ((await lstat(path).catch(() => null))?.isSymbolicLink()) {
      const real = await realpath(path).catch(() => null);
      if (real !== null && !isInside(real, rootReal)) {
        entries.delete(file);
        skipped.set(file, { file, reason: LINK_OUT_OF_ARCHIVE });
        continue;
      }
    }
    const info = await stat(path).catch(() => null);
    if (!info?.isFile() || (await isInsidePageAssets(root, file))) {
      entries.delete(file);
      continue;
    }
    const limit = sizeLimitOf(file);
    if (info.size > limit.maxBytes) {
      entries.delete(file);
      skipped.set(file, { file, reason: tooBigReason(info.size, limit.maxBytes, limit.what) });
      continue;
    }
    const id = known?.id ?? storyIdFor(file, taken);
    taken.add(id);
    entries.set(file, { id, file, size: info.size, mtimeMs: info.mtimeMs });
  }
  return {
    files: [...entries.values()].sort((a, b) => compareFiles(a.file, b.file)),
    walkSkipped: [...skipped.values()],
  };
}
