/**
 * Which segments to keep, rebuild, create and drop, given the archive's files now and the
 * segments the cache holds. Pure: the service runs it on open (after the walk) and for every
 * batch of live changes.
 *
 * Segments are contiguous ranges of file paths in sorted order, each starting at its first
 * file; a file belongs to the last segment starting at or before it. A changed, added or
 * removed file rebuilds only the segment around it. Files added after the last file of a
 * segment that is at least half full, with nothing else changed in it, start a new segment
 * instead: an archive that grows by appending (a scraper numbering its files) never rebuilds
 * a full segment. A segment that grows past 1.5× the target size is split into target-sized
 * parts; one that loses all its files is dropped.
 *
 * Segment size (SEGMENT_STORIES): segments never change the ranking (every segment scores with
 * archive-wide statistics), so the size trades rebuild work on a change (smaller is better)
 * against per-segment overhead on every query and on open (larger is better). See the
 * search benchmark for the measurements behind the choice.
 */
import type { BuildFile } from './worker-protocol';

/** Target stories per segment. */
export const SEGMENT_STORIES = 2_000;
/** Target text bytes per segment (bounds a build's memory however large the stories are). */
export const SEGMENT_BYTES = 16 * 1024 * 1024;
const SPLIT_FACTOR = 1.5;

/** What a segment covers: every file it indexed or skipped, with the stat it saw. */
export interface SegmentCoverage {
  segmentId: string;
  /** Its first file in sorted order (kept even when its data is lost, so its range is kept). */
  firstFile: string;
  files: ReadonlyMap<string, { id: string; size: number; mtimeMs: number }>;
}

export interface SegmentBuild {
  files: BuildFile[];
  /** The segment(s) this one replaces: their unchanged stories are reused, not re-read. */
  replaces: string[];
}

export interface SegmentPlan {
  keep: string[];
  build: SegmentBuild[];
  /** Replaced or emptied segments, to drop once the builds are done. */
  drop: string[];
}

export interface PlanLimits {
  stories: number;
  bytes: number;
}

const DEFAULT_LIMITS: PlanLimits = { stories: SEGMENT_STORIES, bytes: SEGMENT_BYTES };

export function compareFiles(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `files` must be sorted by `file` (compareFiles) and unique. */
export function planSegments(
  files: readonly BuildFile[],
  segments: readonly SegmentCoverage[],
  limits: PlanLimits = DEFAULT_LIMITS,
): SegmentPlan {
  const plan: SegmentPlan = { keep: [], build: [], drop: [] };
  const ordered = [...segments].sort((a, b) => compareFiles(a.firstFile, b.firstFile));
  if (ordered.length === 0) {
    plan.build = chunk(files, limits).map((part) => ({ files: part, replaces: [] }));
    return plan;
  }
  const assigned: BuildFile[][] = ordered.map(() => []);
  let owner = 0;
  for (const file of files) {
    while (
      owner + 1 < ordered.length &&
      compareFiles((ordered[owner + 1] as SegmentCoverage).firstFile, file.file) <= 0
    ) {
      owner += 1;
    }
    (assigned[owner] as BuildFile[]).push(file);
  }
  ordered.forEach((segment, index) => {
    const mine = assigned[index] as BuildFile[];
    if (mine.length === 0) {
      plan.drop.push(segment.segmentId);
      return;
    }
    if (unchanged(segment, mine)) {
      plan.keep.push(segment.segmentId);
      return;
    }
    const appended = appendedAfter(segment, mine);
    if (appended && segment.files.size >= limits.stories / 2) {
      plan.keep.push(segment.segmentId);
      for (const part of chunk(appended, limits)) plan.build.push({ files: part, replaces: [] });
      return;
    }
    plan.drop.push(segment.segmentId);
    const parts =
      mine.length > limits.stories * SPLIT_FACTOR || totalBytes(mine) > limits.bytes * SPLIT_FACTOR
        ? chunk(mine, limits)
        : [mine];
    for (const part of parts) plan.build.push({ files: part, replaces: [segment.segmentId] });
  });
  return plan;
}

function unchanged(segment: SegmentCoverage, files: readonly BuildFile[]): boolean {
  if (segment.files.size !== files.length) return false;
  return files.every((file) => {
    const known = segment.files.get(file.file);
    return (
      known !== undefined &&
      known.id === file.id &&
      known.size === file.size &&
      known.mtimeMs === file.mtimeMs
    );
  });
}

/** The files added after the segment's last file, when that is its only change; else null. */
function appendedAfter(segment: SegmentCoverage, files: readonly BuildFile[]): BuildFile[] | null {
  const known = files.slice(0, segment.files.size);
  const added = files.slice(segment.files.size);
  if (added.length === 0 || !unchanged(segment, known)) return null;
  return added;
}

/**
 * Consecutive parts within `limits`: as many parts as the story count needs, filled evenly,
 * and a part closed early when the next story would take it past the byte limit.
 */
function chunk(files: readonly BuildFile[], limits: PlanLimits): BuildFile[][] {
  if (files.length === 0) return [];
  const count = Math.ceil(files.length / limits.stories);
  const base = Math.floor(files.length / count);
  const remainder = files.length % count;
  const parts: BuildFile[][] = [];
  let current: BuildFile[] = [];
  let currentBytes = 0;
  for (const file of files) {
    const perPart = parts.length < remainder ? base + 1 : base;
    if (
      current.length > 0 &&
      (current.length >= perPart || currentBytes + file.size > limits.bytes)
    ) {
      parts.push(current);
      current = [];
      currentBytes = 0;
    }
    current.push(file);
    currentBytes += file.size;
  }
  parts.push(current);
  return parts;
}

function totalBytes(files: readonly BuildFile[]): number {
  return files.reduce((sum, file) => sum + file.size, 0);
}
