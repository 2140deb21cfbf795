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
  libraryState: (request) => ipcRenderer.invoke(CHANNELS.libraryState, request),
  setStarred: (request) => ipcRenderer.invoke(CHANNELS.setStarred, request),
  setRead: (request) => ipcRenderer.invoke(CHANNELS.setRead, request),
  tagStory: (request) => ipcRenderer.invoke(CHANNELS.tagStory, request),
  untagStory: (request) => ipcRenderer.invoke(CHANNELS.untagStory, request),
  addNote: (request) => ipcRenderer.invoke(CHANNELS.addNote, request),
  editNote: (request) => ipcRenderer.invoke(CHANNELS.editNote, request),
  deleteNote: (request) => ipcRenderer.invoke(CHANNELS.deleteNote, request),
  addHighlight: (request) => ipcRenderer.invoke(CHANNELS.addHighlight, request),
  deleteHighlight: (request) => ipcRenderer.invoke(CHANNELS.deleteHighlight, request),
  recordVisit: (request) => ipcRenderer.invoke(CHANNELS.recordVisit, request),
  libraryOverview: () => ipcRenderer.invoke(CHANNELS.libraryOverview),
  annotations: (request) => ipcRenderer.invoke(CHANNELS.annotations, request),
  readingHistory: (request) => ipcRenderer.invoke(CHANNELS.readingHistory, request),
  savedSearches: () => ipcRenderer.invoke(CHANNELS.savedSearches),
  saveSearch: (request) => ipcRenderer.invoke(CHANNELS.saveSearch, request),
  openSavedSearch: (request) => ipcRenderer.invoke(CHANNELS.openSavedSearch, request),
  deleteSavedSearch: (request) => ipcRenderer.invoke(CHANNELS.deleteSavedSearch, request),
  recentArchives: () => ipcRenderer.invoke(CHANNELS.recentArchives),
  exportStories: (request) => ipcRenderer.invoke(CHANNELS.exportStories, request),
  openOriginal: (request) => ipcRenderer.invoke(CHANNELS.openOriginal, request),
  onStatus(listener) {
    const relay = (_event: IpcRendererEvent, status: ArchiveStatus): void => listener(status);
    ipcRenderer.on(STATUS_EVENT, relay);
    return () => {
      ipcRenderer.removeListener(STATUS_EVENT, relay);
    };
  },
};

contextBridge.exposeInMainWorld('clippings', clippingsApi);
