/**
 * The messages between the service (main thread) and its index workers: a discriminated
 * union of requests, and replies tagged with the request's id. Every request gets exactly one
 * `result`; `build` and `load` may send `progress` before it.
 *
 * A worker holds the segments assigned to it: it builds them (reads and parses the story
 * files, indexes, writes the segment file), loads them from the cache, and answers searches
 * and snippets over them. Main holds the catalogue and merges.
 */
import type { BlockCacheStats } from './block-cache';
import type { SegmentVectors } from '../related/segment-vectors';
import type { Snippet } from '../model/search';
import type { SearchPlan } from '../search/search-plan';
import type { SkippedRecord } from './story-record';

/** A story file to index, as the archive walk saw it. */
export interface BuildFile {
  id: string;
  file: string;
  size: number;
  mtimeMs: number;
}

export interface BuildJob {
  type: 'build';
  id: number;
  segmentId: string;
  root: string;
  files: BuildFile[];
  /** Segments held by this worker whose unchanged stories may be reused instead of re-read. */
  reuseFrom: string[];
  /**
   * Where to write the segment file (atomically); null to hold it in memory only (the cache is
   * another process's, or cannot be written).
   */
  path: string | null;
  /**
   * Files not to read, each recorded as skipped for its reason: files that kept a worker busy
   * past its limit in an earlier try of this build (the pool ended that worker).
   */
  skip?: { file: string; reason: string }[];
}

export interface LoadJob {
  type: 'load';
  id: number;
  segmentId: string;
  path: string;
  /** SHA-256 the manifest recorded; a file that does not match is not decoded. */
  checksum: string;
  /** Its size as the manifest recorded: a file of any other size (or kind) is not read. */
  bytes: number;
}

export interface SearchJob {
  type: 'search';
  id: number;
  plan: SearchPlan;
}

export interface SnippetsJob {
  type: 'snippets';
  id: number;
  /** null: the stories' openings (browsing). */
  plan: SearchPlan | null;
  stories: { segmentId: string; doc: number }[];
}

export interface DropJob {
  type: 'drop';
  id: number;
  segmentId: string;
}

/**
 * Held segments' related headlines and term vectors (to build the related index): those
 * named in `segmentIds`, or every held segment when it is absent.
 */
export interface RelatedRecordsJob {
  type: 'related';
  id: number;
  segmentIds?: string[];
}

/** What the worker holds in memory: its segments' dictionaries and offsets, and its blocks. */
export interface MemoryJob {
  type: 'memory';
  id: number;
}

export type WorkerRequest =
  BuildJob | LoadJob | SearchJob | SnippetsJob | DropJob | RelatedRecordsJob | MemoryJob;

export interface WorkerMemory {
  residentBytes: number;
  blockCache: BlockCacheStats;
}

/** A segment's vocabulary with lunr document frequencies (for the archive-wide statistics). */
export interface SegmentVocabulary {
  /** The terms, one per line, sorted (one string crosses threads far faster than many). */
  termsText: string;
  frequencies: Uint32Array;
  /** Sum of each field's lengths over the segment (INDEX_FIELDS order). */
  fieldLengthTotals: number[];
}

export interface SegmentSummary extends SegmentVocabulary {
  segmentId: string;
  /** JSON of the StoryRecords in document order: story `doc` is element `doc`. */
  storiesJson: string;
  skipped: SkippedRecord[];
  checksum: string;
  bytes: number;
  /** Files read and parsed for this build (the rest were reused); 0 for a load. */
  filesRead: number;
  /**
   * Why the built segment's file could not be written (the worker holds it anyway, so search
   * goes on from memory); null when it was written, or not to be.
   */
  cacheWriteError: string | null;
}

/** Hits of one search in one worker, segment by segment (arrays are transferred, not copied). */
export interface SearchReply {
  segmentIds: string[];
  /** How many hits each segment contributed, in order. */
  counts: number[];
  docs: Int32Array;
  scores: Float64Array;
  /** Segments whose file turned out damaged while searching them (left out; to rebuild). */
  damaged: string[];
}

export interface WorkerResults {
  build: SegmentSummary;
  load: SegmentSummary;
  search: SearchReply;
  snippets: Snippet[];
  /** Whether the worker held the segment. */
  drop: boolean;
  /** Each segment's related headlines and term vectors (vectors as transferable arrays). */
  related: SegmentVectors[];
  memory: WorkerMemory;
}

export type WorkerReply =
  | { type: 'progress'; id: number; done: number; total: number }
  /**
   * `build`: the worker starts reading this file, which may take up to `limitMs` before the pool
   * ends the worker (stallLimitMs), or (null) is done reading files.
   */
  | { type: 'reading'; id: number; file: string | null; limitMs: number }
  | { type: 'result'; id: number; ok: true; value: WorkerResults[WorkerRequest['type']] }
  | { type: 'result'; id: number; ok: false; error: WorkerFailure };

export interface WorkerFailure {
  /** `corrupt`: a cached segment failed its checks (rebuild it); `failed`: anything else. */
  kind: 'corrupt' | 'failed';
  message: string;
}

/** Requests without their id, as callers of the pool write them. */
export type WorkerTask = WorkerRequest extends infer R
  ? R extends WorkerRequest
    ? Omit<R, 'id'>
    : never
  : never;
