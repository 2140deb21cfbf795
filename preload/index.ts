/**
 * The preload: exposes `window.clippings`, one async verb per API method and one status
 * subscription. It never exposes ipcRenderer itself, so the page can reach no channel but
 * these. Runs sandboxed, as CommonJS (see electron.vite.config.ts).
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { CHANNELS, STATUS_EVENT } from './api';
import type { ArchiveStatus, ClippingsApi } from './api';

export const clippingsApi: ClippingsApi = {
  status: () => ipcRenderer.invoke(CHANNELS.status),
  openArchive: () => ipcRenderer.invoke(CHANNELS.openArchive),
  search: (request) => ipcRenderer.invoke(CHANNELS.search, request),
  story: (request) => ipcRenderer.invoke(CHANNELS.story, request),
  related: (request) => ipcRenderer.invoke(CHANNELS.related, request),
  browse: (request) => ipcRenderer.invoke(CHANNELS.browse, request),
  missing: (request) => ipcRenderer.invoke(CHANNELS.missing, request),
  onStatus(listener) {
    const relay = (_event: IpcRendererEvent, status: ArchiveStatus): void => listener(status);
    ipcRenderer.on(STATUS_EVENT, relay);
    return () => {
      ipcRenderer.removeListener(STATUS_EVENT, relay);
    };
  },
};

contextBridge.exposeInMainWorld('clippings', clippingsApi);
