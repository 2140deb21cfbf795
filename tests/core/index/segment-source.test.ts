import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BLOCK_SIZE, BlockCache } from '../../../main/core/index/block-cache';
import { fileSource, SegmentSourceError } from '../../../main/core/index/segment-source';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'clippings-source-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A file of 3.5 blocks whose every byte says where it is. */
async function patternFile(): Promise<{ path: string; bytes: Buffer }> {
  const bytes = Buffer.alloc(BLOCK_SIZE * 3 + BLOCK_SIZE / 2);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = (i * 31 + (i >> 8)) & 0xff;
  const path = join(dir, 'segment.bin');
  await writeFile(path, bytes);
  return { path, bytes };
}

describe('fileSource', () => {
  it('reads any range exactly, aligned for typed arrays, through a cache smaller than the file', async () => {
    const { path, bytes } = await patternFile();
    const cache = new BlockCache(BLOCK_SIZE);
    const source = fileSource(path, bytes.length, cache);
    const ranges: [number, number][] = [
      [0, 16],
      [BLOCK_SIZE - 8, 24], // across a block boundary
      [8, BLOCK_SIZE * 2 + 40], // across three blocks
      [bytes.length - 8, 8],
      [BLOCK_SIZE * 2, 0],
    ];
    for (const [start, length] of ranges) {
      const read = source.read(start, length);
      expect(read.equals(bytes.subarray(start, start + length))).toBe(true);
      expect(read.byteOffset % 8).toBe(start % 8);
    }
    expect(cache.stats().heldBytes).toBeLessThanOrEqual(BLOCK_SIZE);
    source.close();
  });

  it('reads what a segment keeps outside the block cache, and refuses reads past the end', async () => {
    const { path, bytes } = await patternFile();
    const cache = new BlockCache(4 * BLOCK_SIZE);
    const source = fileSource(path, bytes.length, cache);
    const kept = source.read(16, 1000, true);
    expect(kept.equals(bytes.subarray(16, 1016))).toBe(true);
    expect(kept.byteOffset).toBe(0);
    expect(cache.stats().misses).toBe(0);
    expect(() => source.read(bytes.length - 4, 8)).toThrow(SegmentSourceError);
    source.close();
    expect(() => source.read(0, 8)).toThrow(SegmentSourceError);
  });

  it('says so when the file is shorter than the manifest recorded', async () => {
    const { path, bytes } = await patternFile();
    const source = fileSource(path, bytes.length + 100, new BlockCache(BLOCK_SIZE));
    expect(() => source.read(bytes.length, 50)).toThrow(/shorter/);
    source.close();
  });
});
