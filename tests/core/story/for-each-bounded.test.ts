import { describe, expect, it } from 'vitest';
import { forEachBounded } from '../../../main/core/story/for-each-bounded';

describe('forEachBounded', () => {
  it('runs every index once with at most `limit` in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const seen: number[] = [];
    await forEachBounded(50, 4, async (index) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      seen.push(index);
      inFlight -= 1;
    });
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(most).toBe(4);
  });

  it('does nothing for no work', async () => {
    let calls = 0;
    await forEachBounded(0, 8, async () => {
      calls += 1;
    });
    expect(calls).toBe(0);
  });
});
