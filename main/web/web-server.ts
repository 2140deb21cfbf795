/**
 * The browser mode's HTTP server: the built renderer and the app's API on 127.0.0.1 only.
 *
 * - Every request must name this server in its one Host header (`127.0.0.1:PORT` or
 *   `localhost:PORT`), or it gets 403: a DNS-rebinding page cannot talk to us. Two Host
 *   headers are 400: Node keeps only the first, and a proxy might have read the other.
 * - API calls need `Authorization: Bearer TOKEN` (the random token printed at start), or 401.
 * - `POST /api/<method>` takes the method's request as JSON and answers the same
 *   `{ ok, value | error }` as IPC, validated by the same schemas (runApiCall).
 * - `GET /api/events` streams status changes, one JSON document per line; a stream whose
 *   client stops reading is closed once MAX_UNREAD_STATUS_BYTES wait for it (status-streams.ts).
 * - No CORS headers: other origins cannot read anything.
 * - Backpressure: the requests of one connection are answered one at a time, and the next is
 *   started only once the answer before it has gone out to the socket. A client that sends
 *   requests without reading the answers (HTTP pipelining) therefore holds one answer in
 *   memory, not all of them; past MAX_WAITING_REQUESTS waiting on one connection, it is cut
 *   (connection-queue.ts).
 * - `GET /original/<ticket>` serves a story's original file, read-only and sandboxed, for a
 *   ticket the `openOriginal` call handed out a minute before (original-files.ts).
 * - Nothing fails quietly: an error outside an API call (a 500) is logged.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { ApiMethod, ApiResult, ArchiveStatus } from '../../contract/api';
import { API_TABLE } from '../../contract/api-table';
import type { ApiHandlers } from '../api/api-handlers';
import { runApiCall } from '../api/run-api-call';
import { answerInTurn } from './connection-queue';
import type { OriginalFiles } from './original-files';
import { SECURITY_HEADERS } from './security-headers';
import { StatusStreams } from './status-streams';
import type { StaticFile } from './static-files';
import { listStaticFiles, readStaticFile } from './static-files';

export interface WebServerOptions {
  handlers: ApiHandlers;
  /** Where unexpected errors are reported (default: console.error). */
  log?: (message: string, error: unknown) => void;
  onStatus: (listener: (status: ArchiveStatus) => void) => () => void;
  currentStatus: () => ArchiveStatus;
  rendererDir: string;
  /** 0 picks a free port. */
  port: number;
  /** Fixed token for tests; a random one otherwise. */
  token?: string;
  /** The original files handed out by `openOriginal` (served at `/original/<ticket>`). */
  originals?: OriginalFiles;
}

export interface WebServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 64 * 1024;
export { MAX_WAITING_REQUESTS } from './connection-queue';

/** What routing needs to know of the server it answers for. */
interface RouteContext {
  options: WebServerOptions;
  files: ReadonlyMap<string, StaticFile>;
  token: string;
  /** The port listened on (known once listening). */
  port: () => number;
  streams: StatusStreams;
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const files = await listStaticFiles(options.rendererDir);
  const log =
    options.log ??
    ((message: string, error: unknown) => console.error(`[clippings] ${message}`, error));
  const streams = new StatusStreams();
  let port = options.port;
  const context: RouteContext = { options, files, token, port: () => port, streams };

  const server = createServer(
    answerInTurn({
      answer: (request, response) => route(context, request, response),
      failed: (request, response, error) => {
        log(`${request.method} ${request.url} failed`, error);
        if (!response.headersSent) sendJson(response, 500, internalError());
        else response.end();
      },
      isStream: (response) => streams.has(response),
    }),
  );
  // One subscription for every stream, however many (no listener per client).
  const unsubscribe = options.onStatus((status) => streams.send(status));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        streams.endAll();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function route(
  context: RouteContext,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const hosts = request.headersDistinct.host ?? [];
  if (hosts.length > 1) {
    sendText(response, 400, 'Bad request: one Host header, please.');
    return;
  }
  const host = hosts[0] ?? '';
  const port = context.port();
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
    sendText(response, 403, 'Forbidden: this server answers only to 127.0.0.1 and localhost.');
    return;
  }
  const path = new URL(request.url ?? '/', `http://${host}`).pathname;
  if (path.startsWith('/api/')) {
    if (!hasToken(request.headers.authorization, context.token)) {
      sendJson(response, 401, {
        ok: false,
        error: { code: 'E_FORBIDDEN', message: 'This request has no valid access token.' },
      });
      return;
    }
    await routeApi(context, path.slice('/api/'.length), request, response);
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendText(response, 405, 'Method not allowed.');
    return;
  }
  await serveFile(context, path, request, response);
}

/** A story's original file, or a file of the built renderer. */
async function serveFile(
  { options, files }: RouteContext,
  path: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  // A story's original file: the ticket in the path is the permission (original-files.ts).
  const original = /^\/original\/([A-Za-z0-9_-]{32})$/.exec(path);
  if (original && options.originals) {
    const served = await options.originals.serve(original[1]!, response, request.method === 'HEAD');
    if (!served) sendText(response, 404, 'Not found: this link to the original file has expired.');
    return;
  }
  const file = files.get(path);
  if (!file) {
    sendText(response, 404, 'Not found.');
    return;
  }
  const body = await readStaticFile(file);
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': file.contentType,
    'Content-Length': body.length,
    'Cache-Control': path.startsWith('/assets/')
      ? 'public, max-age=31536000, immutable'
      : 'no-cache',
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

async function routeApi(
  { options, streams }: RouteContext,
  name: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  if (name === 'events' && request.method === 'GET') {
    streams.open(response, options.currentStatus());
    return;
  }
  if (!Object.hasOwn(API_TABLE, name)) {
    sendInvalid(response, 404, `There is no API method "${name}".`);
    return;
  }
  if (request.method !== 'POST') {
    sendInvalid(response, 405, 'API methods are called with POST.');
    return;
  }
  if (!String(request.headers['content-type'] ?? '').startsWith('application/json')) {
    sendInvalid(response, 415, 'API requests are JSON.');
    return;
  }
  const payload = await readPayload(request, response);
  if (payload === REFUSED) return;
  const method = name as ApiMethod;
  const result = await runApiCall(
    API_TABLE[method].request as Parameters<typeof runApiCall>[0],
    payload,
    options.handlers[method] as (request: unknown) => Promise<unknown>,
  );
  sendJson(response, 200, result);
}

const REFUSED = Symbol('refused');

/** The request's JSON (undefined when empty), or REFUSED once the refusal is sent. */
async function readPayload(request: IncomingMessage, response: ServerResponse): Promise<unknown> {
  const body = await readBody(request);
  if (body === null) {
    sendInvalid(response, 413, 'The request is too large.');
    return REFUSED;
  }
  try {
    return body.length === 0 ? undefined : JSON.parse(body);
  } catch {
    sendInvalid(response, 400, 'The request is not valid JSON.');
    return REFUSED;
  }
}

function sendInvalid(response: ServerResponse, status: number, message: string): void {
  sendJson(response, status, { ok: false, error: { code: 'E_INVALID', message } });
}

/** Compares the bearer token in constant time. */
export function hasToken(authorization: string | undefined, token: string): boolean {
  const match = /^Bearer ([A-Za-z0-9_-]+)$/.exec(authorization ?? '');
  if (!match?.[1]) return false;
  const given = Buffer.from(match[1]);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The body as text, or null when it is over MAX_BODY_BYTES. */
async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(response: ServerResponse, status: number, body: ApiResult<unknown>): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  response.end(text);
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(text);
}

function internalError(): ApiResult<never> {
  return {
    ok: false,
    error: {
      code: 'E_INTERNAL',
      message: 'Something went wrong inside Clippings. Please try again.',
    },
  };
}
