/**
 * The memory cap (issue 18): an index whose word lists alone need more than the cap still
 * answers, and the status says so in one sentence; under the cap nothing is said.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IndexedArchive } from '../../../main/core/service/indexed-archive';
import { memoryCapNote } from '../../../main/core/service/memory-note';

const FIXTURE = join(__dirname, '../../fixtures/search/archive');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'clippings-memory-cap-'));
  await cp(FIXTURE, join(dir, 'archive'), { recursive: true });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function statusMessage(service: IndexedArchive): Promise<string | null> {
  await service.ready;
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline && !service.status().message?.includes('memory')) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return service.status().message;
}

describe('the memory cap', () => {
  it('says the index is over its cap, in a sentence, and goes on answering', async () => {
    const service = new IndexedArchive(
      join(dir, 'archive'),
      { cacheDir: join(dir, 'cache'), workers: 1 },
      { memoryCapBytes: 1_000 },
    );
    try {
      expect(await statusMessage(service)).toMatch(
        /^The index keeps \d+ MB of word lists in memory, over its memory cap of 0 MB: search still works/,
      );
      expect((await service.search({ query: 'harbour' })).total).toBeGreaterThan(0);
    } finally {
      await service.close();
    }
  });

  it('says nothing about memory under the cap', async () => {
    const service = new IndexedArchive(join(dir, 'archive'), {
      cacheDir: join(dir, 'cache'),
      workers: 1,
      memoryCapMb: 64,
    });
    try {
      await service.ready;
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(service.status().message ?? '').not.toMatch(/memory/);
    } finally {
      await service.close();
    }
  });

  it('rounds up what is kept, so a note never says "0 MB over"', () => {
    expect(memoryCapNote(10, 1 << 20)).toBeNull();
    expect(memoryCapNote(3 << 20, 2 << 20)).toMatch(/keeps 3 MB .* cap of 2 MB/);
  });
});
