/**
 * The index coordinator's promise to search (segment-builds.ts states it): while a segment is
 * rebuilt under live changes or a reindex, a search never sees a story twice, and a live
 * rebuild never loses a story that did not change.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../../contract/api';
import { IndexedArchive } from '../../../main/core/service/indexed-archive';

const FIXTURE = join(__dirname, '../../fixtures/search/archive');
/** Stories of the fixture archive that mention a harbour, folded as search shows them. */
const HARBOUR_STORIES = 5;

let dir: string;
let service: IndexedArchive;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'clippings-coordinator-'));
  await cp(FIXTURE, join(dir, 'archive'), { recursive: true });
  service = new IndexedArchive(
    join(dir, 'archive'),
    { cacheDir: join(dir, 'cache'), watch: true, workers: 2 },
    {
      segmentLimits: { stories: 3, bytes: 1_000_000 },
      watch: { stableMs: 50, quietMs: 50, maxWaitMs: 500 },
    },
  );
  await service.ready;
  await service.watching;
});

afterEach(async () => {
  await service.close();
  await rm(dir, { recursive: true, force: true });
});

/** Searches over and over until `done()` is true; returns every answer seen. */
async function searchWhile(done: () => boolean, query: string): Promise<SearchResponse[]> {
  const answers: SearchResponse[] = [];
  const deadline = Date.now() + 10_000;
  while (!done() && Date.now() < deadline) {
    answers.push(await service.search({ query, limit: 50 }));
    // An answer without worker work settles in microtasks: let the index's own work run.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return answers;
}

const repeated = (answer: SearchResponse): string[] =>
  answer.hits.map((hit) => hit.id).filter((id, at, all) => all.indexOf(id) !== at);

describe('IndexCoordinator: what search sees while segments are rebuilt', () => {
  it('never shows a story twice nor loses an unchanged one during a live rebuild', async () => {
    const before = service.lastIndexing().run;
    const applied = () => service.lastIndexing().run > before && service.lastIndexing().ms > 0;
    const edited = join(dir, 'archive', '004_5e6f708192a3b4c5.txt');
    await writeFile(edited, (await readFile(edited, 'utf8')).replace('Toy makers', 'Kite makers'));
    const answers = await searchWhile(applied, 'harbour');
    expect(service.lastIndexing()).toMatchObject({ segmentsBuilt: 1, filesRead: 1 });
    expect(answers.length).toBeGreaterThan(0);
    for (const answer of answers) {
      expect(repeated(answer)).toEqual([]);
      expect(answer.total).toBe(HARBOUR_STORIES);
    }
    expect((await service.search({ query: 'kite makers' })).total).toBe(1);
  });

  it('never shows a story twice during a reindex', async () => {
    let finished = false;
    const reindex = service.reindex().then(() => (finished = true));
    const answers = await searchWhile(() => finished, 'harbour');
    await reindex;
    for (const answer of answers) {
      expect(repeated(answer)).toEqual([]);
      expect(answer.total).toBeLessThanOrEqual(HARBOUR_STORIES);
    }
    expect((await service.search({ query: 'harbour' })).total).toBe(HARBOUR_STORIES);
  });
});
