/**
 * The browser mode's server, in-process: token and Host guards, the API's answers, the
 * status stream, and static files limited to the built renderer.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveStatus } from '../../../preload/api';
import { NO_ARCHIVE_STATUS } from '../../../main/api/archive-host';
import type { ApiHandlers } from '../../../main/api/api-handlers';
import { ClippingsError } from '../../../main/core/model/errors';
import { startWebServer } from '../../../main/web/web-server';
import type { WebServer } from '../../../main/web/web-server';

const TOKEN = 'test-token-0123456789abcdef';
let server: WebServer;
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
  const rendererDir = await mkdtemp(join(tmpdir(), 'clippings-renderer-'));
  await mkdir(join(rendererDir, 'assets'));
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Clippings</title>');
  await writeFile(join(rendererDir, 'assets', 'index-1.js'), 'console.log(1)');
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
