/**
 * The preload: exposes `window.clippings`, one async verb per method of the API's table and one
 * status subscription. It never exposes ipcRenderer itself, so the page can reach no channel but
 * these. Runs sandboxed, as CommonJS (see electron.vite.config.ts): it loads no zod and no
 * engine code, only the contract's channel names and the method names the build writes in.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { channelOf, STATUS_EVENT } from '../contract/channels';
import type { ArchiveStatus, ClippingsApi } from '../contract/api';
import { createApiVerbs } from '../contract/api-verbs';
import { BUILT_API_METHODS } from '../contract/built-api-methods';

export const clippingsApi: ClippingsApi = {
  ...createApiVerbs(BUILT_API_METHODS, (method, ...request) =>
    ipcRenderer.invoke(channelOf(method), ...request),
  ),
  onStatus(listener) {
    const relay = (_event: IpcRendererEvent, status: ArchiveStatus): void => listener(status);
    ipcRenderer.on(STATUS_EVENT, relay);
    return () => {
      ipcRenderer.removeListener(STATUS_EVENT, relay);
    };
  },
};

contextBridge.exposeInMainWorld('clippings', clippingsApi);
