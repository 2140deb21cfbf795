/**
 * The little of a paragraph's look a story keeps besides its words: that it is a subheading
 * (a Markdown `##`, an HTML `<h2>`) and which of its words are struck through (`~~two~~`,
 * `<s>`, `<del>`). Block readers (markdown-blocks.ts, page-blocks.ts) write these as marks in
 * the paragraph text, so every step between them and storyFromParts — repeats dropped, text
 * normalised, the text bounded, the dateline split off — carries them along for free; only
 * storyFromParts takes them out (readParagraphMarks), into the Story's `subheadings` and
 * `struck`, leaving the paragraphs' words exactly as before (search indexes the same text).
 *
 * The marks are Unicode noncharacters (U+FDD0–U+FDD8), which the standard keeps for a
 * program's internal use: text from a file never means anything by them, and cleanMarks takes
 * any a file holds out before the readers add their own.
 */
import type { StruckText, Subheading } from '../model/story';

export const STRIKE_OPEN = '\uFDD0';
export const STRIKE_CLOSE = '\uFDD1';
/** A subheading of level n (1–6) opens with the character U+FDD2 + n. */
const HEADING_BASE = 0xfdd2;
const ANY_MARK = /[\uFDD0-\uFDD8]/g;

/** The mark that opens a paragraph that is a heading of `level` (clamped to 1–6). */
export function headingMark(level: number): string {
  return String.fromCharCode(HEADING_BASE + Math.min(6, Math.max(1, Math.round(level))));
}

/** Text from a file with any of our marks in it taken out. */
export function cleanMarks(text: string): string {
  return text.replace(ANY_MARK, '');
}

/** True when the text holds a mark (the fast common case: it does not). */
export function hasMarks(text: string): boolean {
  return /[\uFDD0-\uFDD8]/.test(text);
}

/** A paragraph's text with its marks read out: its heading level (0: none) and struck ranges. */
export function unmarkParagraph(marked: string): {
  text: string;
  heading: number;
  struck: { start: number; end: number }[];
} {
  if (!hasMarks(marked)) return { text: marked, heading: 0, struck: [] };
  let heading = 0;
  const first = marked.charCodeAt(0);
  let from = 0;
  if (first > HEADING_BASE && first <= HEADING_BASE + 6) {
    heading = first - HEADING_BASE;
    from = 1;
  }
  let text = '';
  const struck: { start: number; end: number }[] = [];
  let open = -1;
  let depth = 0;
  for (let at = from; at < marked.length; at += 1) {
    const char = marked[at] as string;
    if (char === STRIKE_OPEN) {
      if (depth === 0) open = text.length;
      depth += 1;
    } else if (char === STRIKE_CLOSE) {
      if (depth > 0) depth -= 1;
      if (depth === 0 && open >= 0) {
        addRange(struck, open, text.length);
        open = -1;
      }
    } else if (hasMarks(char)) {
      continue;
    } else if (char !== ' ' || (text !== '' && !text.endsWith(' '))) {
      // Block text has single spaces already; a mark between two spaces must not make two.
      text += char;
    }
  }
  if (depth > 0 && open >= 0) addRange(struck, open, text.length);
  const clean = text.trimEnd();
  return {
    text: clean,
    heading,
    struck: struck
      .map((range) => trimRange(clean, range))
      .filter((range) => range.end > range.start),
  };
}

/**
 * The Story's paragraphs, subheadings and struck ranges from marked paragraphs; a paragraph
 * that was nothing but marks is left out.
 */
export function readParagraphMarks(marked: readonly string[]): {
  paragraphs: string[];
  subheadings: Subheading[];
  struck: StruckText[];
} {
  const paragraphs: string[] = [];
  const subheadings: Subheading[] = [];
  const struck: StruckText[] = [];
  for (const paragraph of marked) {
    const read = unmarkParagraph(paragraph);
    if (read.text === '') continue;
    const at = paragraphs.length;
    paragraphs.push(read.text);
    if (read.heading > 0) subheadings.push({ paragraph: at, level: read.heading });
    for (const range of read.struck) struck.push({ paragraph: at, ...range });
  }
  return { paragraphs, subheadings, struck };
}

function addRange(ranges: { start: number; end: number }[], start: number, end: number): void {
  if (end > start) ranges.push({ start, end });
}

/** A struck range without the spaces at its ends (`~~two ~~three` strikes `two`). */
function trimRange(text: string, range: { start: number; end: number }) {
  let start = Math.min(range.start, text.length);
  let end = Math.min(range.end, text.length);
  while (start < end && text[start] === ' ') start += 1;
  while (end > start && text[end - 1] === ' ') end -= 1;
  return { start, end };
}
