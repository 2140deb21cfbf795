/**
 * The index workers of one open archive: starts them, sends typed requests, matches replies
 * to requests, relays progress, and turns a worker's death into rejected requests (never a
 * hang). Default size: one worker per core, at most 4, at least 2 when there are 2 cores —
 * building uses them all, and a query fans out to all of them.
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
  readonly kind: WorkerFailure['kind'] | 'stopped';
  constructor(kind: WorkerFailure['kind'] | 'stopped', message: string) {
    super(message);
    this.kind = kind;
  }
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  progress?: (done: number, total: number) => void;
}

export function defaultWorkerCount(): number {
  return Math.max(Math.min(availableParallelism(), 4), Math.min(2, availableParallelism()));
}

export class WorkerPool {
  readonly size: number;
  readonly #workers: Worker[] = [];
  readonly #pending: Map<number, Pending>[] = [];
  #nextId = 1;
  #closed = false;

  constructor(size: number = defaultWorkerCount(), script: WorkerScript = indexWorkerScript()) {
    this.size = Math.max(1, Math.floor(size));
    for (let i = 0; i < this.size; i += 1) {
      const pending = new Map<number, Pending>();
      // execArgv: [] — a worker would otherwise inherit the parent's loaders (tsx adds ~1 s per worker).
      const worker = new Worker(script.filename, { eval: script.eval === true, execArgv: [] });
      worker.on('message', (reply: WorkerReply) => {
        const waiting = pending.get(reply.id);
        if (!waiting) return;
        if (reply.type === 'progress') {
          waiting.progress?.(reply.done, reply.total);
          return;
        }
        pending.delete(reply.id);
        if (reply.ok) waiting.resolve(reply.value);
        else waiting.reject(new WorkerRequestError(reply.error.kind, reply.error.message));
      });
      const fail = (message: string) => {
        for (const waiting of pending.values()) {
          waiting.reject(new WorkerRequestError('stopped', message));
        }
        pending.clear();
      };
      worker.on('error', (error) => fail(`an index worker failed: ${error.message}`));
      worker.on('exit', () => fail('an index worker stopped'));
      this.#workers.push(worker);
      this.#pending.push(pending);
    }
  }

  /** Sends one request to worker `index` and resolves with its typed result. */
  request<T extends WorkerTask>(
    index: number,
    task: T,
    progress?: (done: number, total: number) => void,
  ): Promise<WorkerResults[T['type']]> {
    const worker = this.#workers[index];
    const pending = this.#pending[index];
    if (this.#closed || !worker || !pending) {
      return Promise.reject(new WorkerRequestError('stopped', 'the index workers are stopped'));
    }
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, {
        resolve: resolve as (value: unknown) => void,
        reject,
        ...(progress ? { progress } : {}),
      });
      worker.postMessage({ ...task, id } as WorkerRequest);
    });
  }

  /** The same request to every worker. */
  all<T extends WorkerTask>(task: T): Promise<WorkerResults[T['type']][]> {
    return Promise.all(this.#workers.map((_worker, index) => this.request(index, task)));
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
  }
}
