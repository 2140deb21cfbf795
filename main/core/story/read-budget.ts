/**
 * ReadBudget: how long reading one file may take. Every format reader shares it, so no file —
 * a page nested 100,000 levels deep, a Markdown clipping of 5,000 `>`, a PDF or RTF built to
 * stall a parser — can hang a scan, an index worker or the reader view.
 *
 * Two layers, because a reader's own loops can stop themselves but a library's synchronous
 * call cannot be interrupted from the same thread:
 *
 * 1. Cooperative (this file). storyFromBytes (read-story-file.ts) gives each file a budget in
 *    `options.budget`; a reader calls `budget.check()` between steps it controls (each block,
 *    each chunk fed to a parser, each page, every few thousand nodes of a walk). Past the
 *    deadline `check()` throws ReadBudgetExceeded. A reader may catch it to fall back to a
 *    cheaper reading that loses no text (the Markdown reader reads plain text; the page reader
 *    takes the whole body instead of running Readability), and says so in a warning; if it
 *    does not, storyFromBytes skips the file with `reason` as the reason. Structural limits
 *    (nesting depth, element counts) come first, so the deadline is a backstop, not the rule.
 * 2. Hard (worker-pool.ts). In the index workers, the worker tells the pool which file it is
 *    reading; the pool ends a worker that has spent more than STALLED_FILE_MS on one file (a
 *    parser that never returns to a check), starts another, and the build is run again with
 *    that file skipped for that reason (segment-builds.ts).
 *
 * Memory is bounded by the same means: the bytes read are capped per format (story-files.ts),
 * and the structures built from them by the readers' structural limits.
 *
 * @example
 *   const budget = new ReadBudget();          // READ_BUDGET_MS from now
 *   for (const page of pages) { budget.check(); read(page); }
 */

/** How long one file's reading may take before a reader must fall back or give up. */
export const READ_BUDGET_MS = 15_000;
/** How long an index worker may spend on one file before the pool ends it (worker-pool.ts). */
export const STALLED_FILE_MS = 45_000;

export class ReadBudgetExceeded extends Error {
  override name = 'ReadBudgetExceeded';
  /** The skip reason, in the user's words. */
  readonly reason: string;
  constructor(ms: number) {
    const seconds = Math.round(ms / 1000);
    const reason = `Reading it took longer than ${seconds} s, so it was skipped (a file built to stall a reader, or far larger than a story).`;
    super(reason);
    this.reason = reason;
  }
}

export class ReadBudget {
  readonly ms: number;
  readonly #deadline: number;
  readonly #now: () => number;

  constructor(ms: number = READ_BUDGET_MS, now: () => number = () => performance.now()) {
    this.ms = ms;
    this.#now = now;
    this.#deadline = now() + ms;
  }

  /** Throws ReadBudgetExceeded once the time is up. */
  check(): void {
    if (this.exceeded()) throw new ReadBudgetExceeded(this.ms);
  }

  exceeded(): boolean {
    return this.#now() > this.#deadline;
  }

  /** Milliseconds left (0 when spent): for a library call that takes its own time limit. */
  get remainingMs(): number {
    return Math.max(0, this.#deadline - this.#now());
  }
}
