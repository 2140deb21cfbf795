import { describe, expect, it } from 'vitest';
import {
  fillMonthGaps,
  formatMonth,
  monthBounds,
  monthInRange,
  monthSpan,
} from '../../../renderer/src/model/month-range';

describe('monthBounds', () => {
  it('gives the first and last day, leap years included', () => {
    expect(monthBounds('2022-11')).toEqual({ from: '2022-11-01', to: '2022-11-30' });
    expect(monthBounds('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthBounds('2023-02')).toEqual({ from: '2023-02-01', to: '2023-02-28' });
  });

  it('refuses what is not a month', () => {
    expect(() => monthBounds('2022-13')).toThrow();
  });
});

describe('monthSpan', () => {
  it('covers both months whichever comes first', () => {
    expect(monthSpan('2022-11', '2022-09')).toEqual({ from: '2022-09-01', to: '2022-11-30' });
  });
});

describe('fillMonthGaps', () => {
  it('fills the empty months between buckets with zero, across a year end', () => {
    expect(
      fillMonthGaps([
        { month: '2023-01', count: 2 },
        { month: '2022-11', count: 5 },
      ]),
    ).toEqual([
      { month: '2022-11', count: 5 },
      { month: '2022-12', count: 0 },
      { month: '2023-01', count: 2 },
    ]);
  });

  it('drops malformed buckets and keeps the newest months within the limit', () => {
    expect(fillMonthGaps([{ month: 'nope', count: 1 }])).toEqual([]);
    const filled = fillMonthGaps(
      [
        { month: '2020-01', count: 1 },
        { month: '2022-12', count: 1 },
      ],
      12,
    );
    expect(filled).toHaveLength(12);
    expect(filled[0]?.month).toBe('2022-01');
  });
});

describe('monthInRange', () => {
  it('is true for months that touch the inclusive range', () => {
    expect(monthInRange('2022-10', '2022-10-15', '2022-12-31')).toBe(true);
    expect(monthInRange('2022-09', '2022-10-01', null)).toBe(false);
    expect(monthInRange('2022-09', null, null)).toBe(false);
  });
});

describe('formatMonth', () => {
  it('reads as a month and year', () => {
    expect(formatMonth('2022-11')).toMatch(/Nov/);
    expect(formatMonth('2022-11', 'long')).toBe('November 2022');
  });
});
