/**
 * Backpressure for the browser mode's server: the requests of one connection are answered one
 * at a time, and the next is started only once the answer before it has gone out to the
 * socket. A client that sends requests without reading the answers (HTTP pipelining) therefore
 * holds one answer in memory, not all of them; past MAX_WAITING_REQUESTS waiting on one
 * connection, it is cut.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/** Requests one connection may have waiting for their turn before it is closed. */
export const MAX_WAITING_REQUESTS = 16;

/** The requests of one connection, answered in turn. */
interface ConnectionLine {
  tail: Promise<void>;
  waiting: number;
}

export interface ConnectionQueueOptions {
  /** Answers one request; a rejection is reported to `failed`. */
  answer: (request: IncomingMessage, response: ServerResponse) => Promise<void>;
  /** Called when `answer` rejects. */
  failed: (request: IncomingMessage, response: ServerResponse, error: unknown) => void;
  /** Answers that stay open (status streams): the next request does not wait for them. */
  isStream: (response: ServerResponse) => boolean;
}

/** A request listener that answers each connection's requests in turn. */
export function answerInTurn({
  answer,
  failed,
  isStream,
}: ConnectionQueueOptions): RequestListener {
  const lines = new WeakMap<Socket, ConnectionLine>();
  return (request, response) => {
    const socket = request.socket;
    let line = lines.get(socket);
    if (!line) {
      line = { tail: Promise.resolve(), waiting: 0 };
      lines.set(socket, line);
    }
    if (line.waiting >= MAX_WAITING_REQUESTS) {
      socket.destroy();
      return;
    }
    const turn = line;
    turn.waiting += 1;
    turn.tail = turn.tail.then(async () => {
      turn.waiting -= 1;
      if (socket.destroyed) return;
      await answer(request, response).catch((error: unknown) => failed(request, response, error));
      // The next request of this connection waits until this answer has left for the socket.
      if (!response.writableFinished && !isStream(response)) {
        await new Promise<void>((next) => {
          response.once('finish', next);
          response.once('close', next);
        });
      }
    });
  };
}
