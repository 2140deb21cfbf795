/**
 * Day numbers (days since 1970-01-01, UTC) and the three ways a story file writes its date:
 * `2022-11-08` in the header, `Tuesday Nov 08 2022` under the section, `Tuesday Nov 08, 2022`
 * under the byline. Computed in UTC by hand so output never depends on the machine's locale or
 * time zone.
 */
import { MONTHS, MONTH_NAMES, WEEKDAYS } from './english-lexicon';

const DAY_MS = 86_400_000;

export function dayNumber(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

export interface StoryDate {
  iso: string;
  /** `Tuesday Nov 08 2022` */
  long: string;
  /** `Tuesday Nov 08, 2022` */
  display: string;
  /** `November 8, 2022`, as captions write it. */
  caption: string;
  weekday: string;
  year: number;
}

export function storyDate(day: number): StoryDate {
  const date = new Date(day * DAY_MS);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const dayOfMonth = date.getUTCDate();
  const weekday = WEEKDAYS[date.getUTCDay()]!;
  const dd = String(dayOfMonth).padStart(2, '0');
  const iso = `${year}-${String(month + 1).padStart(2, '0')}-${dd}`;
  return {
    iso,
    long: `${weekday} ${MONTHS[month]} ${dd} ${year}`,
    display: `${weekday} ${MONTHS[month]} ${dd}, ${year}`,
    caption: `${MONTH_NAMES[month]} ${dayOfMonth}, ${year}`,
    weekday,
    year,
  };
}
