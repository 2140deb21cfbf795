/**
 * The index worker thread's entry: connects the thread's port to a WorkerSegments (the
 * segments this worker holds). Requests are handled one at a time, in order, so a search never
 * sees a segment half built; errors become `{ ok: false }` results, never an unhandled throw.
 *
 * Builds, loads and drops run one at a time, in order (a replaced segment is dropped only
 * after its replacement is built). Searches and snippets answer at once, between those steps:
 * they only read segments already held, and main ignores hits of segments it does not know.
 *
 * Bundled by electron-vite as out/main/index-worker.js; started from source (tsx) by
 * worker-script.ts in the CLI and the tests.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { CorruptSegmentError, WorkerSegments } from './worker-segments';
import type { WorkerReply, WorkerRequest, WorkerResults } from './worker-protocol';

const port = parentPort;
if (port) {
  const data = workerData as { blockCacheBytes?: number } | null;
  const segments = new WorkerSegments(data?.blockCacheBytes);
  let queue: Promise<void> = Promise.resolve();
  const send = (reply: WorkerReply, transfer: ArrayBuffer[] = []) =>
    port.postMessage(reply, transfer);

  const handle = async (request: WorkerRequest): Promise<void> => {
    try {
      let value: WorkerResults[WorkerRequest['type']];
      const transfer: ArrayBuffer[] = [];
      switch (request.type) {
        case 'build':
          value = await segments.build(
            request,
            (done, total) => send({ type: 'progress', id: request.id, done, total }),
            (file, limitMs) => send({ type: 'reading', id: request.id, file, limitMs }),
          );
          break;
        case 'load':
          value = await segments.load(request);
          break;
        case 'search': {
          const reply = segments.search(request.plan);
          transfer.push(reply.docs.buffer as ArrayBuffer, reply.scores.buffer as ArrayBuffer);
          value = reply;
          break;
        }
        case 'snippets':
          value = segments.snippets(request.plan, request.stories);
          break;
        case 'drop':
          value = segments.drop(request.segmentId);
          break;
        case 'related': {
          const reply = segments.related(request.segmentIds);
          for (const part of reply) {
            transfer.push(
              ...[part.starts, part.terms, part.counts, part.lengths].map(
                (array) => array.buffer as ArrayBuffer,
              ),
            );
          }
          value = reply;
          break;
        }
        case 'memory':
          value = segments.memory();
          break;
      }
      send({ type: 'result', id: request.id, ok: true, value }, transfer);
    } catch (error) {
      send({
        type: 'result',
        id: request.id,
        ok: false,
        error: {
          kind: error instanceof CorruptSegmentError ? 'corrupt' : 'failed',
          message: error instanceof Error ? error.message : String(error),
        },
      });
    }
  };

  port.on('message', (request: WorkerRequest) => {
    if (request.type === 'search' || request.type === 'snippets' || request.type === 'memory') {
      void handle(request);
    } else queue = queue.then(() => handle(request));
  });
}
