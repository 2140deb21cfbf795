/**
 * This process's use of one archive's index cache: it always reads the cache, and writes it
 * only while it holds the cache's lock (cache-lock.ts) and the folder takes writes. When it
 * cannot write — another process holds the lock, the folder is read-only, a file stands where
 * the folder should be, the disk is full — nothing stops: segments are built and held in
 * memory, the manifest on disk is left as it was (still true of the files beside it), and
 * `unsavedMessage` says, in one sentence, that this session's index is not being saved.
 *
 * The manifest is written only when every segment the index holds has its file in the cache,
 * so a manifest never names a file that is not there.
 */
import type { ManifestRead, ManifestSegment } from './index-cache';
import { IndexCache } from './index-cache';
import { lockCache } from './cache-lock';
import { unwritableReason } from '../files/file-problems';

export class CacheSession {
  readonly cache: IndexCache;
  #release: (() => Promise<void>) | null = null;
  /** Why this session does not write the cache; null while it does. */
  #notWriting: { why: 'in-use' } | { why: 'unwritable'; reason: string } | null = null;
  /** Something was indexed that the cache on disk does not have. */
  #unsaved = false;

  private constructor(cache: IndexCache) {
    this.cache = cache;
  }

  /** Opens the cache of the archive at `archiveRealPath`, taking its lock when it is free. */
  static async open(cacheDir: string, archiveRealPath: string): Promise<CacheSession> {
    const session = new CacheSession(new IndexCache(cacheDir, archiveRealPath));
    const lock = await lockCache(session.cache.folder, () => {
      // Another process took the lock over (ours looked stale): it writes from now on.
      session.#release = null;
      session.#notWriting = { why: 'in-use' };
    });
    if (lock.kind === 'held') session.#release = lock.release;
    else if (lock.kind === 'busy') session.#notWriting = { why: 'in-use' };
    else session.#notWriting = { why: 'unwritable', reason: lock.reason };
    return session;
  }

  get writable(): boolean {
    return this.#notWriting === null;
  }

  /** Where a newly built segment's file goes; null while this session does not write. */
  segmentPath(segmentId: string): string | null {
    return this.writable ? this.cache.segmentPath(segmentId) : null;
  }

  readManifest(): Promise<ManifestRead> {
    return this.cache.readManifest();
  }

  /** Deletes the cache (damaged, outdated, or a reindex); only while writing. */
  async discard(): Promise<void> {
    if (!this.writable) return;
    try {
      await this.cache.discard();
    } catch (error) {
      this.#cannotWrite(error);
    }
  }

  /** Records that a segment is held in memory only (its file could not be written). */
  segmentUnsaved(reason: string | null): void {
    this.#unsaved = true;
    if (reason !== null && this.writable) this.#notWriting = { why: 'unwritable', reason };
  }

  /**
   * Saves the manifest of `segments` and deletes the files it no longer names, when this
   * session writes and every segment is in the cache (`allCached`).
   */
  async save(segments: readonly ManifestSegment[], allCached: boolean): Promise<void> {
    if (!allCached) this.#unsaved = true;
    if (!this.writable || !allCached) return;
    try {
      await this.cache.writeManifest(segments);
    } catch (error) {
      this.#cannotWrite(error);
      return;
    }
    this.#unsaved = false;
    await this.cache.removeUnlisted(new Set(segments.map((segment) => segment.id)));
  }

  /** One sentence for the status when the index holds what the cache does not; else null. */
  unsavedMessage(): string | null {
    if (!this.#unsaved || this.#notWriting === null) return null;
    if (this.#notWriting.why === 'in-use') {
      return 'Another Clippings process is keeping this archive’s index cache, so what was indexed here is kept in memory and not saved.';
    }
    return `The index cache cannot be written (${this.#notWriting.reason}): search works from memory, and the archive is indexed again the next time it is opened. The cache is in ${this.cache.folder}.`;
  }

  /** Lets another process write the cache (the archive is closing). */
  async release(): Promise<void> {
    const release = this.#release;
    this.#release = null;
    await release?.();
  }

  #cannotWrite(error: unknown): void {
    this.#unsaved = true;
    this.#notWriting = { why: 'unwritable', reason: unwritableReason(error) };
  }
}
