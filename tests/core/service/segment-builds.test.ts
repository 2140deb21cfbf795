/**
 * SegmentBuilds keeps the rule search relies on: at every moment a search can run (whenever a
 * build step awaits), each story is in exactly one catalogued segment. Workers are stood in for
 * by a pool that answers each build with records of the files it was given, slowly, in an
 * order that interleaves the builds.
 */
import { describe, expect, it } from 'vitest';
import { Catalogue } from '../../../main/core/index/catalogue';
import { planSegments } from '../../../main/core/index/segment-plan';
import type { StoryRecord } from '../../../main/core/index/story-record';
import type { WorkerPool } from '../../../main/core/index/worker-pool';
import type { BuildFile, SegmentSummary } from '../../../main/core/index/worker-protocol';
import { ArchiveLifetime } from '../../../main/core/service/archive-lifetime';
import type { ArchiveStatusFeed } from '../../../main/core/service/archive-status-feed';
import { emptyReport } from '../../../main/core/service/indexing-report';
import { SegmentBuilds } from '../../../main/core/service/segment-builds';

const file = (n: number, mtimeMs = 1): BuildFile => ({
  id: `s${String(n).padStart(3, '0')}`,
  file: `s${String(n).padStart(3, '0')}.txt`,
  size: 100,
  mtimeMs,
});

function summaryOf(segmentId: string, files: readonly BuildFile[]): SegmentSummary {
  const stories: StoryRecord[] = files.map((f) => ({
    ...f,
    hash: '',
    title: f.id,
    date: '2022-11-01',
    section: 'world',
    byline: null,
    duplicateKey: null,
  }));
  return {
    segmentId,
    storiesJson: JSON.stringify(stories),
    skipped: [],
    termsText: 'word',
    frequencies: Uint32Array.of(files.length),
    fieldLengthTotals: [files.length, 0, 0, 0, 0, files.length],
    checksum: '0'.repeat(64),
    bytes: 100 * files.length,
    filesRead: files.length,
    cacheWriteError: null,
  };
}

/** A pool of two "workers" whose builds finish after a delay that differs per build. */
function fakePool(): WorkerPool {
  let builds = 0;
  return {
    size: 2,
    request: async (
      _worker: number,
      job: { type: string; segmentId: string; files?: BuildFile[] },
    ) => {
      await new Promise((resolve) => setTimeout(resolve, 5 + ((builds += 1) % 3) * 7));
      return job.type === 'build' ? summaryOf(job.segmentId, job.files ?? []) : true;
    },
  } as unknown as WorkerPool;
}

/** Every story id the catalogue lists, with its segments' count of each. */
function storyCounts(catalogue: Catalogue): Map<string, number> {
  const counts = new Map<string, number>();
  for (const segment of catalogue.segments()) {
    for (const story of segment.stories) counts.set(story.id, (counts.get(story.id) ?? 0) + 1);
  }
  return counts;
}

describe('SegmentBuilds', () => {
  it('keeps each story in exactly one catalogued segment while segments are replaced', async () => {
    const catalogue = new Catalogue();
    const original = Array.from({ length: 12 }, (_, n) => file(n));
    const limits = { stories: 4, bytes: 1_000_000 };
    // The archive as first indexed: three segments of four stories.
    planSegments(original, [], limits).build.forEach((build, at) => {
      catalogue.add(summaryOf(`old${at}`, build.files), at % 2);
    });

    const seen: Map<string, number>[] = [];
    const feed = {
      update: () => undefined,
      contentChanged: () => seen.push(storyCounts(catalogue)),
    } as unknown as ArchiveStatusFeed;
    const pool = fakePool();
    const builds = new SegmentBuilds({
      root: '/archive',
      pool,
      catalogue,
      lifetime: new ArchiveLifetime(),
      feed,
      cachePath: (id) => `/cache/${id}`,
      onUnsaved: () => undefined,
    });
    // Changes in two segments, one of which grows past 1.5× and is split in two.
    const changed = [
      ...original.map((f, n) => (n === 1 || n === 9 ? file(n, 2) : f)),
      file(10.5),
      file(10.6),
      file(10.7),
    ].sort((a, b) => (a.file < b.file ? -1 : 1));
    const plan = planSegments(changed, catalogue.coverage(), limits);
    expect(plan.build.length).toBeGreaterThanOrEqual(3);

    // Check the catalogue at every turn of the event loop, as a search would see it.
    let running = true;
    const probe = (async () => {
      while (running) {
        seen.push(storyCounts(catalogue));
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    await builds.execute(plan, emptyReport(1));
    running = false;
    await probe;

    const expected = new Set(changed.map((f) => f.id));
    expect(seen.length).toBeGreaterThan(5);
    for (const counts of seen) {
      expect([...counts.values()].every((count) => count === 1)).toBe(true);
      const ids = new Set(counts.keys());
      // Before or after the change, never a mixture that loses an unchanged story.
      for (const id of ids)
        expect(expected.has(id) || original.some((f) => f.id === id)).toBe(true);
      for (const f of original) expect(ids.has(f.id)).toBe(true);
    }
    expect(new Set(storyCounts(catalogue).keys())).toEqual(expected);
  });
});
