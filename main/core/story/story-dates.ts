/**
 * The dates a story file carries, read into `YYYY-MM-DD`: the ISO date of the header line
 * (` date 2022-11-08 `), the long date (`Tuesday Nov 08 2022`) and the display date
 * (`Tuesday Nov 08, 2022`). Only real calendar dates pass (no 2022-02-30). Pure and linear:
 * every pattern is anchored and has no nested repetition. The patterns find the parts;
 * calendarDate (the model's one date check) decides whether they make a real date.
 */
import { calendarDate } from '../model/calendar-date';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** `[Weekday] Mon[th][.] DD[,] YYYY`, weekday optional, month short or long, any case. */
const WRITTEN_DATE =
  /^(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?,?\s+)?([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const FULL_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** `2022-11-08` → the same string when it is a real date, else null. */
export function parseIsoDate(value: string): string | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  return calendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** `Tuesday Nov 08, 2022` or `Tuesday Nov 08 2022` (also `November 8, 2022`) → ISO, else null. */
export function parseWrittenDate(line: string): string | null {
  if (line.length > 40) return null;
  const match = WRITTEN_DATE.exec(line);
  if (!match) return null;
  const name = match[1]!.toLowerCase();
  let month = FULL_MONTHS.indexOf(name);
  if (month < 0) month = MONTHS.indexOf(name === 'sept' ? 'sep' : name);
  if (month < 0) return null;
  return calendarDate(Number(match[3]), month + 1, Number(match[2]));
}
