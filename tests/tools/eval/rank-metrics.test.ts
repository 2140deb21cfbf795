import { describe, expect, it } from 'vitest';
import {
  dcgAtK,
  ndcgAtK,
  percentile,
  precisionAtK,
  reciprocalRank,
  summariseLatency,
} from '../../../tools/eval/rank-metrics';
import { scoreRanks } from '../../../tools/eval/known-item';

describe('reciprocalRank', () => {
  it('is 1/rank of the first relevant item within the depth', () => {
    expect(reciprocalRank([true, false, true])).toBe(1);
    expect(reciprocalRank([false, false, true])).toBeCloseTo(1 / 3);
    expect(reciprocalRank([false, false, false])).toBe(0);
  });

  it('ignores a relevant item below the depth', () => {
    const eleventh = Array.from({ length: 11 }, (_, i) => i === 10);
    expect(reciprocalRank(eleventh, 10)).toBe(0);
  });
});

describe('scoreRanks (known-item MRR@10)', () => {
  it('averages reciprocal ranks and counts rank 1 and misses', () => {
    // ranks 1, 2, 0 (miss), 4 → (1 + 0.5 + 0 + 0.25) / 4 = 0.4375
    const scores = scoreRanks([1, 2, 0, 4], 1, [1, 2, 3, 4]);
    expect(scores.mrrAt10).toBe(0.438);
    expect(scores.foundAt1).toBe(0.25);
    expect(scores.notInTop10).toBe(0.25);
    expect(scores.errors).toBe(1);
    expect(scores.queries).toBe(4);
  });
});

describe('precisionAtK', () => {
  it('is the share of the first k places that are relevant', () => {
    expect(precisionAtK([true, false, true, true, false, true], 5)).toBe(0.6);
  });

  it('counts the missing places of a short list as misses', () => {
    expect(precisionAtK([true, true], 5)).toBe(0.4);
    expect(precisionAtK([], 5)).toBe(0);
  });
});

describe('ndcgAtK', () => {
  it('is 1 for a list with every relevant item first', () => {
    expect(ndcgAtK([true, true, false, false], 10, 2)).toBeCloseTo(1);
  });

  it('matches a hand computation', () => {
    // relevant at ranks 2 and 3: DCG = 1/log2(3) + 1/log2(4) = 0.63093 + 0.5 = 1.13093
    // ideal with 3 relevant stories: 1 + 0.63093 + 0.5 = 2.13093
    expect(dcgAtK([false, true, true], 10)).toBeCloseTo(1.13093, 4);
    expect(ndcgAtK([false, true, true], 10, 3)).toBeCloseTo(1.13093 / 2.13093, 4);
  });

  it('caps the ideal at k relevant items', () => {
    const allRelevant = new Array<boolean>(10).fill(true);
    expect(ndcgAtK(allRelevant, 10, 500)).toBeCloseTo(1);
  });

  it('is 0 when nothing is relevant', () => {
    expect(ndcgAtK([false, false], 10, 0)).toBe(0);
  });
});

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const values = [5, 1, 4, 2, 3, 6, 7, 8, 9, 10];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 95)).toBe(10);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('summarises latencies', () => {
    expect(summariseLatency([1, 2, 3, 4])).toEqual({ calls: 4, p50: 2, p95: 4 });
  });
});
