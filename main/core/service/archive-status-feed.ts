/**
 * The status of one open archive and its subscribers. Counts (stories, segments, skipped
 * files) are read from the index whenever the status changes, so they never disagree with
 * what search answers. Progress alone is sent at most every STATUS_INTERVAL_MS (an index
 * build reports thousands of steps); any other change is sent at once.
 */
import { EventEmitter } from 'node:events';
import type { ArchiveStatus } from '../model/archive-status';
import type { SkippedFile } from '../model/story';

const STATUS_INTERVAL_MS = 100;
const MAX_SKIPPED_LISTED = 1_000;

export interface StatusCounts {
  stories: number;
  duplicateSaves: number;
  segments: number;
  skippedFiles: readonly SkippedFile[];
}

export class ArchiveStatusFeed {
  readonly #events = new EventEmitter();
  readonly #counts: () => StatusCounts;
  #status: ArchiveStatus;
  #timer: NodeJS.Timeout | null = null;
  #stopped = false;

  constructor(root: string, counts: () => StatusCounts) {
    this.#counts = counts;
    // One listener per window or HTTP client: no fixed limit, so no false leak warning.
    this.#events.setMaxListeners(0);
    this.#status = {
      archive: root,
      state: 'scanning',
      stories: 0,
      duplicateSaves: 0,
      skipped: 0,
      skippedFiles: [],
      segments: 0,
      progress: { phase: 'scan', done: 0, total: 0 },
      message: null,
      generation: 0,
    };
  }

  get current(): ArchiveStatus {
    return this.#status;
  }

  onStatus(listener: (status: ArchiveStatus) => void): () => void {
    this.#events.on('status', listener);
    return () => this.#events.off('status', listener);
  }

  /** The searchable content changed: a new generation, so views ask again. */
  contentChanged(): void {
    this.update({ generation: this.#status.generation + 1 });
  }

  update(change: Partial<ArchiveStatus>): void {
    const counts = this.#counts();
    this.#status = {
      ...this.#status,
      ...change,
      stories: counts.stories,
      duplicateSaves: counts.duplicateSaves,
      segments: counts.segments,
      skipped: counts.skippedFiles.length,
      skippedFiles: counts.skippedFiles.slice(0, MAX_SKIPPED_LISTED),
    };
    if (this.#stopped) return;
    const onlyProgress = Object.keys(change).every(
      (key) => key === 'progress' || key === 'generation',
    );
    if (onlyProgress && this.#timer) return;
    if (onlyProgress) {
      this.#timer = setTimeout(() => {
        this.#timer = null;
        if (!this.#stopped) this.#events.emit('status', this.#status);
      }, STATUS_INTERVAL_MS);
      return;
    }
    this.#events.emit('status', this.#status);
  }

  /** No more events (the archive closed). */
  stop(): void {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }
}
