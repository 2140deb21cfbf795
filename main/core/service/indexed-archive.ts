/**
 * IndexedArchive: the ArchiveService of one open archive folder — the search engine's
 * pipeline, end to end:
 *
 *   cache ─► walk ─► plan: which segments are current, which to rebuild ─► build in the workers
 *   (cached segments load into the workers first, and search answers from them at once; the
 *   walk comes after, so its thousands of stat callbacks do not delay the first answer)
 *
 * Main holds the catalogue (every story's metadata, the archive-wide statistics); the worker
 * pool holds the segments (index and text) and answers searches and snippets. Every change to
 * the index — opening, a batch of live changes, reindex — runs in one queue, one at a time.
 * A rebuilt segment replaces the old one in one step, so a search never sees a story twice.
 */
import { EventEmitter } from 'node:events';
import { realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import type {
  ArchiveStatus,
  BrowseRequest,
  IndexProgress,
  MissingHeadline,
  MissingRequest,
  Range,
  RelatedRequest,
  RelatedResponse,
  SearchRequest,
  SearchResponse,
  SkippedFile,
  Snippet,
  StoryHighlights,
  StoryRequest,
  StoryResponse,
} from '../../../preload/api';
import { ClippingsError } from '../errors';
import { foldText } from '../search/fold-text';
import { isEmptyQuery, parseQuery } from '../search/parse-query';
import { highlightItems, highlightText } from '../search/query-matcher';
import type { RelatedDoc, RelatedIndex } from '../related/related-index';
import { createRelatedIndex } from '../related/related-index';
import type { RelatedRecord } from '../search/story-record';
import type { SearchPlan } from '../search/search-plan';
import { passesFilter, planSearch, storyFilterOf } from '../search/search-plan';
import { defaultWorkerCount, WorkerPool, WorkerRequestError } from '../search/worker-pool';
import type { WorkerScript } from '../search/worker-script';
import type { BuildFile, SegmentSummary } from '../search/worker-protocol';
import { MAX_STORY_BYTES, readStoryFile, tooBigReason } from '../story/read-story-file';
import { walkArchive } from '../story/walk-archive';
import type { ArchiveService, OpenArchiveOptions } from './archive-service';
import { ArchiveWatcher } from './archive-watcher';
import type { WatchBatch, WatchOptions } from './archive-watcher';
import { Catalogue } from './catalogue';
import type { CatalogueSegment } from './catalogue';
import type { ManifestSegment } from './index-cache';
import { IndexCache } from './index-cache';
import type { Candidate, Page } from './search-results';
import { assemblePage, DEFAULT_LIMIT, toSearchHit } from './search-results';
import type { PlanLimits, SegmentCoverage, SegmentPlan } from './segment-plan';
import { compareFiles, planSegments } from './segment-plan';
import { storyIdFor } from './story-ids';

/** Quiet time after an index change before the related index is rebuilt in the background. */
const RELATED_BUILD_DELAY_MS = 300;

export const DAMAGED_CACHE_MESSAGE = 'The index cache was damaged and has been rebuilt.';
export const OUTDATED_CACHE_MESSAGE =
  'The index cache was made by another version of Clippings and has been rebuilt.';
const MAX_SKIPPED_LISTED = 1_000;
const STATUS_INTERVAL_MS = 100;

/** Knobs for tests and benchmarks; the app uses the defaults. */
export interface IndexedArchiveTuning {
  /** Segment size (default SEGMENT_STORIES stories, SEGMENT_BYTES bytes). */
  segmentLimits?: PlanLimits;
  /** How to start the workers (default: the bundled script, or the source through tsx). */
  workerScript?: WorkerScript;
  /** The watcher's timings. */
  watch?: WatchOptions;
}

/** What the last indexing run (open, live batch or reindex) did, for the CLI and tests. */
export interface IndexingReport {
  /** 1 for the open, then one more for each batch of live changes and each reindex. */
  run: number;
  segmentsLoaded: number;
  segmentsBuilt: number;
  segmentsDropped: number;
  filesRead: number;
  cacheProblem: 'damaged' | 'outdated' | null;
  ms: number;
}

export class IndexedArchive implements ArchiveService {
  readonly root: string;
  readonly ready: Promise<void>;
  /** Settles once the cached segments are loaded (before the archive is re-checked). */
  readonly cacheLoaded: Promise<void>;
  /** Settles once live changes are being watched (at once when not watching). */
  readonly watching: Promise<void>;
  readonly #options: OpenArchiveOptions;
  readonly #tuning: IndexedArchiveTuning;
  readonly #pool: WorkerPool;
  readonly #catalogue = new Catalogue();
  readonly #events = new EventEmitter();
  /** Workers of segments replaced but not yet dropped. */
  readonly #retiredWorkers = new Map<string, number>();
  #cache: IndexCache | null = null;
  #status: ArchiveStatus;
  #walkSkipped: SkippedFile[] = [];
  /** Index changes (open, live batches, reindex) run here one after another. */
  #queue: Promise<void> = Promise.resolve();
  #watcher: ArchiveWatcher | null = null;
  #closed = false;
  #related: { generation: number; index: Promise<RelatedIndex> } | null = null;
  /** The newest related index that finished building, kept to answer while the next builds. */
  #relatedBuilt: { generation: number; index: RelatedIndex } | null = null;
  readonly #relatedRecords = new Map<string, RelatedRecord[]>();
  #relatedTimer: NodeJS.Timeout | null = null;
  #runs = 0;
  #report: IndexingReport = emptyReport(0);
  #statusTimer: NodeJS.Timeout | null = null;
  #cacheLoaded: () => void = () => undefined;
  #watchingReady: () => void = () => undefined;

  constructor(root: string, options: OpenArchiveOptions, tuning: IndexedArchiveTuning = {}) {
    this.root = resolve(root);
    this.#options = options;
    this.#tuning = tuning;
    this.#pool = new WorkerPool(options.workers ?? defaultWorkerCount(), tuning.workerScript);
    this.#status = {
      archive: this.root,
      state: 'scanning',
      stories: 0,
      skipped: 0,
      skippedFiles: [],
      segments: 0,
      progress: { phase: 'scan', done: 0, total: 0 },
      message: null,
      generation: 0,
    };
    this.cacheLoaded = new Promise((done) => (this.#cacheLoaded = done));
    this.watching = new Promise((done) => (this.#watchingReady = done));
    this.ready = this.#enqueue(() => this.#open()).finally(() => {
      if (!this.#watcher) this.#watchingReady();
    });
  }

  // ───────────────────────────── the API ─────────────────────────────

  status(): ArchiveStatus {
    return this.#status;
  }

  onStatus(listener: (status: ArchiveStatus) => void): () => void {
    this.#events.on('status', listener);
    return () => this.#events.off('status', listener);
  }

  /** What the last indexing run did (open, a batch of live changes, reindex). */
  lastIndexing(): IndexingReport {
    return this.#report;
  }

  async search(request: SearchRequest): Promise<SearchResponse> {
    this.#assertOpen();
    const started = performance.now();
    const query = parseQuery(request.query);
    if (isEmptyQuery(query)) {
      if (query.ignored.length > 0) return emptyResponse(started);
      return this.browse({
        ...filtersOf(request),
        ...pageOf(request),
        sort: request.sort === 'oldest' ? 'oldest' : 'newest',
      });
    }
    const plan = planSearch(query, request, this.#catalogue.vocabulary, this.#catalogue.statistics);
    if (!plan) return emptyResponse(started);
    const replies = await this.#workers(() => this.#pool.all({ type: 'search', plan }));
    const candidates: Candidate[] = [];
    for (const reply of replies) {
      let at = 0;
      reply.segmentIds.forEach((segmentId, k) => {
        const count = reply.counts[k] as number;
        const segment = this.#catalogue.segment(segmentId);
        if (segment) {
          for (let i = at; i < at + count; i += 1) {
            const doc = reply.docs[i] as number;
            const story = segment.stories[doc];
            if (story) candidates.push({ segment, doc, story, score: reply.scores[i] as number });
          }
        }
        at += count;
      });
    }
    const page = assemblePage(
      candidates,
      { sort: request.sort ?? 'relevance', ...pageOf(request) },
      this.#catalogue,
    );
    return this.#respond(page, plan, started);
  }

  async browse(request: BrowseRequest): Promise<SearchResponse> {
    this.#assertOpen();
    const started = performance.now();
    const filter = storyFilterOf(null, request);
    const candidates: Candidate[] = [];
    for (const { segment, doc, story } of this.#catalogue.stories()) {
      if (passesFilter(filter, foldText(story.section), story.date)) {
        candidates.push({ segment, doc, story, score: 0 });
      }
    }
    const page = assemblePage(
      candidates,
      { sort: request.sort ?? 'newest', ...pageOf(request) },
      this.#catalogue,
    );
    return this.#respond(page, null, started);
  }

  async story(request: StoryRequest): Promise<StoryResponse> {
    this.#assertOpen();
    const location = this.#catalogue.locate(request.id);
    if (!location) throw notFound();
    const { story: record } = location;
    const path = join(this.root, record.file);
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) throw notFound();
    const read = await readStoryFile(this.root, {
      id: record.id,
      file: record.file,
      size: info.size,
      mtimeMs: info.mtimeMs,
    });
    if (!read.ok) {
      if ((await stat(path).catch(() => null)) === null) throw notFound();
      throw new ClippingsError(
        'E_UNREADABLE',
        `This story cannot be read now. ${read.skipped.reason}`,
      );
    }
    const { story } = read;
    // Duplicates from the catalogue (findDuplicateGroups: same normalised title and date, the
    // related index's rule too), so opening a story never waits for the related index.
    const duplicates = this.#catalogue.duplicatesOf(story.id).flatMap((id) => {
      const other = this.#catalogue.locate(id)?.story;
      return other ? [{ id, title: other.title, date: other.date, section: other.section }] : [];
    });
    return {
      story,
      duplicates,
      highlights: request.query ? this.#highlights(request.query, story) : null,
    };
  }

  async related(request: RelatedRequest): Promise<RelatedResponse> {
    this.#assertOpen();
    if (!this.#catalogue.locate(request.id)) throw notFound();
    const fresh = this.#relatedIndex();
    const built = this.#relatedBuilt;
    if (built && built.generation !== this.#status.generation) {
      try {
        return built.index.related(request.id);
      } catch (error) {
        if (!(error instanceof ClippingsError && error.code === 'E_NOT_FOUND')) throw error;
      }
    }
    return (await fresh).related(request.id);
  }

  async missing(request: MissingRequest): Promise<MissingHeadline[]> {
    this.#assertOpen();
    return (await this.#relatedIndex()).missing(request.limit);
  }

  reindex(): Promise<void> {
    this.#assertOpen();
    return this.#enqueue(async () => {
      const started = performance.now();
      this.#report = this.#newReport();
      await this.#dropSegments([...this.#catalogue.segments()].map((s) => s.segmentId));
      await this.#cache?.discard();
      this.#setStatus({ message: null });
      const walk = await this.#walk();
      await this.#execute(this.#plan(walk, []));
      await this.#saveManifest();
      this.#report.ms = performance.now() - started;
      this.#setStatus({ state: 'ready', progress: null });
    });
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    if (this.#statusTimer) clearTimeout(this.#statusTimer);
    if (this.#relatedTimer) clearTimeout(this.#relatedTimer);
    this.#cacheLoaded();
    this.#watchingReady();
    await this.#watcher?.close();
    await this.#pool.close();
  }

  // ───────────────────────────── indexing ─────────────────────────────

  #newReport(): IndexingReport {
    this.#runs += 1;
    return emptyReport(this.#runs);
  }

  async #open(): Promise<void> {
    const started = performance.now();
    this.#report = this.#newReport();
    let real: string;
    try {
      real = await realpath(this.root);
      if (!(await stat(real)).isDirectory()) throw new Error('not a folder');
    } catch {
      this.#cacheLoaded();
      this.#setStatus({
        state: 'error',
        progress: null,
        message: `The folder ${this.root} cannot be read.`,
      });
      return;
    }
    const cache = new IndexCache(this.#options.cacheDir, real);
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
    this.#cacheLoaded();

    const files = await this.#walk();
    this.#setStatus({ state: 'indexing' });
    await this.#execute(this.#plan(files, [...this.#catalogue.coverage(), ...lost]));
    await this.#saveManifest();
    this.#report.ms = performance.now() - started;
    const problem = this.#report.cacheProblem;
    this.#setStatus({
      state: 'ready',
      progress: null,
      message:
        problem === 'damaged'
          ? DAMAGED_CACHE_MESSAGE
          : problem === 'outdated'
            ? OUTDATED_CACHE_MESSAGE
            : null,
    });
    if (this.#options.watch && !this.#closed) {
      this.#watcher = new ArchiveWatcher(
        this.root,
        (batch) => {
          this.#enqueue(() => this.#applyBatch(batch)).catch(() => undefined);
        },
        this.#tuning.watch,
      );
      void this.#watcher.ready.then(() => this.#watchingReady());
    }
  }

  /** The archive's story files (sorted by path); the walk's own skips are remembered. */
  async #walk(): Promise<BuildFile[]> {
    this.#setStatus({ progress: { phase: 'scan', done: 0, total: 0 } });
    const walk = await walkArchive(this.root);
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
    const loads = new Array<number>(this.#pool.size).fill(0);
    const lost: SegmentCoverage[] = [];
    let done = 0;
    this.#setStatus({
      state: 'indexing',
      progress: { phase: 'load', done, total: segments.length },
    });
    const ordered = [...segments].sort((a, b) => b.bytes - a.bytes);
    await Promise.all(
      ordered.map(async (segment) => {
        const worker = loads.indexOf(Math.min(...loads));
        loads[worker] = (loads[worker] as number) + segment.bytes;
        try {
          const summary = await this.#workers(() =>
            this.#pool.request(worker, {
              type: 'load',
              segmentId: segment.id,
              path: this.#cachePath(segment.id),
              checksum: segment.checksum,
            }),
          );
          this.#catalogue.add(summary, worker);
          this.#report.segmentsLoaded += 1;
          this.#changed();
        } catch (error) {
          if (!(error instanceof WorkerRequestError) || error.kind === 'stopped') throw error;
          lost.push({ segmentId: segment.id, firstFile: segment.firstFile, files: new Map() });
        }
        done += 1;
        this.#setStatus({ progress: { phase: 'load', done, total: segments.length } });
      }),
    );
    return lost;
  }

  /** Builds what the plan says, in all workers, and swaps each rebuilt segment in whole. */
  async #execute(plan: SegmentPlan): Promise<void> {
    const total = plan.build.reduce((sum, build) => sum + build.files.length, 0);
    let done = 0;
    const progress: IndexProgress = { phase: 'index', done, total };
    if (total > 0) this.#setStatus({ state: 'indexing', progress });

    // Builds replacing a segment run in the worker holding it (to reuse its unchanged stories).
    const queues: { files: BuildFile[]; replaces: string[] }[][] = Array.from(
      { length: this.#pool.size },
      () => [],
    );
    const shared: { files: BuildFile[]; replaces: string[] }[] = [];
    for (const build of plan.build) {
      const holder = build.replaces
        .map((id) => this.#catalogue.segment(id)?.worker)
        .find((worker) => worker !== undefined);
      if (holder === undefined) shared.push(build);
      else (queues[holder] as { files: BuildFile[]; replaces: string[] }[]).push(build);
    }
    // A replaced segment is swapped out when all its replacements are built.
    const waiting = new Map<string, number>();
    const built = new Map<string, { summary: SegmentSummary; worker: number }[]>();
    for (const build of plan.build) {
      for (const id of build.replaces) waiting.set(id, (waiting.get(id) ?? 0) + 1);
    }
    const swapIn = (summary: SegmentSummary, worker: number, replaces: string[]) => {
      if (replaces.length === 0) {
        this.#catalogue.add(summary, worker);
      } else {
        for (const id of replaces) {
          const parts = built.get(id) ?? [];
          parts.push({ summary, worker });
          built.set(id, parts);
          const left = (waiting.get(id) ?? 1) - 1;
          waiting.set(id, left);
          if (left === 0) {
            const old = this.#catalogue.retire(id);
            if (old) this.#retiredWorkers.set(id, old.worker);
            for (const part of parts) this.#catalogue.add(part.summary, part.worker);
          }
        }
      }
      this.#report.segmentsBuilt += 1;
      this.#report.filesRead += summary.filesRead;
      this.#changed();
    };

    await Promise.all(
      queues.map(async (mine, worker) => {
        for (;;) {
          const build = mine.shift() ?? shared.shift();
          if (!build) return;
          const segmentId = newSegmentId();
          let before = 0;
          const summary = await this.#workers(() =>
            this.#pool.request(
              worker,
              {
                type: 'build',
                segmentId,
                root: this.root,
                files: build.files,
                reuseFrom: build.replaces,
                path: this.#cachePath(segmentId),
              },
              (filesDone) => {
                done += filesDone - before;
                before = filesDone;
                this.#setStatus({ progress: { phase: 'index', done, total } });
              },
            ),
          );
          done += build.files.length - before;
          swapIn(summary, worker, build.replaces);
        }
      }),
    );
    await this.#dropSegments(plan.drop);
  }

  /** Retires segments from the catalogue and frees them in their workers. */
  async #dropSegments(segmentIds: readonly string[]): Promise<void> {
    await Promise.all(
      segmentIds.map(async (segmentId) => {
        const worker =
          this.#catalogue.retire(segmentId)?.worker ?? this.#retiredWorkers.get(segmentId);
        this.#retiredWorkers.delete(segmentId);
        if (worker === undefined) return;
        await this.#workers(() => this.#pool.request(worker, { type: 'drop', segmentId }));
        this.#report.segmentsDropped += 1;
        this.#changed();
      }),
    );
  }

  async #applyBatch(batch: WatchBatch): Promise<void> {
    if (this.#closed) return;
    const started = performance.now();
    this.#report = this.#newReport();
    const entries = new Map<string, BuildFile>();
    for (const coverage of this.#catalogue.coverage()) {
      for (const [file, known] of coverage.files) entries.set(file, { file, ...known });
    }
    for (const folder of batch.removedFolders) {
      for (const file of [...entries.keys()])
        if (file.startsWith(`${folder}/`)) entries.delete(file);
    }
    const walkSkipped = new Map(this.#walkSkipped.map((skipped) => [skipped.file, skipped]));
    const taken = new Set([...entries.values()].map((entry) => entry.id));
    for (const file of batch.files) {
      const info = await stat(join(this.root, file)).catch(() => null);
      const known = entries.get(file);
      walkSkipped.delete(file);
      if (!info?.isFile()) {
        entries.delete(file);
        continue;
      }
      if (info.size > MAX_STORY_BYTES) {
        entries.delete(file);
        walkSkipped.set(file, { file, reason: tooBigReason(info.size) });
        continue;
      }
      const id = known?.id ?? storyIdFor(file, taken);
      taken.add(id);
      entries.set(file, { id, file, size: info.size, mtimeMs: info.mtimeMs });
    }
    this.#walkSkipped = [...walkSkipped.values()];
    const files = [...entries.values()].sort((a, b) => compareFiles(a.file, b.file));
    const plan = this.#plan(files, this.#catalogue.coverage());
    if (plan.build.length === 0 && plan.drop.length === 0) {
      this.#setStatus({});
      return;
    }
    await this.#execute(plan);
    await this.#saveManifest();
    this.#report.ms = performance.now() - started;
    this.#setStatus({ state: 'ready', progress: null });
  }

  #plan(files: BuildFile[], coverage: SegmentCoverage[]): SegmentPlan {
    return this.#tuning.segmentLimits
      ? planSegments(files, coverage, this.#tuning.segmentLimits)
      : planSegments(files, coverage);
  }

  async #saveManifest(): Promise<void> {
    const cache = this.#cache;
    if (!cache || this.#closed) return;
    const segments = this.#catalogue.manifestSegments();
    await cache.writeManifest(segments);
    await cache.removeUnlisted(new Set(segments.map((segment) => segment.id)));
  }

  #cachePath(segmentId: string): string {
    return (this.#cache as IndexCache).segmentPath(segmentId);
  }

  // ───────────────────────────── answers ─────────────────────────────

  async #respond(page: Page, plan: SearchPlan | null, started: number): Promise<SearchResponse> {
    const snippets = await this.#snippets(page, plan);
    return {
      total: page.total,
      tookMs: Math.round((performance.now() - started) * 100) / 100,
      hits: page.hits.map(({ candidate, duplicates }, i) =>
        toSearchHit(candidate, duplicates, snippets[i] as Snippet),
      ),
      facets: page.facets,
    };
  }

  /** Snippets of the page's stories, from the workers holding them. */
  async #snippets(page: Page, plan: SearchPlan | null): Promise<Snippet[]> {
    const byWorker = new Map<number, { index: number; segment: CatalogueSegment; doc: number }[]>();
    page.hits.forEach(({ candidate }, index) => {
      const list = byWorker.get(candidate.segment.worker) ?? [];
      list.push({ index, segment: candidate.segment, doc: candidate.doc });
      byWorker.set(candidate.segment.worker, list);
    });
    const snippets: Snippet[] = page.hits.map(() => ({ text: '', highlights: [] }));
    await Promise.all(
      [...byWorker].map(async ([worker, list]) => {
        const answers = await this.#workers(() =>
          this.#pool.request(worker, {
            type: 'snippets',
            plan,
            stories: list.map(({ segment, doc }) => ({ segmentId: segment.segmentId, doc })),
          }),
        );
        list.forEach(({ index }, k) => {
          snippets[index] = answers[k] ?? { text: '', highlights: [] };
        });
      }),
    );
    return snippets;
  }

  /** Ranges of the query's matches in the story, for the reader; null for a query with none. */
  #highlights(queryText: string, story: StoryResponse['story']): StoryHighlights | null {
    let plan: SearchPlan | null = null;
    try {
      const query = parseQuery(queryText);
      plan = planSearch(query, {}, this.#catalogue.vocabulary, this.#catalogue.statistics);
    } catch {
      return null;
    }
    if (!plan) return null;
    const items = highlightItems(plan);
    if (items.length === 0) return null;
    const mark = (text: string, field: 'title' | 'captions' | 'body'): Range[] =>
      highlightText(text, field, items);
    return {
      title: mark(story.title, 'title'),
      captions: story.captions.map((caption) => mark(caption, 'captions')),
      paragraphs: story.paragraphs.map((paragraph) => mark(paragraph, 'body')),
    };
  }

  /**
   * The related-stories index over every story, rebuilt when the content changed. Headlines
   * and term vectors come from the workers (they stay out of main until asked for); a
   * segment's records are parsed once and kept until the segment is replaced (a rebuilt
   * segment gets a new id), so a live change fetches only the segments it touched.
   */
  #relatedIndex(): Promise<RelatedIndex> {
    const generation = this.#status.generation;
    if (this.#related?.generation !== generation) {
      const index = this.#buildRelatedIndex();
      index.then(
        (built) => {
          if (!this.#relatedBuilt || this.#relatedBuilt.generation < generation) {
            this.#relatedBuilt = { generation, index: built };
          }
        },
        () => {
          if (this.#related?.index === index) this.#related = null;
        },
      );
      this.#related = { generation, index };
    }
    return this.#related.index;
  }

  async #buildRelatedIndex(): Promise<RelatedIndex> {
    const segments = [...this.#catalogue.segments()];
    const held = new Set(segments.map((segment) => segment.segmentId));
    for (const segmentId of this.#relatedRecords.keys()) {
      if (!held.has(segmentId)) this.#relatedRecords.delete(segmentId);
    }
    const missing = [...held].filter((segmentId) => !this.#relatedRecords.has(segmentId));
    if (missing.length > 0) {
      const replies = await this.#workers(() =>
        this.#pool.all({ type: 'related', segmentIds: missing }),
      );
      for (const { segmentId, json } of replies.flat()) {
        this.#relatedRecords.set(segmentId, JSON.parse(json) as RelatedRecord[]);
      }
    }
    const docs: RelatedDoc[] = [];
    for (const segment of segments) {
      const related = this.#relatedRecords.get(segment.segmentId);
      if (!related) continue;
      segment.stories.forEach((story, doc) => {
        const record = related[doc];
        if (!record) return;
        docs.push({
          id: story.id,
          title: story.title,
          date: story.date,
          section: story.section,
          headlines: record.headlines,
          vector: record.vector,
        });
      });
    }
    return createRelatedIndex(docs);
  }

  /**
   * Builds the related index in the background once indexing settles, so the first story a
   * reader opens does not wait for it; until it is ready, related() answers from the previous
   * index (at most one batch of changes old) when that one knows the story.
   */
  #scheduleRelatedBuild(): void {
    if (this.#relatedTimer) clearTimeout(this.#relatedTimer);
    this.#relatedTimer = setTimeout(() => {
      this.#relatedTimer = null;
      if (!this.#closed) this.#relatedIndex().catch(() => undefined);
    }, RELATED_BUILD_DELAY_MS);
    this.#relatedTimer.unref();
  }

  // ───────────────────────────── plumbing ─────────────────────────────

  #enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.#queue.then(async () => {
      if (this.#closed) return;
      try {
        await task();
        // A watching archive (the app, the browser mode) is read for a while: have related
        // stories ready before they are asked for. A one-shot CLI run builds them on demand.
        if (this.#options.watch && !this.#closed) this.#scheduleRelatedBuild();
      } catch (error) {
        if (this.#closed) return;
        this.#setStatus({
          state: 'error',
          progress: null,
          message: `Indexing stopped: ${error instanceof Error ? error.message : String(error)}`,
        });
      }
    });
    this.#queue = run;
    return run;
  }

  /** Runs a pool request; once closed, a stopped worker means "closed", not a failure. */
  async #workers<T>(request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      if (this.#closed) throw new ClippingsError('E_NO_ARCHIVE', 'The archive was closed.');
      throw error;
    }
  }

  #assertOpen(): void {
    if (this.#closed) throw new ClippingsError('E_NO_ARCHIVE', 'The archive was closed.');
  }

  /** The searchable content changed: count it in the status. */
  #changed(): void {
    this.#setStatus({ generation: this.#status.generation + 1 });
  }

  #setStatus(change: Partial<ArchiveStatus>): void {
    const skippedFiles = [...this.#walkSkipped, ...this.#catalogue.skippedFiles()];
    this.#status = {
      ...this.#status,
      ...change,
      stories: this.#catalogue.storyCount,
      segments: this.#catalogue.segmentCount,
      skipped: skippedFiles.length,
      skippedFiles: skippedFiles.slice(0, MAX_SKIPPED_LISTED),
    };
    if (this.#closed) return;
    // Progress alone is sent at most every STATUS_INTERVAL_MS; anything else at once.
    const onlyProgress = Object.keys(change).every(
      (key) => key === 'progress' || key === 'generation',
    );
    if (onlyProgress && this.#statusTimer) return;
    if (onlyProgress) {
      this.#statusTimer = setTimeout(() => {
        this.#statusTimer = null;
        if (!this.#closed) this.#events.emit('status', this.#status);
      }, STATUS_INTERVAL_MS);
      return;
    }
    this.#events.emit('status', this.#status);
  }
}

function newSegmentId(): string {
  return randomBytes(8).toString('hex');
}

function notFound(): ClippingsError {
  return new ClippingsError('E_NOT_FOUND', 'This story is no longer in the archive.');
}

function emptyReport(run = 0): IndexingReport {
  return {
    run,
    segmentsLoaded: 0,
    segmentsBuilt: 0,
    segmentsDropped: 0,
    filesRead: 0,
    cacheProblem: null,
    ms: 0,
  };
}

function emptyResponse(started: number): SearchResponse {
  return {
    total: 0,
    tookMs: Math.round((performance.now() - started) * 100) / 100,
    hits: [],
    facets: { sections: [], months: [] },
  };
}

function pageOf(request: { limit?: number; offset?: number }): { limit: number; offset: number } {
  return { limit: request.limit ?? DEFAULT_LIMIT, offset: request.offset ?? 0 };
}

function filtersOf(request: SearchRequest): BrowseRequest {
  return {
    ...(request.sections ? { sections: request.sections } : {}),
    ...(request.from ? { from: request.from } : {}),
    ...(request.to ? { to: request.to } : {}),
  };
}
