/**
 * "Open original" in the browser mode (main/web/original-files.ts): a ticket serves the file
 * read-only with its content type, a Content-Disposition and a CSP under which no script in
 * it runs; an unknown or expired ticket serves nothing.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OriginalFiles } from '../../../main/web/original-files';

let dir: string;
let now = 0;
const originals = new OriginalFiles(() => now);
const server = createServer((request, response) => {
  const ticket = (request.url ?? '').replace('/original/', '');
  void originals.serve(ticket, response, false).then((served) => {
    if (!served) response.writeHead(404).end();
  });
});
let base = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'clippings-originals-'));
  await writeFile(
    join(dir, 'page.html'),
    '<html><script>alert(1)</script><p>Saved page</p></html>',
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

describe('OriginalFiles', () => {
  it('serves a saved page inline, sandboxed, with no script allowed to run', async () => {
    const { url } = originals.issue({
      path: join(dir, 'page.html'),
      name: 'page one.html',
      contentType: 'text/html',
    }) as { url: string };
    expect(url).toMatch(/^\/original\/[A-Za-z0-9_-]{32}$/);
    const response = await fetch(base + url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(response.headers.get('content-disposition')).toBe(
      "inline; filename*=UTF-8''page%20one.html",
    );
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/^sandbox;/);
    expect(csp).not.toMatch(/allow-scripts/);
    expect(csp).toMatch(/script-src 'none'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('Saved page');
  });

  it('serves a Word document as an attachment, and nothing for an unknown or expired ticket', async () => {
    const { url } = originals.issue({
      path: join(dir, 'page.html'),
      name: 'export.docx',
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    }) as { url: string };
    const response = await fetch(base + url);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment;/);
    await response.arrayBuffer();
    expect((await fetch(`${base}/original/${'x'.repeat(32)}`)).status).toBe(404);
    now += 61_000;
    expect((await fetch(base + url)).status).toBe(404);
  });
});
