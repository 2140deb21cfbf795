import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../../tools/generate/seeded-random';

describe('SeededRandom', () => {
  it('repeats its sequence for the same seed and salt, and differs otherwise', () => {
    const draw = (random: SeededRandom): number[] =>
      Array.from({ length: 20 }, () => random.uint32());
    expect(draw(new SeededRandom(5))).toEqual(draw(new SeededRandom(5)));
    expect(draw(new SeededRandom(5))).not.toEqual(draw(new SeededRandom(6)));
    expect(draw(new SeededRandom(5, 1))).not.toEqual(draw(new SeededRandom(5, 2)));
  });

  it('draws uniform numbers in [0, 1) and integers in range', () => {
    const random = new SeededRandom(1);
    const buckets = new Array<number>(10).fill(0);
    let low = 1;
    let high = 0;
    for (let i = 0; i < 20_000; i++) {
      const value = random.next();
      low = Math.min(low, value);
      high = Math.max(high, value);
      buckets[Math.floor(value * 10)]! += 1;
    }
    expect(low).toBeGreaterThanOrEqual(0);
    expect(high).toBeLessThan(1);
    for (const count of buckets) expect(Math.abs(count - 2000)).toBeLessThan(200);
    const values = new Set(Array.from({ length: 1000 }, () => random.range(3, 5)));
    expect([...values].sort()).toEqual([3, 4, 5]);
  });

  it('samples distinct items and writes 16 hex digits', () => {
    const random = new SeededRandom(3);
    const picked = random.sample([1, 2, 3, 4, 5, 6], 4);
    expect(new Set(picked).size).toBe(4);
    expect(random.hex16()).toMatch(/^[0-9a-f]{16}$/);
  });
});
