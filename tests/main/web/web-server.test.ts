/**
 * The browser mode's server, in-process: token and Host guards, the API's answers, the
 * status stream, and static files limited to the built renderer.
 */
import { mkdir, mkdtemp, unlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import type { Socket } from 'node:net';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveStatus } from '../../../contract/api';
import { ArchiveHost, NO_ARCHIVE_STATUS } from '../../../main/api/archive-host';
import type { ApiHandlers } from '../../../main/api/api-handlers';
import { ClippingsError } from '../../../main/core/model/errors';
import { MAX_WAITING_REQUESTS, startWebServer } from '../../../main/web/web-server';
import type { WebServer } from '../../../main/web/web-server';

const TOKEN = 'test-token-0123456789abcdef';
let server: WebServer;
let rendererDir: string;
const logged: { message: string; error: unknown }[] = [];
const statusListeners = new Set<(status: ArchiveStatus) => void>();

const handlers = {
  status: async () => ({ ...NO_ARCHIVE_STATUS, archive: '/archive', state: 'ready', stories: 3 }),
  openArchive: async () => {
    throw new ClippingsError('E_UNSUPPORTED', 'The browser mode serves one archive.');
  },
  search: async (request: { query: string }) => ({
    total: 0,
    tookMs: 0,
    hits: [],
    facets: { sections: [], months: [] },
    echo: request.query,
  }),
  story: async () => {
    throw new ClippingsError('E_NOT_FOUND', 'This story is no longer in the archive.');
  },
  related: async () => ({ linked: [], citedBy: [], similar: [], storyline: [], duplicates: [] }),
  browse: async () => ({ total: 0, tookMs: 0, hits: [], facets: { sections: [], months: [] } }),
  missing: async () => [],
} as unknown as ApiHandlers;

beforeAll(async () => {
  rendererDir = await mkdtemp(join(tmpdir(), 'clippings-renderer-'));
  await mkdir(join(rendererDir, 'assets'));
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Clippings</title>');
  await writeFile(join(rendererDir, 'assets', 'index-1.js'), 'console.log(1)');
  await writeFile(join(rendererDir, 'assets', 'gone.js'), 'deleted after the server starts');
  await writeFile(join(rendererDir, '..', 'secret.txt'), 'not for the web');
  server = await startWebServer({
    handlers,
    onStatus: (listener) => {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    currentStatus: () => NO_ARCHIVE_STATUS,
    rendererDir,
    port: 0,
    token: TOKEN,
    log: (message, error) => logged.push({ message, error }),
  });
});

afterAll(async () => {
  await server.close();
});

/** A raw request, so tests control the Host header and path exactly. */
function send(options: {
  path: string;
  method?: string;
  host?: string;
  token?: string | null;
  body?: string;
  contentType?: string;
}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const headers: Record<string, string> = { Host: options.host ?? `127.0.0.1:${server.port}` };
      if (options.token !== null) headers.Authorization = `Bearer ${options.token ?? TOKEN}`;
      if (options.body !== undefined)
        headers['Content-Type'] = options.contentType ?? 'application/json';
      const call = request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: options.path,
          method: options.method ?? 'GET',
          headers,
        },
        (response) => {
          let body = '';
          response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
          );
        },
      );
      call.on('error', reject);
      call.end(options.body);
    },
  );
}

describe('startWebServer', () => {
  it('announces a 127.0.0.1 URL carrying the token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${TOKEN}`);
  });

  it('answers 401 to an API call without the token or with a wrong one', async () => {
    expect(
      (await send({ path: '/api/status', method: 'POST', body: '{}', token: null })).status,
    ).toBe(401);
    expect(
      (await send({ path: '/api/status', method: 'POST', body: '{}', token: 'wrong' })).status,
    ).toBe(401);
  });

  it('answers 403 when the Host header names another site (DNS rebinding)', async () => {
    expect(
      (
        await send({
          path: '/api/status',
          method: 'POST',
          body: '{}',
          host: `rebind.example:${server.port}`,
        })
      ).status,
    ).toBe(403);
    expect(
      (await send({ path: '/', host: `rebind.example:${server.port}`, token: null })).status,
    ).toBe(403);
    expect((await send({ path: '/', host: `127.0.0.1:1`, token: null })).status).toBe(403);
  });

  it('answers 200 with { ok, value } when token and Host are right (localhost too)', async () => {
    const response = await send({
      path: '/api/status',
      method: 'POST',
      body: '{}',
      host: `localhost:${server.port}`,
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({
      ok: true,
      value: { stories: 3, state: 'ready' },
    });
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('validates requests with the same schemas as IPC', async () => {
    const ok = await send({
      path: '/api/search',
      method: 'POST',
      body: JSON.stringify({ query: 'harbour strike' }),
    });
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { echo: 'harbour strike' } });
    const bad = await send({
      path: '/api/search',
      method: 'POST',
      body: JSON.stringify({ query: 'x', sort: 'random' }),
    });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'E_INVALID' } });
    const notJson = await send({ path: '/api/search', method: 'POST', body: '{query' });
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body)).toMatchObject({
      ok: false,
      error: { code: 'E_INVALID', message: 'The request is not valid JSON.' },
    });
  });

  it('passes engine errors through as { ok: false, error } with their words', async () => {
    const response = await send({
      path: '/api/story',
      method: 'POST',
      body: JSON.stringify({ id: 'gone' }),
    });
    expect(JSON.parse(response.body)).toEqual({
      ok: false,
      error: { code: 'E_NOT_FOUND', message: 'This story is no longer in the archive.' },
    });
  });

  it('refuses unknown methods, GET calls, non-JSON bodies and oversized bodies', async () => {
    expect((await send({ path: '/api/constructor', method: 'POST', body: '{}' })).status).toBe(404);
    expect((await send({ path: '/api/search' })).status).toBe(405);
    expect(
      (
        await send({
          path: '/api/search',
          method: 'POST',
          body: 'query=x',
          contentType: 'application/x-www-form-urlencoded',
        })
      ).status,
    ).toBe(415);
    expect(
      (
        await send({
          path: '/api/search',
          method: 'POST',
          body: JSON.stringify({ query: 'x'.repeat(70_000) }),
        })
      ).status,
    ).toBe(413);
  });

  it('serves the renderer with the CSP, and nothing outside it', async () => {
    const page = await send({ path: '/', token: null });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Clippings</title>');
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(String(page.headers['content-security-policy'])).not.toContain('unsafe-inline');
    expect((await send({ path: '/assets/index-1.js', token: null })).status).toBe(200);
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/../../secret.txt',
      '/etc/passwd',
    ]) {
      expect((await send({ path, token: null })).status).toBe(404);
    }
  });

  it('streams status changes as JSON lines to a token holder', async () => {
    const lines: string[] = [];
    await new Promise<void>((resolve, reject) => {
      const call = request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: '/api/events',
          headers: { Host: `127.0.0.1:${server.port}`, Authorization: `Bearer ${TOKEN}` },
        },
        (response) => {
          response.setEncoding('utf8').on('data', (chunk: string) => {
            lines.push(...chunk.split('\n').filter(Boolean));
            if (lines.length === 1)
              for (const listener of statusListeners)
                listener({ ...NO_ARCHIVE_STATUS, state: 'indexing', stories: 7 });
            if (lines.length >= 2) {
              call.destroy();
              resolve();
            }
          });
        },
      );
      call.on('error', (error) => (lines.length >= 2 ? resolve() : reject(error)));
      call.end();
    });
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ state: 'empty' });
    expect(JSON.parse(lines[1] ?? '')).toMatchObject({ state: 'indexing', stories: 7 });
  });
});

/** A raw TCP connection to a server, for requests an HTTP client would not send. */
function rawConnection(port: number): Socket {
  return connect({ host: '127.0.0.1', port });
}

function rawRequest(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = rawConnection(port);
    let answer = '';
    socket.setEncoding('utf8').on('data', (chunk: string) => {
      answer += chunk;
      if (answer.includes('\r\n\r\n')) {
        socket.destroy();
        resolve(answer);
      }
    });
    socket.on('error', reject);
    socket.write(text);
  });
}

describe('startWebServer under abuse', () => {
  it('answers 400 to a request with two Host headers', async () => {
    const answer = await rawRequest(
      server.port,
      [
        'POST /api/status HTTP/1.1',
        `Host: 127.0.0.1:${server.port}`,
        'Host: rebind.example',
        `Authorization: Bearer ${TOKEN}`,
        'Content-Type: application/json',
        'Content-Length: 2',
        '',
        '{}',
      ].join('\r\n'),
    );
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
  });

  it('logs an error outside an API call instead of answering 500 in silence', async () => {
    await unlink(join(rendererDir, 'assets', 'gone.js'));
    const answer = await send({ path: '/assets/gone.js', token: null });
    expect(answer.status).toBe(500);
    expect(answer.body).not.toMatch(/ENOENT|at .*\.ts/);
    expect(logged).toHaveLength(1);
    expect(logged[0]?.message).toBe('GET /assets/gone.js failed');
    expect(logged[0]?.error).toMatchObject({ code: 'ENOENT' });
  });

  it('keeps one status subscription for any number of event streams (no listener leak)', async () => {
    const host = new ArchiveHost({ cacheDir: rendererDir });
    const local = await startWebServer({
      handlers,
      onStatus: (listener) => host.onStatus(listener),
      currentStatus: () => host.status(),
      rendererDir,
      port: 0,
      token: TOKEN,
    });
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    const sockets: Socket[] = [];
    try {
      for (let i = 0; i < 12; i += 1) {
        const socket = rawConnection(local.port);
        sockets.push(socket);
        await new Promise<void>((resolve) => {
          socket.once('data', () => resolve());
          socket.write(
            `GET /api/events HTTP/1.1\r\nHost: 127.0.0.1:${local.port}\r\nAuthorization: Bearer ${TOKEN}\r\n\r\n`,
          );
        });
      }
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.map((warning) => warning.name)).not.toContain('MaxListenersExceededWarning');
    } finally {
      process.off('warning', onWarning);
      for (const socket of sockets) socket.destroy();
      await local.close();
    }
  });

  it('answers a pipelining client that never reads one answer at a time', async () => {
    // Each answer is 4 MB: a few fill the socket's buffers, and then nothing more is made.
    let made = 0;
    const big = 'x'.repeat(4 * 1024 * 1024);
    const local = await startWebServer({
      handlers: {
        ...handlers,
        browse: async () => {
          made += 1;
          return { total: 0, tookMs: 0, hits: [], facets: { sections: [], months: [] }, big };
        },
      } as unknown as ApiHandlers,
      onStatus: () => () => undefined,
      currentStatus: () => NO_ARCHIVE_STATUS,
      rendererDir,
      port: 0,
      token: TOKEN,
    });
    try {
      const patient = rawConnection(local.port);
      patient.pause(); // never reads
      patient.write(browseCall(local.port).repeat(MAX_WAITING_REQUESTS));
      // Let the server make whatever it will make, then look (a wait, not a timed assertion).
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(made).toBeGreaterThan(0);
      expect(made).toBeLessThan(MAX_WAITING_REQUESTS / 2);
      patient.destroy();
    } finally {
      await local.close();
    }
  });

  it('cuts off a connection with more than MAX_WAITING_REQUESTS waiting', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const local = await startWebServer({
      handlers: {
        ...handlers,
        browse: async () => {
          await gate;
          return { total: 0, tookMs: 0, hits: [], facets: { sections: [], months: [] } };
        },
      } as unknown as ApiHandlers,
      onStatus: () => () => undefined,
      currentStatus: () => NO_ARCHIVE_STATUS,
      rendererDir,
      port: 0,
      token: TOKEN,
    });
    try {
      const greedy = rawConnection(local.port);
      const cut = new Promise<void>((resolve) => greedy.once('close', () => resolve()));
      greedy.write(browseCall(local.port).repeat(MAX_WAITING_REQUESTS + 4));
      await cut;
      // Other connections are served as before.
      const fine = await rawRequest(
        local.port,
        `GET / HTTP/1.1\r\nHost: 127.0.0.1:${local.port}\r\n\r\n`,
      );
      expect(fine).toMatch(/^HTTP\/1\.1 200 /);
    } finally {
      release();
      await local.close();
    }
  });
});

function browseCall(port: number): string {
  return [
    'POST /api/browse HTTP/1.1',
    `Host: 127.0.0.1:${port}`,
    `Authorization: Bearer ${TOKEN}`,
    'Content-Type: application/json',
    'Content-Length: 15',
    '',
    '{"limit":1000}\n',
  ].join('\r\n');
}
