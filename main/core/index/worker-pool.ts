/**
 * The index workers of one open archive: starts them, sends typed requests, matches replies
 * to requests, relays progress, and survives a worker's death. Default size: one worker per
 * core, at most 4, at least 2 when there are 2 cores — building uses them all, and a query fans
 * out to all of them.
 *
 * A worker that dies (an uncaught error, running out of memory, a crash) rejects the requests
 * it had (kind `stopped`), and a new worker takes its place at once, empty: the pool tells its
 * owner (`onRestart`), which loads that worker's segments again. A request is never posted to
 * a dead worker, so nothing waits forever. A worker that dies MAX_RESTARTS times within
 * RESTART_WINDOW_MS is not started again: its requests are refused at once, and the owner is
 * told (`onGiveUp`), since something in the archive or the machine kills it every time.
 *
 * A watchdog times each story file a worker reads (the worker says which, and how long it may
 * take, before reading): a worker still on one file past that limit (a parser that never returns to its time
 * budget's checks, read-budget.ts) is ended and replaced, and the request it was on is
 * rejected as `stalled`, naming the file, so the build can run again without it
 * (segment-builds.ts). Such an ending is the pool's doing and does not count as a death.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { WorkerScript } from './worker-script';
import { indexWorkerScript } from './worker-script';
import type {
  WorkerFailure,
  WorkerReply,
  WorkerRequest,
  WorkerResults,
  WorkerTask,
} from './worker-protocol';

export class WorkerRequestError extends Error {
  override name = 'WorkerRequestError';
  readonly kind: WorkerFailure['kind'] | 'stopped' | 'stalled';
  /** `stalled`: the file the worker was reading when it was ended. */
  readonly file: string | null;
  constructor(
    kind: WorkerFailure['kind'] | 'stopped' | 'stalled',
    message: string,
    file: string | null = null,
  ) {
    super(message);
    this.kind = kind;
    this.file = file;
  }
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  progress?: (done: number, total: number) => void;
}

/** One live worker thread and the requests it owes answers to. */
interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
  /** The story file it is reading now, since when (performance.now()) and for how long at most. */
  reading: { file: string; since: number; limitMs: number } | null;
  /** Set when the watchdog ended it: the file it was stuck on. */
  stalledOn: { file: string; limitMs: number } | null;
}

export interface WorkerPoolOptions {
  /**
   * How long a worker may spend on one file before it is ended; default: the limit the worker
   * gives for the file (stallLimitMs in read-budget.ts: its whole read budget and some). Tests
   * shorten it.
   */
  stalledFileMs?: number;
  /** Each worker's block cache for segments read on demand (memory-cap.ts). */
  blockCacheBytes?: number;
}

const MAX_RESTARTS = 3;
const RESTART_WINDOW_MS = 60_000;

export function defaultWorkerCount(): number {
  return Math.max(Math.min(availableParallelism(), 4), Math.min(2, availableParallelism()));
}

export class WorkerPool {
  readonly size: number;
  readonly #script: WorkerScript;
  /** null: the worker at that index died too often and is not started again. */
  readonly #slots: (Slot | null)[] = [];
  readonly #deaths: number[][] = [];
  readonly #restartListeners = new Set<(index: number) => void>();
  readonly #giveUpListeners = new Set<(index: number) => void>();
  #nextId = 1;
  #closed = false;
  readonly #stalledFileMs: number | undefined;
  readonly #blockCacheBytes: number | undefined;
  readonly #watchdog: NodeJS.Timeout;

  constructor(
    size: number = defaultWorkerCount(),
    script: WorkerScript = indexWorkerScript(),
    options: WorkerPoolOptions = {},
  ) {
    this.size = Math.max(1, Math.floor(size));
    this.#script = script;
    this.#stalledFileMs = options.stalledFileMs;
    this.#blockCacheBytes = options.blockCacheBytes;
    for (let index = 0; index < this.size; index += 1) {
      this.#deaths.push([]);
      this.#slots.push(this.#start(index));
    }
    this.#watchdog = setInterval(
      () => this.#endStalled(),
      Math.max(50, Math.min(1_000, (this.#stalledFileMs ?? 4_000) / 4)),
    );
    this.#watchdog.unref();
  }

  /** Called with a worker's index when it died and a new, empty one took its place. */
  onRestart(listener: (index: number) => void): () => void {
    this.#restartListeners.add(listener);
    return () => this.#restartListeners.delete(listener);
  }

  /** Called with a worker's index when it died too often to be started again. */
  onGiveUp(listener: (index: number) => void): () => void {
    this.#giveUpListeners.add(listener);
    return () => this.#giveUpListeners.delete(listener);
  }

  /** Sends one request to worker `index` and resolves with its typed result. */
  request<T extends WorkerTask>(
    index: number,
    task: T,
    progress?: (done: number, total: number) => void,
  ): Promise<WorkerResults[T['type']]> {
    const slot = this.#slots[index];
    if (this.#closed || !slot) {
      return Promise.reject(
        new WorkerRequestError(
          'stopped',
          this.#closed ? 'the index workers are stopped' : 'an index worker kept stopping',
        ),
      );
    }
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      slot.pending.set(id, {
        resolve: resolve as (value: unknown) => void,
        reject,
        ...(progress ? { progress } : {}),
      });
      slot.worker.postMessage({ ...task, id } as WorkerRequest);
    });
  }

  /** The same request to every worker. */
  all<T extends WorkerTask>(task: T): Promise<WorkerResults[T['type']][]> {
    return Promise.all(this.#slots.map((_slot, index) => this.request(index, task)));
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    clearInterval(this.#watchdog);
    await Promise.all(
      this.#slots.map((slot) => (slot ? slot.worker.terminate() : Promise.resolve(0))),
    );
  }

  #start(index: number): Slot {
    // execArgv: [] — a worker would otherwise inherit the parent's loaders (tsx adds ~1 s per worker).
    const worker = new Worker(this.#script.filename, {
      eval: this.#script.eval === true,
      execArgv: [],
      workerData: { blockCacheBytes: this.#blockCacheBytes },
    });
    const slot: Slot = { worker, pending: new Map(), reading: null, stalledOn: null };
    worker.on('message', (reply: WorkerReply) => {
      const waiting = slot.pending.get(reply.id);
      if (!waiting) return;
      if (reply.type === 'reading') {
        slot.reading =
          reply.file === null
            ? null
            : {
                file: reply.file,
                since: performance.now(),
                limitMs: this.#stalledFileMs ?? reply.limitMs,
              };
        return;
      }
      if (reply.type === 'progress') {
        waiting.progress?.(reply.done, reply.total);
        return;
      }
      slot.reading = null;
      slot.pending.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.value);
      else waiting.reject(new WorkerRequestError(reply.error.kind, reply.error.message));
    });
    let failure = 'an index worker stopped';
    // 'error' (an uncaught exception in the worker) is always followed by 'exit'.
    worker.on('error', (error) => {
      failure = `an index worker failed: ${error.message}`;
    });
    worker.once('exit', () => {
      const stalled = slot.stalledOn;
      for (const waiting of slot.pending.values()) {
        waiting.reject(
          stalled === null
            ? new WorkerRequestError('stopped', failure)
            : new WorkerRequestError(
                'stalled',
                `an index worker spent over ${Math.round(stalled.limitMs / 1000)} s on ${stalled.file}`,
                stalled.file,
              ),
        );
      }
      slot.pending.clear();
      if (!this.#closed && this.#slots[index] === slot) this.#replace(index, stalled === null);
    });
    return slot;
  }

  /** Ends each worker that has been on one file for too long (see the class comment). */
  #endStalled(): void {
    const now = performance.now();
    for (const slot of this.#slots) {
      if (!slot || slot.stalledOn !== null || slot.reading === null) continue;
      if (now - slot.reading.since <= slot.reading.limitMs) continue;
      slot.stalledOn = slot.reading;
      void slot.worker.terminate();
    }
  }

  /** Starts a worker in place of one that ended; `death`: it died rather than was ended. */
  #replace(index: number, death = true): void {
    if (!death) {
      this.#slots[index] = this.#start(index);
      for (const listener of this.#restartListeners) listener(index);
      return;
    }
    const now = Date.now();
    const deaths = (this.#deaths[index] as number[]).filter((at) => now - at < RESTART_WINDOW_MS);
    deaths.push(now);
    this.#deaths[index] = deaths;
    if (deaths.length > MAX_RESTARTS) {
      this.#slots[index] = null;
      for (const listener of this.#giveUpListeners) listener(index);
      return;
    }
    this.#slots[index] = this.#start(index);
    for (const listener of this.#restartListeners) listener(index);
  }
}
