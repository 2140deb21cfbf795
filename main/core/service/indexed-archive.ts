/**
 * IndexedArchive: the ArchiveService of one open archive folder, put together from parts
 * with one job each:
 *
 *   IndexCoordinator   every change to the index, one at a time (open, live batch, reindex)
 *   QueryService       search, browse, story: answered over the segments held now
 *   RelatedStories     the related-stories index, rebuilt in the background after changes
 *   ArchiveWatcher     live updates: batches of changed files, handed to the coordinator
 *   ArchiveStatusFeed  the status and its subscribers
 *   LibraryService     the reader's library for this archive (its filters run in QueryService)
 *
 * Main holds the catalogue (every story's metadata and the archive-wide statistics); the
 * worker pool holds the segments (index and text) and answers searches and snippets.
 */
import type {
  EntitiesRequest,
  EntitiesResponse,
  EntityPage,
  EntityRequest,
} from '../model/entities';
import { resolve } from 'node:path';
import { blockCacheBytesPerWorker, memoryCapBytes } from '../index/memory-cap';
import { Catalogue } from '../index/catalogue';
import type { PlanLimits } from '../index/segment-plan';
import { defaultWorkerCount, WorkerPool } from '../index/worker-pool';
import type { WorkerScript } from '../index/worker-script';
import type { ArchiveStatus } from '../model/archive-status';
import type { OriginalFile, StoryRequest, StoryResponse } from '../model/open-story';
import type {
  MissingHeadline,
  MissingRequest,
  RelatedRequest,
  RelatedResponse,
} from '../model/related';
import type { BrowseRequest, SearchRequest, SearchResponse } from '../model/search';
import { ArchiveLifetime } from './archive-lifetime';
import type { ArchiveService, OpenArchiveOptions } from './archive-service';
import { ArchiveStatusFeed } from './archive-status-feed';
import type { WatchOptions, WatchProblem } from './archive-watcher';
import { ArchiveWatcher } from './archive-watcher';
import { WorkerRequestError } from '../index/worker-pool';
import { ClippingsError } from '../model/errors';
import { IndexCoordinator } from './index-coordinator';
import type { IndexingReport } from './indexing-report';
import { LibraryService } from './library-service';
import { QueryService } from './query-service';
import { originalFile } from './original-file';
import { RelatedStories } from './related-stories';

export { DAMAGED_CACHE_MESSAGE, OUTDATED_CACHE_MESSAGE } from './index-coordinator';
export type { IndexingReport } from './indexing-report';

/** Knobs for tests and benchmarks; the app uses the defaults. */
export interface IndexedArchiveTuning {
  /** Segment size (default SEGMENT_STORIES stories, SEGMENT_BYTES bytes). */
  segmentLimits?: PlanLimits;
  /** How to start the workers (default: the bundled script, or the source through tsx). */
  workerScript?: WorkerScript;
  /** The watcher's timings. */
  watch?: WatchOptions;
  /** How long a worker may spend on one file before it is ended (read-budget.ts). */
  stalledFileMs?: number;
  /** The memory cap in bytes, past the limits a user may set (tests of the cap's note). */
  memoryCapBytes?: number;
}

export class IndexedArchive implements ArchiveService {
  readonly root: string;
  readonly ready: Promise<void>;
  /** Settles once the cached segments are loaded (before the archive is re-checked). */
  readonly cacheLoaded: Promise<void>;
  /** Settles once live changes are being watched (at once when not watching). */
  readonly watching: Promise<void>;
  readonly library: LibraryService;
  readonly #lifetime = new ArchiveLifetime();
  readonly #pool: WorkerPool;
  readonly #catalogue = new Catalogue();
  readonly #feed: ArchiveStatusFeed;
  readonly #coordinator: IndexCoordinator;
  readonly #queries: QueryService;
  readonly #related: RelatedStories;
  #watcher: ArchiveWatcher | null = null;
  /** Folders whose changes are not being seen, and why. */
  readonly #unwatched = new Map<string, string>();
  #cacheLoaded: () => void = () => undefined;
  #watchingReady: () => void = () => undefined;

  constructor(root: string, options: OpenArchiveOptions, tuning: IndexedArchiveTuning = {}) {
    this.root = resolve(root);
    const workers = options.workers ?? defaultWorkerCount();
    this.#pool = new WorkerPool(workers, tuning.workerScript, {
      ...(tuning.stalledFileMs === undefined ? {} : { stalledFileMs: tuning.stalledFileMs }),
      blockCacheBytes: blockCacheBytesPerWorker(options.memoryCapMb, workers),
    });
    const archive = this.root;
    const lifetime = this.#lifetime;
    const pool = this.#pool;
    const catalogue = this.#catalogue;
    this.#feed = new ArchiveStatusFeed(archive, () => ({
      stories: catalogue.storyCount,
      duplicateSaves: catalogue.duplicateSaves,
      segments: catalogue.segmentCount,
      skippedFiles: [...this.#coordinator.walkSkipped, ...catalogue.skippedFiles()],
    }));
    this.#related = new RelatedStories({
      pool,
      catalogue,
      lifetime,
      generation: () => this.#feed.current.generation,
    });
    const library = options.library?.forArchive(archive) ?? null;
    this.#queries = new QueryService({
      root: archive,
      pool,
      catalogue,
      lifetime,
      library,
      onDamaged: (segmentIds) => void this.#coordinator.repair(segmentIds),
    });
    this.library = new LibraryService({
      catalogue,
      queries: this.#queries,
      library,
      indexed: () => this.ready,
    });
    this.#coordinator = new IndexCoordinator({
      root: archive,
      cacheDir: options.cacheDir,
      pool,
      catalogue,
      feed: this.#feed,
      lifetime,
      ...(tuning.segmentLimits ? { segmentLimits: tuning.segmentLimits } : {}),
      // A watching archive (the app, the browser mode) is read for a while: have related
      // stories ready before they are asked for. A one-shot CLI run builds them on demand.
      ...(options.watch ? { onIndexed: () => this.#related.scheduleBuild() } : {}),
      note: () => this.#watchNote(),
      memoryCapBytes: tuning.memoryCapBytes ?? memoryCapBytes(options.memoryCapMb),
    });
    this.cacheLoaded = new Promise((done) => (this.#cacheLoaded = done));
    this.watching = new Promise((done) => (this.#watchingReady = done));
    this.ready = this.#coordinator
      .open(() => this.#cacheLoaded())
      .then((opened) => {
        if (opened && options.watch && !lifetime.closed) this.#watch(tuning.watch);
        else this.#watchingReady();
      });
  }

  status(): ArchiveStatus {
    return this.#feed.current;
  }

  onStatus(listener: (status: ArchiveStatus) => void): () => void {
    return this.#feed.onStatus(listener);
  }

  /** What the last indexing run did (open, a batch of live changes, reindex). */
  lastIndexing(): IndexingReport {
    return this.#coordinator.lastIndexing();
  }

  async search(request: SearchRequest): Promise<SearchResponse> {
    this.#lifetime.assertOpen();
    return answered(this.#queries.search(request));
  }

  async browse(request: BrowseRequest): Promise<SearchResponse> {
    this.#lifetime.assertOpen();
    return answered(this.#queries.browse(request));
  }

  async story(request: StoryRequest): Promise<StoryResponse> {
    this.#lifetime.assertOpen();
    return this.#queries.story(request);
  }

  async entities(request: EntitiesRequest): Promise<EntitiesResponse> {
    this.#lifetime.assertOpen();
    return this.#queries.entities(request);
  }

  async entity(request: EntityRequest): Promise<EntityPage> {
    this.#lifetime.assertOpen();
    return this.#queries.entity(request);
  }

  async original(request: { id: string }): Promise<OriginalFile> {
    this.#lifetime.assertOpen();
    return originalFile(this.root, this.#catalogue, request.id);
  }

  async related(request: RelatedRequest): Promise<RelatedResponse> {
    this.#lifetime.assertOpen();
    return answered(this.#related.related(request));
  }

  async missing(request: MissingRequest): Promise<MissingHeadline[]> {
    this.#lifetime.assertOpen();
    return answered(this.#related.missing(request));
  }

  async reindex(): Promise<void> {
    this.#lifetime.assertOpen();
    return this.#coordinator.reindex();
  }

  async close(): Promise<void> {
    if (!this.#lifetime.close()) return;
    this.#feed.stop();
    this.#related.stop();
    this.#cacheLoaded();
    this.#watchingReady();
    await this.#watcher?.close();
    await this.#pool.close();
    await this.#coordinator.close();
  }

  #watch(options: WatchOptions | undefined): void {
    this.#watcher = new ArchiveWatcher(
      this.root,
      (batch) => {
        this.#coordinator.applyBatch(batch).catch(() => undefined);
      },
      options,
      {
        onProblem: (problem: WatchProblem) => {
          this.#unwatched.set(problem.folder, problem.reason);
          this.#coordinator.refreshMessage();
        },
      },
    );
    void this.#watcher.ready.then(() => this.#watchingReady());
  }

  /** One sentence about folders whose changes are not being seen, or null. */
  #watchNote(): string | null {
    const [first] = this.#unwatched;
    if (!first) return null;
    const [folder, reason] = first;
    const where = folder === '.' ? 'the archive folder' : `${folder}/`;
    const others = this.#unwatched.size - 1;
    return `Changes in ${where}${others > 0 ? ` and ${others} other folder${others === 1 ? '' : 's'}` : ''} are not being seen (${reason}); open the archive again to see them.`;
  }
}

/** A worker that died under a request: a sentence to retry, not an internal error. */
async function answered<T>(answer: Promise<T>): Promise<T> {
  try {
    return await answer;
  } catch (error) {
    if (error instanceof WorkerRequestError && error.kind === 'stopped') {
      throw new ClippingsError(
        'E_UNAVAILABLE',
        'Part of the index stopped while answering and is being restarted; try again in a moment.',
        { cause: error },
      );
    }
    throw error;
  }
}
