import { describe, expect, it } from 'vitest';
import { parseIsoDate, parseWrittenDate } from '../../../main/core/story/story-dates';

describe('parseIsoDate', () => {
  it('accepts real calendar dates only', () => {
    expect(parseIsoDate('2022-11-08')).toBe('2022-11-08');
    expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parseIsoDate('2022-13-01')).toBeNull();
    expect(parseIsoDate('2022-11-8')).toBeNull();
    expect(parseIsoDate('08/11/2022')).toBeNull();
  });
});

describe('parseWrittenDate', () => {
  it('reads the display date and the long date', () => {
    expect(parseWrittenDate('Tuesday Nov 08, 2022')).toBe('2022-11-08');
    expect(parseWrittenDate('Tuesday Nov 08 2022')).toBe('2022-11-08');
  });

  it('reads long month names, no weekday, and any case', () => {
    expect(parseWrittenDate('November 8, 2022')).toBe('2022-11-08');
    expect(parseWrittenDate('WEDNESDAY SEP 07 2022')).toBe('2022-09-07');
    expect(parseWrittenDate('Sept 7, 2022')).toBe('2022-09-07');
  });

  it('refuses what is not a date', () => {
    expect(parseWrittenDate('Tuesday Nov 31, 2022')).toBeNull();
    expect(parseWrittenDate('Reuters')).toBeNull();
    expect(parseWrittenDate('By')).toBeNull();
    expect(parseWrittenDate('Tuesday Foo 08, 2022')).toBeNull();
    expect(parseWrittenDate('')).toBeNull();
  });
});
