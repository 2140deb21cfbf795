import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../../tools/generate/seeded-random';
import { ZipfSampler } from '../../../tools/generate/zipf-sampler';

describe('ZipfSampler', () => {
  it('draws low ranks far more often than high ones, in proportion 1/rank', () => {
    const sampler = new ZipfSampler(1000, 1);
    const random = new SeededRandom(7);
    const counts = new Array<number>(1000).fill(0);
    for (let i = 0; i < 200_000; i++) counts[sampler.draw(random)]! += 1;
    expect(counts[0]! / counts[1]!).toBeGreaterThan(1.7);
    expect(counts[0]! / counts[1]!).toBeLessThan(2.3);
    expect(counts[0]! / counts[9]!).toBeGreaterThan(8);
    expect(counts.every((count, rank) => rank < 1000 && count >= 0)).toBe(true);
    expect(counts.slice(500).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });
});
