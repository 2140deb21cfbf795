import { describe, expect, it } from 'vitest';
import { BLOCK_SIZE, BlockCache } from '../../../main/core/index/block-cache';

const block = (fill: number) => Buffer.alloc(BLOCK_SIZE, fill);

describe('BlockCache', () => {
  it('never holds more than its budget, dropping the least recently used block first', () => {
    const cache = new BlockCache(3 * BLOCK_SIZE);
    const file = cache.newFile();
    const loads: number[] = [];
    const get = (n: number) =>
      cache.block(file, n, () => {
        loads.push(n);
        return block(n);
      });
    get(0);
    get(1);
    get(2);
    get(0); // 0 is now the most recent; 1 the least
    get(3);
    expect(cache.stats().heldBytes).toBe(3 * BLOCK_SIZE);
    get(0);
    get(2);
    expect(loads).toEqual([0, 1, 2, 3]);
    get(1);
    expect(loads).toEqual([0, 1, 2, 3, 1]);
    expect(cache.stats()).toMatchObject({ hits: 3, misses: 5 });
    expect(cache.stats().heldBytes).toBeLessThanOrEqual(cache.budgetBytes);
  });

  it('keeps the blocks of different files apart, and forgets a closed file', () => {
    const cache = new BlockCache(8 * BLOCK_SIZE);
    const a = cache.newFile();
    const b = cache.newFile();
    expect(cache.block(a, 0, () => block(1))[0]).toBe(1);
    expect(cache.block(b, 0, () => block(2))[0]).toBe(2);
    expect(cache.block(a, 0, () => block(9))[0]).toBe(1);
    cache.forget(a);
    expect(cache.stats().heldBytes).toBe(BLOCK_SIZE);
    expect(cache.block(a, 0, () => block(3))[0]).toBe(3);
  });
});
