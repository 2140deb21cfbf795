import { describe, expect, it } from 'vitest';
import type { BuildFile } from '../../../main/core/index/worker-protocol';
import type { SegmentCoverage } from '../../../main/core/index/segment-plan';
import { planSegments } from '../../../main/core/index/segment-plan';

const LIMITS = { stories: 4, bytes: 1_000_000 };

function file(n: number, mtimeMs = 1): BuildFile {
  const name = String(n).padStart(3, '0');
  return { id: name, file: `${name}.txt`, size: 100, mtimeMs };
}

function coverage(segmentId: string, files: BuildFile[]): SegmentCoverage {
  return {
    segmentId,
    firstFile: files[0]!.file,
    files: new Map(files.map((f) => [f.file, { id: f.id, size: f.size, mtimeMs: f.mtimeMs }])),
  };
}

const range = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => file(from + i));

describe('planSegments', () => {
  it('splits a new archive into consecutive segments of the target size', () => {
    const plan = planSegments(range(0, 10), [], LIMITS);
    const parts = plan.build.map((build) => build.files.map((f) => f.id));
    expect(parts).toHaveLength(3);
    expect(parts.flat()).toEqual(range(0, 10).map((f) => f.id));
    for (const part of parts) expect(part.length).toBeGreaterThanOrEqual(3);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(4);
    expect(plan.keep).toEqual([]);
  });

  it('keeps every segment whose files did not change', () => {
    const segments = [coverage('a', range(0, 4)), coverage('b', range(4, 8))];
    expect(planSegments(range(0, 8), segments, LIMITS)).toEqual({
      keep: ['a', 'b'],
      build: [],
      drop: [],
    });
  });

  it('rebuilds only the segment around a changed, added or removed file', () => {
    const segments = [coverage('a', range(0, 4)), coverage('b', range(4, 8))];
    const changed = range(0, 8).map((f) => (f.id === '005' ? file(5, 2) : f));
    expect(planSegments(changed, segments, LIMITS)).toMatchObject({
      keep: ['a'],
      build: [{ replaces: ['b'] }],
      drop: ['b'],
    });
    const removed = range(0, 8).filter((f) => f.id !== '001');
    expect(planSegments(removed, segments, LIMITS)).toMatchObject({ keep: ['b'], drop: ['a'] });
    const inserted = [...range(0, 8), { ...file(4), id: '004b', file: '004b.txt' }].sort((x, y) =>
      x.file < y.file ? -1 : 1,
    );
    const plan = planSegments(inserted, segments, LIMITS);
    expect(plan.keep).toEqual(['a']);
    expect(plan.build[0]?.files.map((f) => f.id)).toEqual(['004', '004b', '005', '006', '007']);
  });

  it('starts a new segment for files appended after a full segment, rebuilding nothing', () => {
    const segments = [coverage('a', range(0, 4)), coverage('b', range(4, 8))];
    const plan = planSegments(range(0, 10), segments, LIMITS);
    expect(plan.keep).toEqual(['a', 'b']);
    expect(plan.build).toEqual([{ files: [file(8), file(9)], replaces: [] }]);
    expect(plan.drop).toEqual([]);
  });

  it('grows a small last segment with appended files instead of adding another', () => {
    const segments = [coverage('a', range(0, 4)), coverage('b', range(4, 5))];
    const plan = planSegments(range(0, 7), segments, LIMITS);
    expect(plan.build).toEqual([{ files: range(4, 7), replaces: ['b'] }]);
  });

  it('splits a segment that grew past half again its size', () => {
    const segments = [coverage('a', range(1, 5))];
    const plan = planSegments(range(0, 9), segments, LIMITS);
    expect(plan.build.map((build) => build.files.length)).toEqual([3, 3, 3]);
    expect(plan.build.every((build) => build.replaces[0] === 'a')).toBe(true);
  });

  it('drops a segment that lost all its files, and rebuilds one whose data was lost', () => {
    const segments = [coverage('a', range(0, 4)), coverage('b', range(4, 8))];
    expect(planSegments(range(0, 4), segments, LIMITS)).toEqual({
      keep: ['a'],
      build: [],
      drop: ['b'],
    });
    const lost: SegmentCoverage = { segmentId: 'b', firstFile: '004.txt', files: new Map() };
    const plan = planSegments(range(0, 8), [segments[0]!, lost], LIMITS);
    expect(plan.keep).toEqual(['a']);
    expect(plan.build[0]?.files.map((f) => f.id)).toEqual(['004', '005', '006', '007']);
  });

  it('bounds a segment by bytes as well as stories', () => {
    const big = range(0, 6).map((f) => ({ ...f, size: 400_000 }));
    expect(planSegments(big, [], LIMITS).build.map((build) => build.files.length)).toEqual([
      2, 2, 2,
    ]);
  });
});
