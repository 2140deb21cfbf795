/**
 * A story date as a day number (whole days since 1970-01-01, UTC), the unit the related
 * index compares dates in: nearest-date title resolution and the similarity's date nudge.
 */
const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` → days since 1970-01-01, or null for no date or an unreadable one. */
export function dayNumber(date: string | null): number | null {
  if (date === null) return null;
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(ms) ? null : Math.round(ms / DAY_MS);
}
