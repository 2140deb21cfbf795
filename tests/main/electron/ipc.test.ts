/**
 * main/ipc.ts: every IPC call is checked for its sender and parsed before any work, and
 * always answers `{ ok, value | error }`.
 */
import { describe, expect, it, vi } from 'vitest';
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { z } from 'zod';

vi.mock('electron', () => ({}));

import { appFrameOnly, handle, registerApi } from '../../../main/electron/ipc';
import { CHANNELS } from '../../../contract/api-table';
import { ClippingsError } from '../../../main/core/model/errors';
import type { ApiHandlers } from '../../../main/api/api-handlers';
import { createApiHandlers } from '../../../main/api/api-handlers';
import { ArchiveHost } from '../../../main/api/archive-host';
import { Library } from '../../../main/core/library/library';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const APP_URL = 'file:///app/out/renderer/index.html';

function fakeIpcMain() {
  const handlers = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>();
  const ipcMain = {
    handle: (channel: string, fn: (event: unknown, payload: unknown) => Promise<unknown>) =>
      handlers.set(channel, fn),
  };
  return { ipcMain: ipcMain as unknown as IpcMain, handlers };
}

const window = {} as WebContents;
const fromApp = {
  sender: window,
  senderFrame: { parent: null, url: APP_URL },
} as unknown as IpcMainInvokeEvent;
const trustApp = appFrameOnly(
  () => window,
  () => APP_URL,
);

describe('appFrameOnly', () => {
  it('trusts the top frame of the app window on the app page', () => {
    expect(trustApp(fromApp)).toBe(true);
  });
  it('refuses a subframe, another page, another window, or a gone frame', () => {
    expect(
      trustApp({
        sender: window,
        senderFrame: { parent: {}, url: APP_URL },
      } as unknown as IpcMainInvokeEvent),
    ).toBe(false);
    expect(
      trustApp({
        sender: window,
        senderFrame: { parent: null, url: 'https://evil.example/' },
      } as unknown as IpcMainInvokeEvent),
    ).toBe(false);
    expect(
      trustApp({
        sender: {} as WebContents,
        senderFrame: { parent: null, url: APP_URL },
      } as unknown as IpcMainInvokeEvent),
    ).toBe(false);
    expect(trustApp({ sender: window, senderFrame: null } as unknown as IpcMainInvokeEvent)).toBe(
      false,
    );
  });
});

describe('handle', () => {
  const schema = z.object({ id: z.string() }).strict();

  it('answers { ok: true, value } for a valid call from the app', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    handle(ipcMain, 'clippings:test', schema, async ({ id }) => `story ${id}`, trustApp);
    expect(await handlers.get('clippings:test')?.(fromApp, { id: 'a' })).toEqual({
      ok: true,
      value: 'story a',
    });
  });

  it('rejects a bad payload with E_INVALID before any work', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const work = vi.fn(async () => 'done');
    handle(ipcMain, 'clippings:test', schema, work, trustApp);
    const answer = (await handlers.get('clippings:test')?.(fromApp, { id: 7, extra: true })) as {
      ok: boolean;
      error: { code: string; message: string };
    };
    expect(answer.ok).toBe(false);
    expect(answer.error.code).toBe('E_INVALID');
    expect(answer.error.message).toMatch(/^The request is not valid: /);
    expect(work).not.toHaveBeenCalled();
  });

  it('refuses a foreign sender with E_FORBIDDEN before any work', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const work = vi.fn(async () => 'done');
    handle(ipcMain, 'clippings:test', schema, work, trustApp);
    const foreign = { sender: window, senderFrame: { parent: null, url: 'https://evil.example/' } };
    expect(await handlers.get('clippings:test')?.(foreign, { id: 'a' })).toMatchObject({
      ok: false,
      error: { code: 'E_FORBIDDEN' },
    });
    expect(work).not.toHaveBeenCalled();
  });

  it('turns a ClippingsError into its code and words', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    handle(
      ipcMain,
      'clippings:test',
      schema,
      async () => {
        throw new ClippingsError('E_NOT_FOUND', 'This story is no longer in the archive.');
      },
      trustApp,
    );
    expect(await handlers.get('clippings:test')?.(fromApp, { id: 'a' })).toEqual({
      ok: false,
      error: { code: 'E_NOT_FOUND', message: 'This story is no longer in the archive.' },
    });
  });

  it('never sends a stack trace for an unexpected error', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    handle(
      ipcMain,
      'clippings:test',
      schema,
      async () => {
        throw new TypeError("Cannot read properties of undefined (reading 'x')");
      },
      trustApp,
    );
    const answer = (await handlers.get('clippings:test')?.(fromApp, { id: 'a' })) as {
      error: { code: string; message: string };
    };
    expect(answer.error.code).toBe('E_INTERNAL');
    expect(answer.error.message).not.toMatch(/TypeError|reading 'x'|\.ts:\d+/);
    log.mockRestore();
  });
});

describe('registerApi', () => {
  it('registers exactly the contract channels and validates each', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const api = new Proxy({}, { get: () => async () => 'answer' }) as ApiHandlers;
    registerApi(ipcMain, api, trustApp);
    expect([...handlers.keys()].sort()).toEqual(Object.values(CHANNELS).sort());
    expect(
      await handlers.get(CHANNELS.search)?.(fromApp, { query: 'port strike', limit: 20 }),
    ).toEqual({ ok: true, value: 'answer' });
    expect(await handlers.get(CHANNELS.search)?.(fromApp, { query: 'x', limit: -1 })).toMatchObject(
      { ok: false, error: { code: 'E_INVALID' } },
    );
    expect(await handlers.get(CHANNELS.story)?.(fromApp, { id: '../../etc/passwd' })).toMatchObject(
      { ok: false, error: { code: 'E_INVALID' } },
    );
    expect(await handlers.get(CHANNELS.status)?.(fromApp, undefined)).toEqual({
      ok: true,
      value: 'answer',
    });
  });
});

describe('registerApi with the library', () => {
  it('stars, tags and notes a story over IPC, and refuses bad input there in words', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'clippings-ipc-library-'));
    await cp(join(__dirname, '../../fixtures/search/archive'), join(dir, 'archive'), {
      recursive: true,
    });
    const library = await Library.open(join(dir, 'data'));
    const host = new ArchiveHost({ cacheDir: join(dir, 'cache'), workers: 1, library });
    try {
      await (
        await host.open(join(dir, 'archive'))
      ).ready;
      const { ipcMain, handlers } = fakeIpcMain();
      registerApi(
        ipcMain,
        createApiHandlers(host, async () => null),
        trustApp,
      );
      const id = '000_1a2b3c4d5e6f7081';
      const call = (channel: string, payload: unknown) => handlers.get(channel)?.(fromApp, payload);
      expect(await call(CHANNELS.setStarred, { id, starred: true })).toMatchObject({
        ok: true,
        value: { id, starred: true },
      });
      expect(await call(CHANNELS.tagStory, { id, tag: 'Ports' })).toMatchObject({
        ok: true,
        value: { tags: ['ports'] },
      });
      expect(await call(CHANNELS.addNote, { id, text: 'x'.repeat(20_000) })).toMatchObject({
        ok: false,
        error: { code: 'E_INVALID', message: expect.stringMatching(/at most 10,000/) },
      });
      expect(await call(CHANNELS.search, { query: 'is:starred tag:ports' })).toMatchObject({
        ok: true,
        value: { total: 1, hits: [{ id, library: { starred: true, read: false } }] },
      });
    } finally {
      await host.closeCurrent();
      await library.close();
    }
  });
});
