/**
 * The index coordinator of one open archive: every change to the index runs here, one after
 * another in a single queue — opening, each batch of live changes, a reindex, the recovery of
 * a worker that died:
 *
 *   cache ─► load cached segments into the workers (search answers from them at once)
 *         ─► walk the folder ─► plan: which segments are current, which to rebuild
 *         ─► build in the workers and swap in (segment-builds.ts) ─► write the manifest
 *
 * Invariants:
 * - One change at a time: a task starts when the one before it has finished (`#enqueue`), so
 *   plans are made against the catalogue as it is, never a half-applied one.
 * - A search never sees a story twice: see segment-builds.ts.
 * - The archive is only read. The cache is ours, written only by the process holding its lock
 *   and only while it takes writes (cache-session.ts); what fails its checks is discarded and
 *   rebuilt, and the status says so. A cache that cannot be written leaves the index in memory.
 * - A file skipped because it could not be read (permissions) is read again once it can be,
 *   even if its size and mtime did not change (a chmod changes neither).
 * - A worker that died is replaced by the pool; its segments leave the catalogue at once and
 *   come back loaded from the cache, or rebuilt from the files when the cache lacks them.
 */
import { realpath, stat } from 'node:fs/promises';
import { keptBytes, memoryCapNote } from './memory-note';
import type { Catalogue, CatalogueSegment } from '../index/catalogue';
import { CacheSession } from '../index/cache-session';
import type { ManifestSegment } from '../index/index-cache';
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
import { coverageToPlan } from './readable-again';
import { SegmentBuilds } from './segment-builds';

export const DAMAGED_CACHE_MESSAGE = 'The index cache was damaged and has been rebuilt.';
export const OUTDATED_CACHE_MESSAGE =
  'The index cache was made by another version of Clippings and has been rebuilt.';
export const WORKER_GAVE_UP_MESSAGE =
  'Part of the index stopped working again and again, so some stories cannot be searched. Open the archive again to retry.';

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
  /** Another note for the status (the watcher's), shown after the cache's. */
  note?: () => string | null;
  /** The memory cap, in bytes (memory-cap.ts); a note says when the index needs more. */
  memoryCapBytes?: number;
}

export class IndexCoordinator {
  readonly #context: IndexCoordinatorContext;
  readonly #builds: SegmentBuilds;
  #session: CacheSession | null = null;
  #walkSkipped: SkippedFile[] = [];
  #queue: Promise<void> = Promise.resolve();
  #runs = 0;
  #report: IndexingReport = emptyReport(0);
  /** The open's note about the cache it found (damaged, outdated), kept until a reindex. */
  #cacheNote: string | null = null;
  /** Segments being rebuilt because a search found their file damaged (repair). */
  readonly #repairing = new Set<string>();
  /** Said when the segments' dictionaries alone are over the memory cap (memory-note.ts). */
  #memoryNote: string | null = null;

  constructor(context: IndexCoordinatorContext) {
    this.#context = context;
    this.#builds = new SegmentBuilds({
      root: context.root,
      pool: context.pool,
      catalogue: context.catalogue,
      lifetime: context.lifetime,
      feed: context.feed,
      cachePath: (segmentId) => this.#session?.segmentPath(segmentId) ?? null,
      onUnsaved: (reason) => this.#session?.segmentUnsaved(reason),
    });
    context.pool.onRestart((worker) => {
      // The segments the dead worker held, as the catalogue has them now.
      const lost = [...context.catalogue.segments()].filter((segment) => segment.worker === worker);
      void this.#recover(worker, lost);
    });
    context.pool.onGiveUp(() => {
      context.feed.update({ state: 'error', progress: null, message: WORKER_GAVE_UP_MESSAGE });
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
      const { catalogue } = this.#context;
      await this.#builds.drop(
        [...catalogue.segments()].map((segment) => segment.segmentId),
        this.#report,
      );
      await this.#session?.discard();
      this.#cacheNote = null;
      const files = await this.#walk();
      await this.#builds.execute(this.#plan(files, []), this.#report);
      await this.#save();
      this.#report.ms = performance.now() - started;
      this.#ready();
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
      const plan = this.#plan(after.files, await this.#coverageToPlan([]));
      if (plan.build.length === 0 && plan.drop.length === 0) {
        feed.update({});
        return;
      }
      await this.#builds.execute(plan, this.#report);
      await this.#save();
      this.#report.ms = performance.now() - started;
      this.#ready();
    });
  }

  /** Lets another process write the cache: call once the workers are stopped. */
  async close(): Promise<void> {
    await this.#session?.release();
  }

  async #open(cacheLoaded: () => void): Promise<boolean> {
    const started = performance.now();
    this.#report = this.#newReport();
    const { root, cacheDir, feed } = this.#context;
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
    const session = await CacheSession.open(cacheDir, real);
    this.#session = session;

    // The cache first: search answers from it while the folder is walked and checked.
    const manifest = await session.readManifest();
    let lost: SegmentCoverage[] = [];
    if (manifest.kind === 'damaged' || manifest.kind === 'outdated') {
      // Only the session that writes the cache repairs it; another indexes in memory.
      if (session.writable) this.#report.cacheProblem = manifest.kind;
      await session.discard();
    } else if (manifest.kind === 'ok') {
      lost = await this.#loadSegments(manifest.manifest.segments);
      if (lost.length > 0 && session.writable) this.#report.cacheProblem = 'damaged';
    }
    cacheLoaded();

    const files = await this.#walk();
    feed.update({ state: 'indexing' });
    await this.#builds.execute(this.#plan(files, await this.#coverageToPlan(lost)), this.#report);
    await this.#save();
    this.#report.ms = performance.now() - started;
    const problem = this.#report.cacheProblem;
    this.#cacheNote =
      problem === 'damaged'
        ? DAMAGED_CACHE_MESSAGE
        : problem === 'outdated'
          ? OUTDATED_CACHE_MESSAGE
          : null;
    this.#ready();
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
    const { pool, feed } = this.#context;
    const loads = new Array<number>(pool.size).fill(0);
    const lost: SegmentCoverage[] = [];
    let done = 0;
    feed.update({ state: 'indexing', progress: { phase: 'load', done, total: segments.length } });
    const ordered = [...segments].sort((a, b) => b.bytes - a.bytes);
    await Promise.all(
      ordered.map(async (segment) => {
        const worker = loads.indexOf(Math.min(...loads));
        loads[worker] = (loads[worker] as number) + segment.bytes;
        if (!(await this.#loadSegment(worker, segment))) {
          lost.push({ segmentId: segment.id, firstFile: segment.firstFile, files: new Map() });
        }
        done += 1;
        feed.update({ progress: { phase: 'load', done, total: segments.length } });
      }),
    );
    return lost;
  }

  /** Loads one cached segment into `worker`; false when the cache's copy cannot be used. */
  async #loadSegment(
    worker: number,
    segment: Pick<ManifestSegment, 'id' | 'checksum' | 'bytes'>,
  ): Promise<boolean> {
    const { pool, catalogue, feed, lifetime } = this.#context;
    const session = this.#session as CacheSession;
    try {
      const summary = await lifetime.call(() =>
        pool.request(worker, {
          type: 'load',
          segmentId: segment.id,
          path: session.cache.segmentPath(segment.id),
          checksum: segment.checksum,
          bytes: segment.bytes,
        }),
      );
      catalogue.add(summary, worker);
      this.#report.segmentsLoaded += 1;
      feed.contentChanged();
      return true;
    } catch (error) {
      // `stopped` while open: the worker died under the load; it is rebuilt like a bad copy.
      if (!(error instanceof WorkerRequestError) || lifetime.closed) throw error;
      return false;
    }
  }

  /**
   * Segments whose cache file a search found damaged after they were opened: out of the
   * catalogue and the worker at once, then rebuilt from the story files (never from the bad
   * file), with the status's note that the cache was damaged. Asked again for a segment
   * already being repaired, it does nothing.
   */
  repair(segmentIds: readonly string[]): Promise<void> {
    const { catalogue } = this.#context;
    const damaged = [...new Set(segmentIds)]
      .filter((segmentId) => !this.#repairing.has(segmentId))
      .flatMap((segmentId) => catalogue.segment(segmentId) ?? []);
    if (damaged.length === 0) return Promise.resolve();
    for (const segment of damaged) this.#repairing.add(segment.segmentId);
    return this.#enqueue(async () => {
      const { pool, feed } = this.#context;
      const gone = damaged.filter((segment) => catalogue.segment(segment.segmentId) === segment);
      this.#report = this.#newReport();
      const started = performance.now();
      const coverage = catalogue
        .coverage()
        .filter((entry) => gone.some((segment) => segment.segmentId === entry.segmentId));
      for (const segment of gone) {
        catalogue.retire(segment.segmentId);
        await pool.request(segment.worker, { type: 'drop', segmentId: segment.segmentId });
      }
      feed.update({ state: 'indexing' });
      feed.contentChanged();
      if (this.#session?.writable) this.#cacheNote = DAMAGED_CACHE_MESSAGE;
      const plan = rebuildPlan(coverage.map((entry) => entry.files));
      try {
        await this.#builds.execute(plan, this.#report);
        await this.#save();
      } finally {
        for (const segment of damaged) this.#repairing.delete(segment.segmentId);
      }
      this.#report.ms = performance.now() - started;
      this.#ready();
    });
  }

  /**
   * A dead worker's segments, out of the catalogue at once (their stories are not searchable
   * until they are back), then loaded into the worker that replaced it, or rebuilt from the
   * files when the cache has no good copy.
   */
  #recover(worker: number, lost: readonly CatalogueSegment[]): Promise<void> {
    return this.#enqueue(async () => {
      const { catalogue, feed } = this.#context;
      const gone = lost.filter((segment) => catalogue.segment(segment.segmentId) === segment);
      if (gone.length === 0) return;
      this.#report = this.#newReport();
      const started = performance.now();
      const coverage = catalogue
        .coverage()
        .filter((entry) => gone.some((segment) => segment.segmentId === entry.segmentId));
      for (const segment of gone) catalogue.retire(segment.segmentId);
      feed.update({ state: 'indexing', progress: { phase: 'load', done: 0, total: gone.length } });
      feed.contentChanged();
      const rebuild: SegmentCoverage['files'][] = [];
      for (const segment of gone) {
        const loaded =
          segment.cached &&
          (await this.#loadSegment(worker, {
            id: segment.segmentId,
            checksum: segment.checksum,
            bytes: segment.bytes,
          }));
        if (!loaded) {
          const files = coverage.find((entry) => entry.segmentId === segment.segmentId)?.files;
          rebuild.push(files ?? new Map());
        }
      }
      const plan = rebuildPlan(rebuild);
      await this.#builds.execute(plan, this.#report);
      await this.#save();
      this.#report.ms = performance.now() - started;
      this.#ready();
    });
  }

  /** What the index covers, for planning: readable-again.ts says why not just the catalogue's. */
  #coverageToPlan(lost: SegmentCoverage[]): Promise<SegmentCoverage[]> {
    const { root, catalogue } = this.#context;
    return coverageToPlan(root, catalogue, lost);
  }

  #plan(files: BuildFile[], coverage: SegmentCoverage[]): SegmentPlan {
    const limits = this.#context.segmentLimits;
    return limits ? planSegments(files, coverage, limits) : planSegments(files, coverage);
  }

  async #save(): Promise<void> {
    const { catalogue, lifetime } = this.#context;
    if (!this.#session || lifetime.closed) return;
    await this.#session.save(catalogue.manifestSegments(), catalogue.allCached());
  }

  /** Indexing is done: ready, with what the user should know about the cache. */
  #ready(): void {
    this.#context.feed.update({ state: 'ready', progress: null, message: this.#message() });
    void this.#checkMemory();
  }

  async #checkMemory(): Promise<void> {
    const { pool, lifetime, memoryCapBytes } = this.#context;
    if (memoryCapBytes === undefined || lifetime.closed) return;
    try {
      const note = memoryCapNote(await keptBytes(pool), memoryCapBytes);
      if (note === this.#memoryNote || lifetime.closed) return;
      this.#memoryNote = note;
      this.refreshMessage();
    } catch {
      // A worker that cannot say what it holds is restarted by the pool; no note for it.
    }
  }

  /** Shows the notes again (one of them changed). */
  refreshMessage(): void {
    const { feed } = this.#context;
    if (feed.current.state !== 'error') feed.update({ message: this.#message() });
  }

  #message(): string | null {
    const notes = [
      this.#session?.unsavedMessage() ?? this.#cacheNote,
      this.#memoryNote,
      this.#context.note?.(),
    ];
    return notes.filter((note) => note != null).join(' ') || null;
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

/** A plan that builds each group of files again from the story files, replacing nothing. */
function rebuildPlan(groups: readonly SegmentCoverage['files'][]): SegmentPlan {
  return {
    keep: [],
    build: groups
      .map((files) =>
        [...files]
          .map(([file, known]) => ({ file, ...known }))
          .sort((a, b) => compareFiles(a.file, b.file)),
      )
      .filter((files) => files.length > 0)
      .map((files) => ({ files, replaces: [] })),
    drop: [],
  };
}
