/**
 * The status of an open archive: what is searchable now, what was skipped and why, and the
 * progress of indexing. Pushed to every shell whenever it changes.
 */
import type { SkippedFile } from './story';

export type ArchiveState = 'empty' | 'scanning' | 'indexing' | 'ready' | 'error';

export interface IndexProgress {
  phase: 'scan' | 'parse' | 'index' | 'load';
  done: number;
  total: number;
}

export interface ArchiveStatus {
  /** Absolute path of the open archive folder, or null before one is open. */
  archive: string | null;
  state: ArchiveState;
  /** Stories searchable now (search works on what is indexed so far), every save counted. */
  stories: number;
  /**
   * How many of `stories` are another save of a story already counted (same title and date,
   * two file names): lists show each story once, so they count `stories - duplicateSaves`.
   */
  duplicateSaves: number;
  /** Files that could not be indexed; `skippedFiles` lists them (at most 1,000). */
  skipped: number;
  skippedFiles: SkippedFile[];
  segments: number;
  /** Present while scanning or indexing. */
  progress: IndexProgress | null;
  /** A note for the user, e.g. "The index cache was damaged and has been rebuilt." */
  message: string | null;
  /** Bumped whenever the searchable content changes, so views can refresh their answers. */
  generation: number;
}
