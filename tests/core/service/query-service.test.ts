/**
 * Opening a story with the query's words marked: a query that cannot be searched has nothing
 * to mark, but a failure while marking is a fault, not "no highlights" in silence.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as SearchPlan from '../../../main/core/search/search-plan';
import { IndexedArchive } from '../../../main/core/service/indexed-archive';

/** While `on`, planning a query fails as a bug would (not as a query that cannot be read). */
const failMarking = vi.hoisted(() => ({ on: false }));
vi.mock('../../../main/core/search/search-plan', async (importOriginal) => {
  const real = await importOriginal<typeof SearchPlan>();
  return {
    ...real,
    planSearch: (...args: Parameters<typeof real.planSearch>) => {
      if (failMarking.on) throw new TypeError('a bug while marking words');
      return real.planSearch(...args);
    },
  };
});

const FIXTURE = join(__dirname, '../../fixtures/search/archive');
const HARBOUR = '000_1a2b3c4d5e6f7081';
let dir: string;
let service: IndexedArchive;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'clippings-queries-'));
  await cp(FIXTURE, join(dir, 'archive'), { recursive: true });
  service = new IndexedArchive(join(dir, 'archive'), { cacheDir: join(dir, 'cache'), workers: 2 });
  await service.ready;
});
afterAll(async () => {
  await service.close();
  await rm(dir, { recursive: true, force: true });
});

describe('QueryService.story with a query', () => {
  it('marks the query’s words', async () => {
    const { highlights } = await service.story({ id: HARBOUR, query: 'harbour' });
    expect(highlights?.title).toEqual([[0, 7]]);
  });

  it('marks nothing for a query that cannot be searched, and still opens the story', async () => {
    const answer = await service.story({ id: HARBOUR, query: 'date:someday harbour' });
    expect(answer.story.title).toBe('Harbour pilots strike over night shifts');
    expect(answer.highlights).toBeNull();
  });

  it('does not hide a failure while marking as "no highlights"', async () => {
    failMarking.on = true;
    try {
      await expect(service.story({ id: HARBOUR, query: 'harbour' })).rejects.toThrow(
        'a bug while marking words',
      );
    } finally {
      failMarking.on = false;
    }
  });
});
