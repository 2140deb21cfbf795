/**
 * How story dates and sections read on screen. Dates are calendar days (`YYYY-MM-DD`)
 * without a zone, so they are formatted in UTC and never shift a day.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function toUtcDate(date: string): Date | null {
  const match = DAY.exec(date);
  if (!match) return null;
  const value = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(value.getTime()) ? null : value;
}

/** `2022-11-08` → `8 Nov 2022` (short) or `Tuesday, 8 November 2022` (long); null → `No date`. */
export function formatStoryDate(date: string | null, style: 'short' | 'long' = 'short'): string {
  if (date === null) return 'No date';
  const value = toUtcDate(date);
  if (!value) return date;
  const options: Intl.DateTimeFormatOptions =
    style === 'long'
      ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat('en-GB', options).format(value);
}

/** `world` → `World`, `middle-east` → `Middle east`. */
export function formatSection(section: string): string {
  const words = section.replace(/[-_]+/g, ' ').trim();
  if (!words) return 'Unfiled';
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** 12345 → `12,345`. */
export function formatCount(count: number): string {
  return new Intl.NumberFormat('en-GB').format(count);
}

/** `1 story`, `2 stories`. */
export function pluralise(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}
