/**
 * A segment file damaged after it was opened (its postings and texts are read on demand):
 * search goes on answering, the segment is rebuilt from the story files, and the status says
 * the cache was damaged (issue 18: "a corrupt cache is rebuilt").
 */
import { cp, mkdtemp, readdir, rm, truncate } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IndexedArchive } from '../../../main/core/service/indexed-archive';

const FIXTURE = join(__dirname, '../../fixtures/search/archive');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'clippings-damaged-'));
  await cp(FIXTURE, join(dir, 'archive'), { recursive: true });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function cutSegmentFiles(cacheDir: string): Promise<void> {
  for (const folder of await readdir(cacheDir)) {
    for (const name of await readdir(join(cacheDir, folder))) {
      if (name.endsWith('.bin')) await truncate(join(cacheDir, folder, name), 2_000);
    }
  }
}

describe('a segment file damaged while the archive is open', () => {
  it('is left out of a search, rebuilt from the story files, and said', async () => {
    const cacheDir = join(dir, 'cache');
    const service = new IndexedArchive(join(dir, 'archive'), { cacheDir, workers: 1 });
    try {
      await service.ready;
      expect(service.status().stories).toBe(9);
      // Cut before any search: nothing of the files is in the block cache yet.
      await cutSegmentFiles(cacheDir);
      // Answers (without the damaged segment's stories) rather than fail.
      await expect(service.search({ query: 'harbour' })).resolves.toBeDefined();
      const deadline = Date.now() + 10_000;
      let total = 0;
      while (Date.now() < deadline && total !== 5) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        total = (await service.search({ query: 'harbour' })).total;
      }
      expect(total).toBe(5);
      const [hit] = (await service.search({ query: 'harbour pilots' })).hits;
      expect(hit?.snippet.text).toMatch(/Harbour pilots/);
      while (Date.now() < deadline && !service.status().message) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(service.status().message).toMatch(/index cache was damaged and has been rebuilt/);
    } finally {
      await service.close();
    }
  });
});
