/**
 * parseStory: the text of one story file → a Story (contract/api.ts), following
 * shared/design/story-format.md and every variation it lists. It never throws: what it
 * cannot read becomes a sentence in `warnings`, and a clean file has none.
 *
 * Layout read, in order: header (story-header.ts), image captions (caption-lines.ts), body
 * paragraphs (the first may open with a dateline: dateline.ts), related block
 * (related-block.ts). The header and the related block are never paragraphs.
 *
 * Captions sit between the display date and the body. They are: adjacent near-duplicate pairs
 * (alt text + caption; the caption is kept); when a dateline opens the body within the next
 * few lines, every line before it (pairs collapsed); else lone lines that end with a photo
 * credit. The first line that is none of these starts the body.
 *
 * The date: the header's ISO date; else the display date, then the long date; else none
 * (null) — never the file's modification time, which says when the file was copied, not when
 * the story ran (issue 20: a fresh clone showed undated stories as today's). Each fallback is
 * stated in `warnings`.
 *
 * HTML character references (`&amp;`, `&#233;`) are decoded in every line first
 * (character-references.ts), so the story shows, indexes and quotes the characters they name.
 *
 * Plain text (no header at all): title = first non-empty line, paragraphs = the blocks after
 * it (lines of one block joined by a space, since plain files are often hard-wrapped), with a
 * warning saying there was no header.
 *
 * Linear in the text's length: one split, anchored patterns, no backtracking over lines.
 */
import type { Story } from '../model/story';
import { looksLikeCaptionCredit, nearDuplicateLines } from './caption-lines';
import { decodeCharacterReferences } from './character-references';
import { splitDateline } from './dateline';
import { findRelatedBlock } from './related-block';
import type { StoryHeader } from './story-header';
import { readStoryHeader } from './story-header';
import { stemOf } from './story-files';

export interface ParseStoryOptions {
  /** The story id; default: the stem of `file`. */
  id?: string;
}

/** Captions end where a dateline opens the body, looked for within this many lines. */
const CAPTION_LINES_BEFORE_DATELINE = 6;

/**
 * Story text → Story. `file` is the path relative to the archive root ('/' separators).
 *
 * @example
 *   parseStory(' date 2022-11-08 \n world\n…', 'world/000_820f4edab050e0c0.txt').date // '2022-11-08'
 */
export function parseStory(text: string, file: string, options: ParseStoryOptions = {}): Story {
  const warnings: string[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    lines[i] = decodeCharacterReferences(lines[i]!.trim());
  }

  const header = readStoryHeader(lines);
  const related = findRelatedBlock(lines, header.next);
  const bodyEnd = related ? related.start : lines.length;

  const captions: string[] = [];
  let paragraphs: string[];
  if (header.plain) {
    if (header.title !== null) {
      warnings.push(
        'The file has no story header (date, section, byline); its first line is taken as the title.',
      );
    }
    paragraphs = blocksOf(lines, header.next, bodyEnd);
  } else {
    const body = nonBlankLines(lines, header.next, bodyEnd);
    const bodyStart = readCaptions(body, captions);
    paragraphs = body.slice(bodyStart);
  }

  let dateline: string | null = null;
  const opening = paragraphs[0] !== undefined ? splitDateline(paragraphs[0]) : null;
  if (opening) {
    dateline = opening.place;
    if (opening.rest === '') paragraphs.shift();
    else paragraphs[0] = opening.rest;
  }

  const date = storyDate(header, warnings);
  const title = header.title ?? '';
  if (lines.every((line) => line === '')) warnings.push('The file has no text.');
  else {
    if (title === '') warnings.push('The file has no title line.');
    if (paragraphs.length === 0) warnings.push('The story has no body text.');
  }

  return {
    id: options.id ?? stemOf(file),
    file,
    format: 'text',
    source: null,
    date,
    section: header.section === null ? 'unfiled' : ownCopy(header.section),
    byline: header.byline === null ? null : ownCopy(header.byline),
    title: ownCopy(title),
    dateline: dateline === null ? null : ownCopy(dateline),
    captions: captions.map(ownCopy),
    paragraphs, // most of the text: slices of it cost no more than copies would
    related: related
      ? { label: ownCopy(related.label), headlines: related.headlines.map(ownCopy) }
      : { label: null, headlines: [] },
    warnings,
  };
}

/**
 * A copy of `part` that does not keep the whole file's text alive. Lines cut from the text
 * are V8 "sliced strings" pointing into it, so a caller that keeps only titles and headlines
 * (the related index, `scan`) would otherwise hold every story's full text: 145 MB instead of
 * 24 MB for 20,000 stories. Concatenating then slicing forces a flat copy. V8 copies strings
 * under 13 characters anyway.
 */
function ownCopy(part: string): string {
  return part.length < 13 ? part : ` ${part}`.slice(1);
}

/**
 * Moves the caption lines at the start of `body` into `captions`; returns where the body
 * starts.
 */
function readCaptions(body: readonly string[], captions: string[]): number {
  const window = Math.min(body.length, CAPTION_LINES_BEFORE_DATELINE + 1);
  let datelineAt = -1;
  for (let k = 0; k < window; k += 1) {
    if (splitDateline(body[k]!)) {
      datelineAt = k;
      break;
    }
  }
  if (datelineAt === 0) return 0;
  if (datelineAt > 0) {
    const before = collapsePairs(body.slice(0, datelineAt));
    // Lines before a dateline are captions when they read as such: one line, or some pair
    // or credit among them. Two plain paragraphs before a dateline are the body.
    if (
      datelineAt === 1 ||
      before.pairs > 0 ||
      body.slice(0, datelineAt).some(looksLikeCaptionCredit)
    ) {
      captions.push(...before.kept);
      return datelineAt;
    }
  }
  let k = 0;
  while (k < body.length) {
    const line = body[k]!;
    const next = body[k + 1];
    if (next !== undefined && nearDuplicateLines(line, next)) {
      captions.push(next);
      k += 2;
    } else if (next !== undefined && looksLikeCaptionCredit(line)) {
      captions.push(line);
      k += 1;
    } else break;
  }
  return k;
}

/** Alt text + caption pairs → the caption; lone lines kept as they are. */
function collapsePairs(lines: readonly string[]): { kept: string[]; pairs: number } {
  const kept: string[] = [];
  let pairs = 0;
  for (let k = 0; k < lines.length; k += 1) {
    const next = lines[k + 1];
    if (next !== undefined && nearDuplicateLines(lines[k]!, next)) {
      kept.push(next);
      pairs += 1;
      k += 1;
    } else kept.push(lines[k]!);
  }
  return { kept, pairs };
}

function storyDate(header: StoryHeader, warnings: string[]): string | null {
  if (header.headerDate) return header.headerDate;
  const problem =
    header.dateHeaderLine === null
      ? 'The file has no date header'
      : `The date header "${clip(header.dateHeaderLine)}" is not a valid date`;
  const written = header.displayDate ?? header.longDate;
  if (written) {
    const line = header.displayDate ? header.displayDateLine : header.longDateLine;
    warnings.push(`${problem}; the date was read from "${clip(line ?? '')}".`);
    return written;
  }
  warnings.push(`${problem} and no written date; the story has no date.`);
  return null;
}

function nonBlankLines(lines: readonly string[], from: number, to: number): string[] {
  const kept: string[] = [];
  for (let i = from; i < to; i += 1) if (lines[i] !== '') kept.push(lines[i]!);
  return kept;
}

/** Runs of non-blank lines, each joined by a space. */
function blocksOf(lines: readonly string[], from: number, to: number): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  for (let i = from; i < to; i += 1) {
    const line = lines[i]!;
    if (line !== '') current.push(line);
    else if (current.length > 0) {
      blocks.push(current.join(' '));
      current = [];
    }
  }
  if (current.length > 0) blocks.push(current.join(' '));
  return blocks;
}

/** Quotes in warnings stay short. */
function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
