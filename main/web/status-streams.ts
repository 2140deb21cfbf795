/**
 * The browser mode's status streams (`GET /api/events`): status changes, one JSON document per
 * line, to every open stream; a stream whose client stops reading is closed once
 * MAX_UNREAD_STATUS_BYTES wait for it.
 */
import type { ServerResponse } from 'node:http';
import type { ArchiveStatus } from '../../contract/api';
import { SECURITY_HEADERS } from './security-headers';

/** Status lines a stream may leave unread before it is closed (its client stopped reading). */
const MAX_UNREAD_STATUS_BYTES = 1024 * 1024;
/** A blank line now and then keeps proxies and idle timers from closing the stream. */
const KEEP_ALIVE_MS = 15_000;

export class StatusStreams {
  private readonly streams = new Set<ServerResponse>();

  has(response: ServerResponse): boolean {
    return this.streams.has(response);
  }

  /** Turns `response` into a stream, starting with the status now. */
  open(response: ServerResponse, current: ArchiveStatus): void {
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'application/x-ndjson; charset=utf-8',
      'Cache-Control': 'no-store',
    });
    writeToStream(response, `${JSON.stringify(current)}\n`);
    const keepAlive = setInterval(() => writeToStream(response, '\n'), KEEP_ALIVE_MS);
    this.streams.add(response);
    response.on('close', () => {
      clearInterval(keepAlive);
      this.streams.delete(response);
    });
  }

  /** Sends a status change to every open stream. */
  send(status: ArchiveStatus): void {
    const line = `${JSON.stringify(status)}\n`;
    for (const stream of this.streams) writeToStream(stream, line);
  }

  endAll(): void {
    for (const stream of this.streams) stream.end();
  }
}

/** Writes to a status stream, closing it when its client has stopped reading. */
function writeToStream(response: ServerResponse, text: string): void {
  if (response.writableLength > MAX_UNREAD_STATUS_BYTES) {
    response.destroy();
    return;
  }
  response.write(text);
}
