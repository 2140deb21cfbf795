/**
 * One writer per index cache: the lock is held until released, refused to a second taker
 * meanwhile, taken over once its holder stopped refreshing it (a process that died), and a
 * cache folder that cannot be made is a failure in words.
 */
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lockCache } from '../../../main/core/index/cache-lock';

let base: string;
beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'clippings-lock-'));
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('lockCache', () => {
  it('lets one holder at a time write a cache folder', async () => {
    const folder = join(base, 'cache', '0123456789abcdef');
    const first = await lockCache(folder, () => undefined);
    expect(first.kind).toBe('held');
    expect((await lockCache(folder, () => undefined)).kind).toBe('busy');
    expect((await lockCache(join(base, 'cache', 'another'), () => undefined)).kind).toBe('held');
    if (first.kind === 'held') await first.release();
    const second = await lockCache(folder, () => undefined);
    expect(second.kind).toBe('held');
    if (second.kind === 'held') await second.release();
  });

  it('takes over a lock left by a process that is gone (not refreshed for a while)', async () => {
    const folder = join(base, 'cache', '0123456789abcdef');
    await mkdir(`${folder}.lock`, { recursive: true });
    const longAgo = new Date(Date.now() - 60_000);
    await utimes(`${folder}.lock`, longAgo, longAgo);
    const lock = await lockCache(folder, () => undefined);
    expect(lock.kind).toBe('held');
    if (lock.kind === 'held') await lock.release();
  });

  it('says why when the cache’s folder cannot be made', async () => {
    await writeFile(join(base, 'cache'), 'a file where the cache folder should be');
    expect(await lockCache(join(base, 'cache', '0123456789abcdef'), () => undefined)).toEqual({
      kind: 'failed',
      reason: 'a file stands where a folder should be',
    });
  });
});
