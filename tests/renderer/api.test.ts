/**
 * renderer/src/api.ts in the browser mode: the token is taken from the address once and kept,
 * calls carry it, and failures come back as errors the UI can show.
 */
import { describe, expect, it, vi } from 'vitest';
import { createHttpApi, takeToken } from '../../renderer/src/api';

describe('takeToken', () => {
  it('reads #token=, keeps it for reloads, and removes it from the address bar', () => {
    window.history.replaceState(null, '', '/#token=abc_DEF-123');
    const token = takeToken(window.location, window.sessionStorage, window.history);
    expect(token).toBe('abc_DEF-123');
    expect(window.location.hash).toBe('');
    expect(takeToken(window.location, window.sessionStorage, window.history)).toBe('abc_DEF-123');
  });
});

describe('createHttpApi', () => {
  it('posts each method as JSON with the bearer token', async () => {
    const fetchImpl = vi.fn(
      async () => new Response(JSON.stringify({ ok: true, value: { total: 0 } })),
    );
    const api = createHttpApi('tok', fetchImpl as unknown as typeof fetch);
    expect(await api.search({ query: 'drava flood', limit: 20 })).toEqual({
      ok: true,
      value: { total: 0 },
    });
    expect(fetchImpl).toHaveBeenCalledWith('/api/search', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer tok' },
      body: JSON.stringify({ query: 'drava flood', limit: 20 }),
    });
  });

  it('says the server cannot be reached when the request fails', async () => {
    const api = createHttpApi('tok', (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch);
    const result = await api.status();
    expect(result).toMatchObject({ ok: false, error: { code: 'E_UNAVAILABLE' } });
    expect(result.ok ? '' : result.error.message).toMatch(/npm run serve/);
  });

  it('explains a missing or stale token (401) in words', async () => {
    const api = createHttpApi(
      null,
      (async () => new Response('{}', { status: 401 })) as unknown as typeof fetch,
    );
    expect(await api.status()).toMatchObject({
      ok: false,
      error: { code: 'E_FORBIDDEN', message: expect.stringMatching(/token/) },
    });
  });

  it('streams status lines to the listener until unsubscribed', async () => {
    const lines = ['{"state":"indexing","stories":3}\n', '{"state":"ready","stories":9}\n'];
    const fetchImpl = vi.fn(
      async () =>
        new Response(
          new ReadableStream({
            start(controller) {
              for (const line of lines) controller.enqueue(new TextEncoder().encode(line));
            },
          }),
        ),
    );
    const api = createHttpApi('tok', fetchImpl as unknown as typeof fetch);
    const seen: unknown[] = [];
    const unsubscribe = api.onStatus((status) => seen.push(status));
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    unsubscribe();
    expect(seen).toEqual([
      { state: 'indexing', stories: 3 },
      { state: 'ready', stories: 9 },
    ]);
    expect(fetchImpl).toHaveBeenCalledWith(
      '/api/events',
      expect.objectContaining({
        headers: expect.objectContaining({ Authorization: 'Bearer tok' }),
      }),
    );
  });
});
