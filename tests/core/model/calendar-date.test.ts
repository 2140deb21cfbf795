import { describe, expect, it } from 'vitest';
import { calendarDate, daysInMonth, isCalendarDate } from '../../../main/core/model/calendar-date';

describe('calendarDate', () => {
  it('writes a real date as YYYY-MM-DD', () => {
    expect(calendarDate(2022, 11, 8)).toBe('2022-11-08');
    expect(calendarDate(987, 1, 2)).toBe('0987-01-02');
  });

  it('refuses dates that do not exist', () => {
    expect(calendarDate(2022, 2, 29)).toBeNull();
    expect(calendarDate(2022, 4, 31)).toBeNull();
    expect(calendarDate(2022, 13, 1)).toBeNull();
    expect(calendarDate(0, 1, 1)).toBeNull();
    expect(calendarDate(2022, 1, 0)).toBeNull();
    expect(calendarDate(2022.5, 1, 1)).toBeNull();
  });

  it('knows leap years, 1900 and 2000 included', () => {
    expect(calendarDate(2024, 2, 29)).toBe('2024-02-29');
    expect(calendarDate(2000, 2, 29)).toBe('2000-02-29');
    expect(calendarDate(1900, 2, 29)).toBeNull();
    expect(daysInMonth(2023, 2)).toBe(28);
  });
});

describe('isCalendarDate', () => {
  it('accepts only a real date in the ISO layout', () => {
    expect(isCalendarDate('2022-11-08')).toBe(true);
    expect(isCalendarDate('2022-02-30')).toBe(false);
    expect(isCalendarDate('2022-1-08')).toBe(false);
    expect(isCalendarDate('2022-11-08T00:00')).toBe(false);
  });

  it('agrees with the JavaScript calendar on every day of four years', () => {
    for (let day = Date.UTC(2019, 0, 1); day < Date.UTC(2025, 0, 1); day += 86_400_000) {
      const iso = new Date(day).toISOString().slice(0, 10);
      expect(isCalendarDate(iso)).toBe(true);
    }
  });
});
