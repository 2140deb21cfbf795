/**
 * The Story a page or a clipping reader assembles from what it found, under the rules every
 * format shares with the text layout: a missing date is no date (null, said in the warnings;
 * never the file's modification time), a missing section is `unfiled`, text is normalised as story text
 * is (normalise-story-text.ts: no control characters, no no-break spaces, one line per
 * paragraph), the dateline is the one of dateline.ts unless the file states it, subheadings and
 * struck words are read out of the paragraphs' marks (paragraph-marks.ts), and the
 * extracted text is bounded (MAX_STORY_BYTES characters, the rest left out with a warning).
 */
import type { Story, StoryFormat } from '../model/story';
import { splitDateline } from './dateline';
import { normaliseStoryText } from './normalise-story-text';
import { cleanMarks, readParagraphMarks } from './paragraph-marks';
import { MAX_STORY_BYTES, stemOf } from './story-files';
import type { StoryReadOptions } from './story-reader';

export interface StoryParts {
  title: string | null;
  date: string | null;
  section: string | null;
  byline: string | null;
  /** The dateline the file states (front matter); undefined: look for one in the body. */
  dateline?: string | null;
  captions: string[];
  paragraphs: string[];
  /**
   * True when the reader wrote paragraph marks into `paragraphs` (paragraph-marks.ts: the
   * Markdown and page readers); otherwise such characters are the file's and are dropped.
   */
  marked?: boolean;
  related: { label: string | null; headlines: string[] };
  source: string | null;
  warnings: string[];
}

/** The warning of a story whose text was cut at MAX_STORY_BYTES. */
export function tooLongWarning(what: string): string {
  return `The ${what}'s text is longer than ${MAX_STORY_BYTES.toLocaleString('en')} characters; the rest was left out.`;
}

/** Captions and related headlines kept at most (a page can hold hundreds of figures). */
const MAX_LIST_ITEMS = 100;

/** `what`: how the warnings name the file (`page`, `clipping`). */
export function storyFromParts(
  parts: StoryParts,
  format: StoryFormat,
  file: string,
  options: StoryReadOptions,
  what: string,
): Story {
  const warnings = [...parts.warnings];
  let budget = MAX_STORY_BYTES;
  const bounded = (text: string): string | null => {
    if (budget <= 0) return null;
    const clean = oneLine(text);
    if (clean === '') return '';
    const kept = clean.length > budget ? clean.slice(0, budget) : clean;
    budget -= kept.length;
    return kept;
  };
  const marked: string[] = [];
  for (const paragraph of parts.paragraphs) {
    const kept = bounded(parts.marked ? paragraph : cleanMarks(paragraph));
    if (kept === null) break;
    if (kept !== '') marked.push(kept);
  }
  if (budget <= 0) {
    warnings.push(tooLongWarning(what));
  }

  let dateline = parts.dateline === undefined ? null : cleanOrNull(parts.dateline);
  if (parts.dateline === undefined && marked[0] !== undefined) {
    const opening = splitDateline(marked[0]);
    if (opening) {
      dateline = cleanMarks(opening.place);
      if (opening.rest === '') marked.shift();
      else marked[0] = opening.rest;
    }
  }
  // Subheadings and struck words, read out of the marks the block readers left in the text.
  const { paragraphs, subheadings, struck } = readParagraphMarks(marked);

  const date = parts.date;
  if (date === null) warnings.push(`The ${what} has no date, so the story has none.`);
  const title = cleanOrNull(parts.title) ?? '';
  if (title === '') warnings.push(`The ${what} has no title.`);
  if (paragraphs.length === 0) warnings.push('The story has no body text.');

  return {
    id: options.id ?? stemOf(file),
    file,
    format,
    source: parts.source,
    date,
    section: cleanOrNull(parts.section)?.toLowerCase() ?? 'unfiled',
    byline: cleanOrNull(parts.byline),
    title,
    dateline,
    captions: cleanList(parts.captions),
    paragraphs,
    ...(subheadings.length > 0 ? { subheadings } : {}),
    ...(struck.length > 0 ? { struck } : {}),
    related: {
      label: cleanOrNull(parts.related.label),
      headlines: cleanList(parts.related.headlines),
    },
    warnings,
  };
}

/** Normalised story text on one line: line breaks and runs of them become one space. */
function oneLine(text: string): string {
  return normaliseStoryText(text)
    .replace(/ *\n+ */g, ' ')
    .trim();
}

function cleanOrNull(text: string | null | undefined): string | null {
  if (typeof text !== 'string') return null;
  const clean = oneLine(cleanMarks(text));
  return clean === '' ? null : clean;
}

/** The non-empty items, cleaned, at most MAX_LIST_ITEMS (readers drop repeats themselves). */
function cleanList(texts: readonly string[]): string[] {
  const kept: string[] = [];
  for (const text of texts) {
    const clean = cleanOrNull(text);
    if (clean !== null) kept.push(clean);
    if (kept.length === MAX_LIST_ITEMS) break;
  }
  return kept;
}
