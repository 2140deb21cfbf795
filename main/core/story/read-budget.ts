/**
 * The time one file may take to read: a deadline that every reader checks in its loops (per
 * page of a PDF, per story of an export, per thousand tokens of an RTF) and gives up at, with
 * a reason the user can read. The index worker makes one per file (readBudgetFor) and hands
 * it to the reader through StoryReadOptions, so the same deadline holds whatever the format.
 *
 * Cooperative by design: the worker thread is not interrupted, the reader stops at its next
 * check. Every reader here checks often enough that no step between two checks runs long
 * (a PDF page, an export's story, a bounded chunk of tokens); what one library call could
 * still do past that is bounded by the input limits (file size, pages, zip entries, nesting).
 *
 * Memory is bounded the same way, by limits each reader states where it reads (bytes per
 * file, characters per story, pages per PDF, uncompressed bytes per DOCX), not by measuring.
 */

/** The reason a file is skipped when its budget ran out. */
export function overBudgetReason(seconds: number): string {
  return `Reading it took longer than ${seconds} seconds, so it was skipped; a file this slow to read is probably damaged or built to stall readers.`;
}

/** Thrown by ReadBudget.check; readers catch it and skip the file with its message. */
export class ReadBudgetExceeded extends Error {
  override name = 'ReadBudgetExceeded';
}

export class ReadBudget {
  #deadline: number;
  #seconds: number;
  readonly #now: () => number;

  constructor(ms: number, now: () => number = () => performance.now()) {
    this.#now = now;
    this.#deadline = now() + ms;
    this.#seconds = Math.round(ms / 1000);
  }

  /** A budget that never runs out (tests, a one-off `inspect`). */
  static unlimited(): ReadBudget {
    return new ReadBudget(Number.POSITIVE_INFINITY);
  }

  get expired(): boolean {
    return this.#now() > this.#deadline;
  }

  get reason(): string {
    return overBudgetReason(this.#seconds);
  }

  /**
   * More time, for a reader that learns how much work the file holds only once it opens it
   * (a PDF's pages): at most MAX_EXTENSION_MS however much is asked.
   */
  extend(ms: number): void {
    const added = Math.min(Math.max(0, ms), MAX_EXTENSION_MS);
    this.#deadline += added;
    this.#seconds += Math.round(added / 1000);
  }

  /** Throws ReadBudgetExceeded once the deadline has passed. */
  check(): void {
    if (this.expired) throw new ReadBudgetExceeded(this.reason);
  }
}

/**
 * A file's base budget, and what each megabyte adds (a 200 MB export gets 260 s): generous,
 * since a busy machine reads slowly, and a file must not be skipped for that; what a
 * hostile file could do inside it is bounded by each reader's limits.
 */
const BASE_MS = 60_000;
const PER_MEGABYTE_MS = 1_000;
/** The most a reader may add (extend). */
const MAX_EXTENSION_MS = 180_000;

/** The budget for a file of `size` bytes. */
export function readBudgetFor(size: number): ReadBudget {
  return new ReadBudget(BASE_MS + (size / (1024 * 1024)) * PER_MEGABYTE_MS);
}
