/**
 * Carries out a segment plan in the workers: builds each new segment (in the worker that
 * holds the segment it replaces, so that worker reuses the unchanged stories instead of
 * re-reading them), swaps it into the catalogue, and frees the segments it replaced.
 *
 * The rule this keeps — a search never sees a story twice, nor misses one that did not
 * change: a replaced segment leaves the catalogue in the same synchronous step in which all
 * of its replacements enter it (`swapIn`), and a search maps worker hits through the
 * catalogue as it was when the search was sent, ignoring segments it did not hold then. So
 * between any two awaits, every story is in exactly one catalogued segment. The old segment is
 * freed in its worker only afterwards, by a message that reaches the worker after any search
 * sent before the swap (query-service.ts relies on this).
 *
 * A build whose worker died under it is run once more, on the worker started in its place.
 * A build whose worker was ended for spending too long on one file (worker-pool.ts) is run
 * again with that file skipped, for that reason, as often as it takes.
 */
import { randomBytes } from 'node:crypto';
import type { Catalogue } from '../index/catalogue';
import type { SegmentBuild, SegmentPlan } from '../index/segment-plan';
import type { WorkerPool } from '../index/worker-pool';
import { WorkerRequestError } from '../index/worker-pool';
import type { BuildJob, SegmentSummary } from '../index/worker-protocol';
import type { ArchiveLifetime } from './archive-lifetime';
import type { ArchiveStatusFeed } from './archive-status-feed';
import type { IndexingReport } from './indexing-report';
const STALLED_REASON =
  'Reading it kept an index worker busy far past its time budget, so it was skipped (a file built to stall a reader, or far larger than a story).';

export interface SegmentBuildsContext {
  root: string;
  pool: WorkerPool;
  catalogue: Catalogue;
  lifetime: ArchiveLifetime;
  feed: ArchiveStatusFeed;
  /** Where a segment's cache file goes; null: hold it in memory only. */
  cachePath(segmentId: string): string | null;
  /** A built segment is held in memory only (`reason`: why its file could not be written). */
  onUnsaved(reason: string | null): void;
}

export class SegmentBuilds {
  readonly #context: SegmentBuildsContext;
  /** Workers of segments swapped out but not yet freed. */
  readonly #retiredWorkers = new Map<string, number>();

  constructor(context: SegmentBuildsContext) {
    this.#context = context;
  }

  /** Builds what the plan says, in all workers, swaps each in whole, then drops the rest. */
  async execute(plan: SegmentPlan, report: IndexingReport): Promise<void> {
    const { pool, catalogue, feed, lifetime, root } = this.#context;
    const total = plan.build.reduce((sum, build) => sum + build.files.length, 0);
    let done = 0;
    if (total > 0) feed.update({ state: 'indexing', progress: { phase: 'index', done, total } });

    const queues: SegmentBuild[][] = Array.from({ length: pool.size }, () => []);
    const shared: SegmentBuild[] = [];
    for (const build of plan.build) {
      const holder = build.replaces
        .map((id) => catalogue.segment(id)?.worker)
        .find((worker) => worker !== undefined);
      if (holder === undefined) shared.push(build);
      else (queues[holder] as SegmentBuild[]).push(build);
    }
    const swapIn = this.#swapper(plan, report);

    await Promise.all(
      queues.map(async (mine, worker) => {
        for (;;) {
          const build = mine.shift() ?? shared.shift();
          if (!build) return;
          const segmentId = randomBytes(8).toString('hex');
          const job: Omit<BuildJob, 'id'> = {
            type: 'build',
            segmentId,
            root,
            files: build.files,
            reuseFrom: build.replaces,
            path: this.#context.cachePath(segmentId),
          };
          let before = 0;
          const progress = (filesDone: number): void => {
            done += filesDone - before;
            before = filesDone;
            feed.update({ progress: { phase: 'index', done, total } });
          };
          const attempt = async (): Promise<SegmentSummary> => {
            for (let deaths = 0; ;) {
              try {
                return await pool.request(worker, job, progress);
              } catch (error) {
                if (!(error instanceof WorkerRequestError)) throw error;
                done -= before;
                before = 0;
                if (error.kind === 'stalled' && error.file !== null) {
                  job.skip = [...(job.skip ?? []), { file: error.file, reason: STALLED_REASON }];
                } else if (error.kind !== 'stopped' || deaths++ > 0) {
                  throw error;
                }
              }
            }
          };
          const summary = await lifetime.call(attempt);
          done += build.files.length - before;
          const cached = job.path !== null && summary.cacheWriteError === null;
          if (!cached) this.#context.onUnsaved(summary.cacheWriteError);
          swapIn(summary, worker, build.replaces, cached);
        }
      }),
    );
    await this.drop(plan.drop, report);
  }

  /** Retires segments from the catalogue and frees them in their workers. */
  async drop(segmentIds: readonly string[], report: IndexingReport): Promise<void> {
    const { pool, catalogue, feed, lifetime } = this.#context;
    await Promise.all(
      segmentIds.map(async (segmentId) => {
        const worker = catalogue.retire(segmentId)?.worker ?? this.#retiredWorkers.get(segmentId);
        this.#retiredWorkers.delete(segmentId);
        if (worker === undefined) return;
        await lifetime.call(() => pool.request(worker, { type: 'drop', segmentId }));
        report.segmentsDropped += 1;
        feed.contentChanged();
      }),
    );
  }

  /**
   * Adds a built segment to the catalogue; a replacement waits until all the parts replacing
   * the same segment are built, then the old one leaves and the parts enter in one step.
   */
  #swapper(
    plan: SegmentPlan,
    report: IndexingReport,
  ): (summary: SegmentSummary, worker: number, replaces: string[], cached: boolean) => void {
    const { catalogue, feed } = this.#context;
    const waiting = new Map<string, number>();
    const built = new Map<string, { summary: SegmentSummary; worker: number; cached: boolean }[]>();
    for (const build of plan.build) {
      for (const id of build.replaces) waiting.set(id, (waiting.get(id) ?? 0) + 1);
    }
    return (summary, worker, replaces, cached) => {
      if (replaces.length === 0) {
        catalogue.add(summary, worker, cached);
      } else {
        for (const id of replaces) {
          const parts = built.get(id) ?? [];
          parts.push({ summary, worker, cached });
          built.set(id, parts);
          const left = (waiting.get(id) ?? 1) - 1;
          waiting.set(id, left);
          if (left === 0) {
            const old = catalogue.retire(id);
            if (old) this.#retiredWorkers.set(id, old.worker);
            for (const part of parts) catalogue.add(part.summary, part.worker, part.cached);
          }
        }
      }
      report.segmentsBuilt += 1;
      report.filesRead += summary.filesRead;
      feed.contentChanged();
    };
  }
}
