/**
 * The index coordinator of one open archive: every change to the index runs here, one after
 * another in a single queue — opening, each batch of live changes, a reindex:
 *
 *   cache ─► load cached segments into the workers (search answers from them at once)
 *         ─► walk the folder ─► plan: which segments are current, which to rebuild
 *         ─► build in the workers and swap in (segment-builds.ts) ─► write the manifest
 *
 * Invariants:
 * - One change at a time: a task starts when the one before it has finished (`#enqueue`), so
 *   plans are made against the catalogue as it is, never a half-applied one.
 * - A search never sees a story twice: see segment-builds.ts.
 * - The archive is only read. The cache is ours; what fails its checks is discarded and
 *   rebuilt, and the status says so.
 */
import { realpath, stat } from 'node:fs/promises';
import type { Catalogue } from '../index/catalogue';
import type { ManifestSegment } from '../index/index-cache';
import { IndexCache } from '../index/index-cache';
import type { PlanLimits, SegmentCoverage, SegmentPlan } from '../index/segment-plan';
import { compareFiles, planSegments } from '../index/segment-plan';
import type { WorkerPool } from '../index/worker-pool';
import { WorkerRequestError } from '../index/worker-pool';
import type { BuildFile } from '../index/worker-protocol';
import type { SkippedFile } from '../model/story';
import { walkArchive } from '../story/walk-archive';
import type { ArchiveLifetime } from './archive-lifetime';
import type { ArchiveStatusFeed } from './archive-status-feed';
import type { WatchBatch } from './archive-watcher';
import type { IndexingReport } from './indexing-report';
import { emptyReport } from './indexing-report';
import { filesAfterBatch } from './live-updates';
import { SegmentBuilds } from './segment-builds';

export const DAMAGED_CACHE_MESSAGE = 'The index cache was damaged and has been rebuilt.';
export const OUTDATED_CACHE_MESSAGE =
  'The index cache was made by another version of Clippings and has been rebuilt.';

export interface IndexCoordinatorContext {
  root: string;
  cacheDir: string;
  pool: WorkerPool;
  catalogue: Catalogue;
  feed: ArchiveStatusFeed;
  lifetime: ArchiveLifetime;
  /** Segment size for tests and benchmarks (default: segment-plan.ts's). */
  segmentLimits?: PlanLimits;
  /** Called after each task that finished (to schedule work that follows an index change). */
  onIndexed?: () => void;
}

export class IndexCoordinator {
  readonly #context: IndexCoordinatorContext;
  readonly #builds: SegmentBuilds;
  #cache: IndexCache | null = null;
  #walkSkipped: SkippedFile[] = [];
  #queue: Promise<void> = Promise.resolve();
  #runs = 0;
  #report: IndexingReport = emptyReport(0);

  constructor(context: IndexCoordinatorContext) {
    this.#context = context;
    this.#builds = new SegmentBuilds({
      root: context.root,
      pool: context.pool,
      catalogue: context.catalogue,
      lifetime: context.lifetime,
      feed: context.feed,
      cachePath: (segmentId) => (this.#cache as IndexCache).segmentPath(segmentId),
    });
  }

  /** Files the walk skipped before reading them (the segments list the ones read and skipped). */
  get walkSkipped(): readonly SkippedFile[] {
    return this.#walkSkipped;
  }

  /** What the last indexing run did (open, a batch of live changes, reindex). */
  lastIndexing(): IndexingReport {
    return this.#report;
  }

  /**
   * Opens the archive: cached segments first (`cacheLoaded` is called once they answer), then
   * the walk and the rebuild of what changed. Resolves false when the folder cannot be read.
   */
  open(cacheLoaded: () => void): Promise<boolean> {
    let opened = false;
    return this.#enqueue(async () => {
      opened = await this.#open(cacheLoaded);
    }).then(() => opened);
  }

  reindex(): Promise<void> {
    return this.#enqueue(async () => {
      const started = performance.now();
      this.#report = this.#newReport();
      const { catalogue, feed } = this.#context;
      await this.#builds.drop(
        [...catalogue.segments()].map((segment) => segment.segmentId),
        this.#report,
      );
      await this.#cache?.discard();
      feed.update({ message: null });
      const files = await this.#walk();
      await this.#builds.execute(this.#plan(files, []), this.#report);
      await this.#saveManifest();
      this.#report.ms = performance.now() - started;
      feed.update({ state: 'ready', progress: null });
    });
  }

  /** Applies a batch of live changes (queued behind any change in progress). */
  applyBatch(batch: WatchBatch): Promise<void> {
    return this.#enqueue(async () => {
      const started = performance.now();
      this.#report = this.#newReport();
      const { root, catalogue, feed } = this.#context;
      const after = await filesAfterBatch(root, catalogue.coverage(), this.#walkSkipped, batch);
      this.#walkSkipped = after.walkSkipped;
      const plan = this.#plan(after.files, catalogue.coverage());
      if (plan.build.length === 0 && plan.drop.length === 0) {
        feed.update({});
        return;
      }
      await this.#builds.execute(plan, this.#report);
      await this.#saveManifest();
      this.#report.ms = performance.now() - started;
      feed.update({ state: 'ready', progress: null });
    });
  }

  async #open(cacheLoaded: () => void): Promise<boolean> {
    const started = performance.now();
    this.#report = this.#newReport();
    const { root, cacheDir, catalogue, feed } = this.#context;
    let real: string;
    try {
      real = await realpath(root);
      if (!(await stat(real)).isDirectory()) throw new Error('not a folder');
    } catch {
      cacheLoaded();
      feed.update({
        state: 'error',
        progress: null,
        message: `The folder ${root} cannot be read.`,
      });
      return false;
    }
    const cache = new IndexCache(cacheDir, real);
    this.#cache = cache;

    // The cache first: search answers from it while the folder is walked and checked.
    const manifest = await cache.readManifest();
    let lost: SegmentCoverage[] = [];
    if (manifest.kind === 'damaged' || manifest.kind === 'outdated') {
      this.#report.cacheProblem = manifest.kind;
      await cache.discard();
    } else if (manifest.kind === 'ok') {
      lost = await this.#loadSegments(manifest.manifest.segments);
      if (lost.length > 0) this.#report.cacheProblem = 'damaged';
    }
    cacheLoaded();

    const files = await this.#walk();
    feed.update({ state: 'indexing' });
    await this.#builds.execute(this.#plan(files, [...catalogue.coverage(), ...lost]), this.#report);
    await this.#saveManifest();
    this.#report.ms = performance.now() - started;
    const problem = this.#report.cacheProblem;
    feed.update({
      state: 'ready',
      progress: null,
      message:
        problem === 'damaged'
          ? DAMAGED_CACHE_MESSAGE
          : problem === 'outdated'
            ? OUTDATED_CACHE_MESSAGE
            : null,
    });
    return true;
  }

  /** The archive's story files (sorted by path); the walk's own skips are remembered. */
  async #walk(): Promise<BuildFile[]> {
    this.#context.feed.update({ progress: { phase: 'scan', done: 0, total: 0 } });
    const walk = await walkArchive(this.#context.root);
    this.#walkSkipped = walk.skipped;
    return walk.entries
      .map((entry) => ({
        id: entry.id,
        file: entry.file,
        size: entry.size,
        mtimeMs: entry.mtimeMs,
      }))
      .sort((a, b) => compareFiles(a.file, b.file));
  }

  /** Loads cached segments into the workers (balanced by size); returns those that failed. */
  async #loadSegments(segments: readonly ManifestSegment[]): Promise<SegmentCoverage[]> {
    const { pool, catalogue, feed, lifetime } = this.#context;
    const cache = this.#cache as IndexCache;
    const loads = new Array<number>(pool.size).fill(0);
    const lost: SegmentCoverage[] = [];
    let done = 0;
    feed.update({ state: 'indexing', progress: { phase: 'load', done, total: segments.length } });
    const ordered = [...segments].sort((a, b) => b.bytes - a.bytes);
    await Promise.all(
      ordered.map(async (segment) => {
        const worker = loads.indexOf(Math.min(...loads));
        loads[worker] = (loads[worker] as number) + segment.bytes;
        try {
          const summary = await lifetime.call(() =>
            pool.request(worker, {
              type: 'load',
              segmentId: segment.id,
              path: cache.segmentPath(segment.id),
              checksum: segment.checksum,
            }),
          );
          catalogue.add(summary, worker);
          this.#report.segmentsLoaded += 1;
          feed.contentChanged();
        } catch (error) {
          if (!(error instanceof WorkerRequestError) || error.kind === 'stopped') throw error;
          lost.push({ segmentId: segment.id, firstFile: segment.firstFile, files: new Map() });
        }
        done += 1;
        feed.update({ progress: { phase: 'load', done, total: segments.length } });
      }),
    );
    return lost;
  }

  #plan(files: BuildFile[], coverage: SegmentCoverage[]): SegmentPlan {
    const limits = this.#context.segmentLimits;
    return limits ? planSegments(files, coverage, limits) : planSegments(files, coverage);
  }

  async #saveManifest(): Promise<void> {
    const cache = this.#cache;
    if (!cache || this.#context.lifetime.closed) return;
    const segments = this.#context.catalogue.manifestSegments();
    await cache.writeManifest(segments);
    await cache.removeUnlisted(new Set(segments.map((segment) => segment.id)));
  }

  #newReport(): IndexingReport {
    this.#runs += 1;
    return emptyReport(this.#runs);
  }

  #enqueue(task: () => Promise<void>): Promise<void> {
    const { lifetime, feed } = this.#context;
    const run = this.#queue.then(async () => {
      if (lifetime.closed) return;
      try {
        await task();
        if (!lifetime.closed) this.#context.onIndexed?.();
      } catch (error) {
        if (lifetime.closed) return;
        feed.update({
          state: 'error',
          progress: null,
          message: `Indexing stopped: ${error instanceof Error ? error.message : String(error)}`,
        });
      }
    });
    this.#queue = run;
    return run;
  }
}
