/**
 * The browser mode, end to end: its announcement line, its guards (token, Host), and the
 * renderer it serves showing the archive's status in Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { E2E_OUTPUT, SAMPLE_ARCHIVE, launchChromium, startServe } from './serve-harness';
import type { ServeHandle } from './serve-harness';

let serve: ServeHandle;
let browser: Browser;

beforeAll(async () => {
  serve = await startServe();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await serve?.stop();
});

async function post(
  path: string,
  init: { token?: string; body?: unknown } = {},
): Promise<Response> {
  return fetch(`${serve.origin}${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(init.token === undefined ? {} : { Authorization: `Bearer ${init.token}` }),
    },
    body: JSON.stringify(init.body ?? {}),
  });
}

describe('npm run serve', () => {
  it('announces the archive and a tokenised 127.0.0.1 URL on its first line', () => {
    expect(serve.firstLine).toBe(
      `Clippings is serving ${SAMPLE_ARCHIVE} at http://127.0.0.1:${serve.port}/#token=${serve.token}`,
    );
    expect(serve.token.length).toBeGreaterThanOrEqual(24);
  });

  it('refuses API calls without the token (401) or with a wrong one', async () => {
    expect((await post('/api/status')).status).toBe(401);
    expect((await post('/api/status', { token: 'not-the-token' })).status).toBe(401);
  });

  it('answers status with the token, as { ok, value }', async () => {
    const response = await post('/api/status', { token: serve.token });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const body = (await response.json()) as { ok: boolean; value: { archive: string } };
    expect(body).toMatchObject({ ok: true, value: { archive: SAMPLE_ARCHIVE } });
  });

  it('answers a bad payload with E_INVALID in words, not a stack trace', async () => {
    const response = await post('/api/search', { token: serve.token, body: { query: 42 } });
    const body = (await response.json()) as {
      ok: boolean;
      error: { code: string; message: string };
    };
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('E_INVALID');
    expect(body.error.message).toMatch(/query/);
    expect(body.error.message).not.toMatch(/at .*\.ts:\d+/);
  });

  it('refuses a request whose Host is not 127.0.0.1 or localhost (403, DNS rebinding)', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const call = request(
        {
          host: '127.0.0.1',
          port: serve.port,
          path: '/api/status',
          method: 'POST',
          headers: {
            Host: `attacker.example:${serve.port}`,
            Authorization: `Bearer ${serve.token}`,
            'Content-Type': 'application/json',
          },
        },
        (response) => resolve(response.statusCode ?? 0),
      );
      call.on('error', reject);
      call.end('{}');
    });
    expect(status).toBe(403);
  });

  it('serves the renderer, which shows the archive status in Chromium', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(serve.url);
    const status = page.getByTestId('archive-status');
    await status.waitFor({ timeout: 30_000 });
    await expect.poll(async () => status.textContent(), { timeout: 30_000 }).toMatch(/\d+ stories/);
    expect(page.url()).not.toContain('token=');
    await mkdir(E2E_OUTPUT, { recursive: true });
    await page.screenshot({ path: join(E2E_OUTPUT, 'browser-mode-status.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
