/**
 * A date as a page's metadata or a clipping's front matter writes it → `YYYY-MM-DD`: an ISO
 * date or date-time (`2022-11-08`, `2022-11-08T10:15:00+09:00`: the date as written, which is
 * the publisher's own day), a written date (`November 8, 2022`), or an HTTP-style date
 * (`Tue, 08 Nov 2022 10:15:00 GMT`, read in UTC). Only real calendar dates pass.
 */
import { parseIsoDate, parseWrittenDate } from './story-dates';

const ISO_PREFIX = /^(\d{4}-\d{2}-\d{2})(?:$|[T ]\d)/;
const HTTP_DATE =
  /^(?:[a-z]{3},\s*)?\d{1,2}\s+[a-z]{3}\s+\d{4}\s+\d{2}:\d{2}(?::\d{2})?\s*(?:gmt|utc|z|[+-]\d{4})$/i;

export function dateFromMetadata(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text === '' || text.length > 64) return null;
  const iso = ISO_PREFIX.exec(text);
  if (iso) return parseIsoDate(iso[1]!);
  const written = parseWrittenDate(text);
  if (written) return written;
  if (HTTP_DATE.test(text)) {
    const time = Date.parse(text);
    return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
  }
  return null;
}
