/**
 * Calendar dates as the engine writes them: `YYYY-MM-DD` strings (proleptic Gregorian, years
 * 1–9999). One check of what makes a real date — no 30 February, no month 13 — shared by the
 * story parser, the query language and the request schemas.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Year, month, day → `YYYY-MM-DD` when they make a real date, else null. */
export function calendarDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** True for a `YYYY-MM-DD` string naming a real date. */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  return (
    match !== null && calendarDate(Number(match[1]), Number(match[2]), Number(match[3])) !== null
  );
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
