/**
 * ArchiveHost: the one open archive of a running shell, and the switch to another. It relays
 * the open service's status to listeners that outlive any one archive (the window, an HTTP
 * client), so opening a new folder needs no re-subscription. Each archive opened is noted in
 * the library's recent archives.
 */
import { EventEmitter } from 'node:events';
import { resolve } from 'node:path';
import type { ArchiveStatus, DataLocations } from '../../contract/api';
import type { ArchiveService, Library, OpenArchiveOptions } from '../core/engine';
import { dataLocations, openArchive as openArchiveService } from '../core/engine';
import { ClippingsError } from '../core/model/errors';

export type OpenArchiveFn = (root: string, options: OpenArchiveOptions) => ArchiveService;

export interface ArchiveHostOptions extends OpenArchiveOptions {
  /** Clippings' data folder (the library lives in it), for `dataLocations`. */
  dataDir?: string | null;
  /** The shell's settings file, if it keeps one (the app does), for `dataLocations`. */
  settingsFile?: string | null;
}

export const NO_ARCHIVE_STATUS: ArchiveStatus = {
  archive: null,
  state: 'empty',
  stories: 0,
  duplicateSaves: 0,
  skipped: 0,
  skippedFiles: [],
  segments: 0,
  progress: null,
  message: null,
  generation: 0,
};

export class ArchiveHost {
  #current: ArchiveService | null = null;
  #unsubscribe: (() => void) | null = null;
  readonly #events = new EventEmitter();
  readonly #options: ArchiveHostOptions;
  readonly #open: OpenArchiveFn;

  constructor(options: ArchiveHostOptions, open: OpenArchiveFn = openArchiveService) {
    this.#options = options;
    this.#open = open;
  }

  get current(): ArchiveService | null {
    return this.#current;
  }

  /** The reader's library file this shell opened (shared by every archive), or null. */
  get library(): Library | null {
    return this.#options.library ?? null;
  }

  /** Opens `root` (closing the archive open before) and returns its service at once. */
  async open(root: string): Promise<ArchiveService> {
    await this.closeCurrent();
    const service = this.#open(resolve(root), this.#options);
    this.#current = service;
    this.#unsubscribe = service.onStatus((status) => this.#events.emit('status', status));
    this.#events.emit('status', service.status());
    // Recent archives are a convenience: failing to note one never stops the archive opening.
    await this.library?.recordArchiveOpened(service.root).catch(() => undefined);
    return service;
  }

  /** The open service, or E_NO_ARCHIVE in words the UI can show. */
  require(): ArchiveService {
    if (!this.#current) {
      throw new ClippingsError(
        'E_NO_ARCHIVE',
        'No archive is open. Choose File › Open Archive… to open one.',
      );
    }
    return this.#current;
  }

  status(): ArchiveStatus {
    return this.#current?.status() ?? NO_ARCHIVE_STATUS;
  }

  /** Where this shell keeps the reader's data, and the open archive's index cache. */
  dataLocations(): Promise<DataLocations> {
    return dataLocations({
      dataDir: this.#options.dataDir ?? null,
      cacheDir: this.#options.cacheDir,
      archiveRoot: this.#current?.root ?? null,
      settingsFile: this.#options.settingsFile ?? null,
    });
  }

  onStatus(listener: (status: ArchiveStatus) => void): () => void {
    this.#events.on('status', listener);
    return () => this.#events.off('status', listener);
  }

  async closeCurrent(): Promise<void> {
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    const previous = this.#current;
    this.#current = null;
    await previous?.close();
  }
}
