/**
 * The preload exposes exactly the API's verbs as `window.clippings`, each invoking its own
 * channel, and a status subscription that can be undone; never ipcRenderer itself.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null }));
const listeners = new Map<string, Set<(...args: unknown[]) => void>>();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => invoke(...args),
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)?.add(listener);
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) =>
      listeners.get(channel)?.delete(listener),
  },
}));

import { API_METHODS, CHANNELS } from '../../contract/api-table';
import { STATUS_EVENT } from '../../contract/channels';
import type { ClippingsApi } from '../../contract/api';

beforeEach(async () => {
  await import('../../preload/index');
});

describe('preload', () => {
  it('exposes only window.clippings, with exactly the API methods and onStatus', () => {
    expect(Object.keys(exposed)).toEqual(['clippings']);
    const api = exposed.clippings as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...API_METHODS, 'onStatus'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('ipcRenderer');
  });

  it('sends each method on its own channel with the request as given', async () => {
    const api = exposed.clippings as ClippingsApi;
    await api.search({ query: 'flood', limit: 5 });
    expect(invoke).toHaveBeenLastCalledWith(CHANNELS.search, { query: 'flood', limit: 5 });
    await api.story({ id: '004_abc' });
    expect(invoke).toHaveBeenLastCalledWith(CHANNELS.story, { id: '004_abc' });
    await api.status();
    expect(invoke).toHaveBeenLastCalledWith(CHANNELS.status);
  });

  it('relays status events without the IPC event, until unsubscribed', () => {
    const api = exposed.clippings as ClippingsApi;
    const seen: unknown[] = [];
    const unsubscribe = api.onStatus((status) => seen.push(status));
    for (const listener of listeners.get(STATUS_EVENT) ?? [])
      listener({ sender: 'ipc internals' }, { state: 'ready' });
    unsubscribe();
    for (const listener of listeners.get(STATUS_EVENT) ?? []) listener({}, { state: 'indexing' });
    expect(seen).toEqual([{ state: 'ready' }]);
  });
});
