import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLOCK_SIZE } from '../../../main/core/index/block-cache';
import { WorkerSegments } from '../../../main/core/index/worker-segments';
import type { BuildFile, SegmentSummary } from '../../../main/core/index/worker-protocol';
import type { StoryRecord } from '../../../main/core/index/story-record';
import { parseQuery } from '../../../main/core/search/parse-query';
import { planSearch } from '../../../main/core/search/search-plan';
import { Vocabulary } from '../../../main/core/search/vocabulary';
import { walkArchive } from '../../../main/core/story/walk-archive';
import { generateArchive } from '../../../tools/generate/generate-archive';

let dir: string;
let root: string;
let files: BuildFile[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'clippings-on-demand-'));
  root = join(dir, 'archive');
  await generateArchive(root, { stories: 400, seed: 7, style: 'wire' });
  const { entries } = await walkArchive(root);
  files = entries.map(({ id, file, size, mtimeMs }) => ({ id, file, size, mtimeMs }));
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function planFor(summary: SegmentSummary, query: string) {
  const vocabulary = new Vocabulary();
  vocabulary.addSegment(summary.segmentId, summary.termsText.split('\n'), summary.frequencies);
  const stories = (JSON.parse(summary.storiesJson) as StoryRecord[]).length;
  return planSearch(parseQuery(query), {}, vocabulary, {
    documentCount: stories,
    fieldLengthTotals: summary.fieldLengthTotals,
  });
}

const QUERIES = [
  'shares',
  'company said',
  '"the company"',
  'contain*',
  'said -chairman',
  'title:ships',
  'president date:2021',
];

describe('a segment searched from its cache file', () => {
  it('answers every kind of query as the same segment held in memory, through a one-block cache', async () => {
    const request = { segmentId: 'aaaaaaaaaaaaaaaa', root, files, reuseFrom: [] };
    const inMemory = new WorkerSegments();
    const held = await inMemory.build({ ...request, path: null }, () => undefined);
    const onDisk = new WorkerSegments(BLOCK_SIZE);
    const path = join(dir, 'segment.bin');
    const read = await onDisk.build({ ...request, path }, () => undefined);
    expect((await stat(path)).size).toBeGreaterThan(4 * BLOCK_SIZE);
    for (const query of QUERIES) {
      const plan = planFor(held, query);
      expect(plan, query).not.toBeNull();
      const expected = inMemory.search(plan!);
      const actual = onDisk.search(plan!);
      expect(expected.docs.length, query).toBeGreaterThan(0);
      expect([...actual.docs], query).toEqual([...expected.docs]);
      expect([...actual.scores], query).toEqual([...expected.scores]);
      const page = [...expected.docs.slice(0, 5)].map((doc) => ({
        segmentId: read.segmentId,
        doc,
      }));
      expect(onDisk.snippets(plan, page), query).toEqual(inMemory.snippets(plan, page));
    }
    const memory = onDisk.memory();
    expect(memory.blockCache.heldBytes).toBeLessThanOrEqual(BLOCK_SIZE);
    // What stays in memory is the dictionary and offsets: a small part of the file.
    expect(memory.residentBytes).toBeLessThan(read.bytes / 3);
  });

  it('loads a cached segment without holding its postings, texts or related records', async () => {
    const builder = new WorkerSegments();
    const path = join(dir, 'loaded.bin');
    const built = await builder.build(
      { segmentId: 'bbbbbbbbbbbbbbbb', root, files, reuseFrom: [], path },
      () => undefined,
    );
    const loader = new WorkerSegments(4 * BLOCK_SIZE);
    const loaded = await loader.load({
      segmentId: 'bbbbbbbbbbbbbbbb',
      path,
      checksum: built.checksum,
      bytes: built.bytes,
    });
    expect(loaded.storiesJson).toBe(built.storiesJson);
    expect(loader.memory().blockCache.misses).toBe(0);
    const plan = planFor(loaded, 'market');
    expect(loader.search(plan!).docs.length).toBeGreaterThan(0);
    expect(loader.memory().blockCache.misses).toBeGreaterThan(0);
    const [related] = loader.related(['bbbbbbbbbbbbbbbb']);
    expect(JSON.parse(related!.headlinesJson)).toHaveLength(files.length);
    expect(related!.lengths).toHaveLength(files.length);
  });
});
