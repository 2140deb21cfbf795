/**
 * PLACEHOLDER until the search engine lands (issue 4 replaces this file): opens an archive
 * folder and reports its status by counting its story files. Search and the rest answer
 * E_UNSUPPORTED.
 */
import { readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { EventEmitter } from 'node:events';
import type { ArchiveStatus } from '../../../preload/api';
import { ClippingsError } from '../errors';
import type { ArchiveService, OpenArchiveOptions } from './archive-service';

export function openArchive(root: string, _options: OpenArchiveOptions): ArchiveService {
  const absolute = resolve(root);
  const events = new EventEmitter();
  let status: ArchiveStatus = {
    archive: absolute,
    state: 'scanning',
    stories: 0,
    skipped: 0,
    skippedFiles: [],
    segments: 0,
    progress: { phase: 'scan', done: 0, total: 0 },
    message: null,
    generation: 0,
  };
  const setStatus = (next: ArchiveStatus): void => {
    status = next;
    events.emit('status', status);
  };
  const ready = (async () => {
    try {
      const entries = await readdir(absolute, { recursive: true });
      const stories = entries.filter((name) => name.endsWith('.txt')).length;
      setStatus({ ...status, state: 'ready', stories, progress: null, generation: 1 });
    } catch {
      setStatus({
        ...status,
        state: 'error',
        progress: null,
        message: `The folder ${absolute} cannot be read.`,
      });
    }
  })();
  const notYet = async (): Promise<never> => {
    throw new ClippingsError('E_UNSUPPORTED', 'Search is not built yet.');
  };
  return {
    root: absolute,
    ready,
    status: () => status,
    search: notYet,
    browse: notYet,
    story: notYet,
    related: notYet,
    missing: notYet,
    reindex: async () => undefined,
    onStatus(listener) {
      events.on('status', listener);
      return () => events.off('status', listener);
    },
    close: async () => undefined,
  };
}
