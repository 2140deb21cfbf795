/**
 * Months as the histogram sees them: `YYYY-MM` buckets, the gaps between them, and the
 * `YYYY-MM-DD` date filter a chosen bar or dragged range stands for.
 */

export interface MonthCount {
  month: string;
  count: number;
}

const MONTH = /^(\d{4})-(\d{2})$/;

function parseMonth(month: string): { year: number; month: number } | null {
  const match = MONTH.exec(month);
  if (!match) return null;
  const value = Number(match[2]);
  if (value < 1 || value > 12) return null;
  return { year: Number(match[1]), month: value };
}

function formatMonthKey(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The first and last day of a month, as the inclusive date filter. */
export function monthBounds(month: string): { from: string; to: string } {
  const parsed = parseMonth(month);
  if (!parsed) throw new Error(`not a YYYY-MM month: ${month}`);
  const lastDay = new Date(Date.UTC(parsed.year, parsed.month, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(lastDay).padStart(2, '0')}` };
}

/** The date filter covering every day from the first month to the last (in either order). */
export function monthSpan(a: string, b: string): { from: string; to: string } {
  const [first, last] = a <= b ? [a, b] : [b, a];
  return { from: monthBounds(first).from, to: monthBounds(last).to };
}

/**
 * Buckets with the empty months between them filled in as zero, so bars sit on a true time
 * axis. Unparseable buckets are dropped. At most `limit` months are produced (the newest).
 */
export function fillMonthGaps(buckets: readonly MonthCount[], limit = 600): MonthCount[] {
  const counts = new Map<string, number>();
  for (const bucket of buckets) {
    if (parseMonth(bucket.month)) {
      counts.set(bucket.month, (counts.get(bucket.month) ?? 0) + bucket.count);
    }
  }
  const months = [...counts.keys()].sort();
  const first = months[0];
  const last = months[months.length - 1];
  if (!first || !last) return [];
  const start = parseMonth(first);
  const end = parseMonth(last);
  if (!start || !end) return [];
  const filled: MonthCount[] = [];
  let year = start.year;
  let month = start.month;
  while (year < end.year || (year === end.year && month <= end.month)) {
    const key = formatMonthKey(year, month);
    filled.push({ month: key, count: counts.get(key) ?? 0 });
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return filled.slice(-limit);
}

/** True when the month lies (even in part) within the inclusive date filter. */
export function monthInRange(month: string, from: string | null, to: string | null): boolean {
  if (from === null && to === null) return false;
  const { from: first, to: last } = monthBounds(month);
  return (from === null || last >= from) && (to === null || first <= to);
}

/** `2022-11` → `Nov 2022`; anything else is returned as it is. */
export function formatMonth(month: string, style: 'short' | 'long' = 'short'): string {
  const parsed = parseMonth(month);
  if (!parsed) return month;
  return new Intl.DateTimeFormat('en-GB', {
    month: style,
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(parsed.year, parsed.month - 1, 1)));
}
