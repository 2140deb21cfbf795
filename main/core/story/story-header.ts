/**
 * The header of a story file: everything before the captions and the body.
 *
 *   ` date 2022-11-08 \u00a0`   date header (ISO)
 *   `world`                      section slug
 *   `Tuesday Nov 08 2022`        long date
 *   `By` / `Reuters`             byline
 *   (blank) title (blank)
 *   `By` / `Reuters`             byline again
 *   (blank) `Tuesday Nov 08, 2022` display date (blank)
 *
 * Every part may be missing; blank lines between parts are optional. A file with none of the
 * parts before its first line (no date header, section, long date or byline) is plain text:
 * its first line is the title (`plain: true`).
 */
import { parseIsoDate, parseWrittenDate } from './story-dates';

export interface StoryHeader {
  /** True for the plain-text shape: no header at all, first line = title. */
  plain: boolean;
  /** The date header line as written (trimmed), when there is one. */
  dateHeaderLine: string | null;
  /** The header's date when it is a real `YYYY-MM-DD`. */
  headerDate: string | null;
  section: string | null;
  /** The long date line (`Tuesday Nov 08 2022`) and the display date, read to ISO. */
  longDate: string | null;
  displayDate: string | null;
  /** The written date lines, for warnings that quote them. */
  longDateLine: string | null;
  displayDateLine: string | null;
  byline: string | null;
  title: string | null;
  /** Index of the first line after the header. */
  next: number;
}

const DATE_HEADER = /^date(?:\s|$)/i;
/** A section slug as sites write them: lower case, short, no sentence punctuation. */
const SECTION_SLUG = /^[a-z0-9][a-z0-9 &/_.'-]{0,39}$/;
/** A capitalised section name, accepted only when a long date or byline follows it. */
const SECTION_NAME = /^[\p{L}\p{N}][\p{L}\p{N} &/_.'-]{0,39}$/u;
const BY = /^by:?$/i;
const MAX_BYLINE = 120;

/** Reads the header from trimmed `lines`. Linear, never throws. */
export function readStoryHeader(lines: readonly string[]): StoryHeader {
  const header: StoryHeader = {
    plain: false,
    dateHeaderLine: null,
    headerDate: null,
    section: null,
    longDate: null,
    displayDate: null,
    longDateLine: null,
    displayDateLine: null,
    byline: null,
    title: null,
    next: lines.length,
  };
  const at = (index: number): string => lines[index] ?? '';
  let i = skipBlank(lines, 0);

  if (DATE_HEADER.test(at(i))) {
    header.dateHeaderLine = at(i);
    header.headerDate = parseIsoDate(at(i).slice(4).trim());
    i = skipBlank(lines, i + 1);
  }

  const line = at(i);
  if (line !== '' && !isWrittenDate(line) && !BY.test(line)) {
    const following = at(skipBlank(lines, i + 1));
    const headerFollows = isWrittenDate(following) || BY.test(following);
    if (
      (SECTION_SLUG.test(line) && (header.dateHeaderLine !== null || headerFollows)) ||
      (headerFollows && SECTION_NAME.test(line))
    ) {
      header.section = line.toLowerCase().replace(/\s+/g, ' ');
      i = skipBlank(lines, i + 1);
    }
  }

  const longDate = parseWrittenDate(at(i));
  if (longDate) {
    header.longDate = longDate;
    header.longDateLine = at(i);
    i = skipBlank(lines, i + 1);
  }

  let sawBy = false;
  if (BY.test(at(i))) {
    sawBy = true;
    i = readByline(lines, i, header);
  }

  if (
    header.dateHeaderLine === null &&
    header.section === null &&
    header.longDate === null &&
    !sawBy
  ) {
    header.plain = true;
    if (i < lines.length) header.title = at(i);
    header.next = i < lines.length ? i + 1 : i;
    return header;
  }

  if (i < lines.length && !BY.test(at(i)) && !isWrittenDate(at(i))) {
    header.title = at(i);
    i = skipBlank(lines, i + 1);
  }
  if (BY.test(at(i))) i = readByline(lines, i, header);
  const displayDate = parseWrittenDate(at(i));
  if (displayDate) {
    header.displayDate = displayDate;
    header.displayDateLine = at(i);
    i += 1;
  }
  header.next = Math.min(i, lines.length);
  return header;
}

/** `By` then the name on the next line; keeps the first byline seen. Returns the next index. */
function readByline(lines: readonly string[], at: number, header: StoryHeader): number {
  const name = lines[at + 1] ?? '';
  if (name !== '' && name.length <= MAX_BYLINE && !isWrittenDate(name)) {
    header.byline ??= name;
    return skipBlank(lines, at + 2);
  }
  return skipBlank(lines, at + 1);
}

function isWrittenDate(line: string): boolean {
  return line !== '' && parseWrittenDate(line) !== null;
}

function skipBlank(lines: readonly string[], from: number): number {
  let i = from;
  while (i < lines.length && lines[i] === '') i += 1;
  return i;
}
