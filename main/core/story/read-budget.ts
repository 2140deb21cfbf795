/**
 * ReadBudget: how long reading one file may take. Every format reader shares it, so no file —
 * a page nested 100,000 levels deep, a Markdown clipping of 5,000 `>`, a PDF or RTF built to
 * stall a parser — can hang a scan, an index worker or the reader view.
 *
 * Two layers, because a reader's own loops can stop themselves but a library's synchronous
 * call cannot be interrupted from the same thread:
 *
 * 1. Cooperative (this file). Each file gets a budget (readBudgetFor: generous, so a busy
 *    machine never skips a real file) in `options.budget`; a reader calls `budget.check()`
 *    between steps it controls (each block, each chunk fed to a parser, each PDF page, each
 *    export story, every few thousand nodes or tokens). Past the deadline `check()` throws
 *    ReadBudgetExceeded. A reader may catch it to fall back to a cheaper reading that loses no
 *    text (the Markdown reader reads plain text; the page reader takes the whole body instead of
 *    running Readability), and says so in a warning; if it does not, the file is skipped with
 *    `reason`. Structural limits (nesting depth, element counts, pages, uncompressed sizes)
 *    come first, so the deadline is a backstop, not the rule.
 * 2. Hard (worker-pool.ts). In the index workers, the worker tells the pool which file it is
 *    reading and how long it may take (stallLimitMs); the pool ends a worker still on that file
 *    past it (a parser that never returns to a check), starts another, and the build is run
 *    again with that file skipped for that reason (segment-builds.ts).
 *
 * Memory is bounded by the same means: the bytes read are capped per format (story-files.ts),
 * and the structures built from them by the readers' structural limits.
 *
 * @example
 *   const budget = readBudgetFor(bytes.length);
 *   for (const page of pages) { budget.check(); read(page); }
 */

/**
 * A file's base budget, and what each megabyte adds (a 200 MB export gets 260 s): generous,
 * since a busy machine reads slowly, and a file must not be skipped for that; what a hostile
 * file could do inside it is bounded by each reader's limits.
 */
const BASE_MS = 60_000;
const PER_MEGABYTE_MS = 1_000;
/** The most a reader may add (extend), e.g. per page of a long PDF. */
const MAX_EXTENSION_MS = 180_000;
/** How far past its whole budget a worker may be before the pool ends it. */
const STALL_GRACE_MS = 30_000;

/** The reason a file is skipped when its budget ran out. */
export function overBudgetReason(seconds: number): string {
  return `Reading it took longer than ${seconds} seconds, so it was skipped; a file this slow to read is probably damaged or built to stall readers.`;
}

/** Thrown by ReadBudget.check; the file is skipped with `reason` unless the reader falls back. */
export class ReadBudgetExceeded extends Error {
  override name = 'ReadBudgetExceeded';
  /** The skip reason, in the user's words. */
  readonly reason: string;
  constructor(reason: string) {
    super(reason);
    this.reason = reason;
  }
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

  /** A budget that never runs out (tests). */
  static unlimited(): ReadBudget {
    return new ReadBudget(Number.POSITIVE_INFINITY);
  }

  get expired(): boolean {
    return this.#now() > this.#deadline;
  }

  get reason(): string {
    return overBudgetReason(this.#seconds);
  }

  /** Milliseconds left (0 when spent): for a library call that takes its own time limit. */
  get remainingMs(): number {
    return Math.max(0, this.#deadline - this.#now());
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

/** The budget for a file of `size` bytes, from now. */
export function readBudgetFor(size: number): ReadBudget {
  return new ReadBudget(budgetMsFor(size));
}

/**
 * How long an index worker may stay on one file of `size` bytes before the pool ends it: the
 * file's whole budget with every extension a reader may ask for, and some grace — past that,
 * a reader has stopped checking its budget.
 */
export function stallLimitMs(size: number): number {
  return budgetMsFor(size) + MAX_EXTENSION_MS + STALL_GRACE_MS;
}

function budgetMsFor(size: number): number {
  return BASE_MS + (size / (1024 * 1024)) * PER_MEGABYTE_MS;
}
