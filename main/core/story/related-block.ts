/**
 * The related block at the end of a story: a label line `More From <X>:` (`More From World:`,
 * `More From Pakistan:`), then headlines of other stories of the site. The page showed each
 * headline twice (teaser text and link text) with irregular blank lines between; the Story
 * keeps one of each, in order. The block is not part of the story's paragraphs.
 */
import { normaliseTitle } from './normalise-title';

export interface RelatedBlock {
  /** Index of the label line: the body ends before it. */
  start: number;
  /** `More From World` (the label as written, without its colon). */
  label: string;
  headlines: string[];
}

const LABEL = /^more from\s/i;
/** A headline has at least one letter or digit (a line of dashes or quotes is not one). */
const HAS_WORD = /[\p{L}\p{N}]/u;
/** Longer than this is a paragraph, not a headline: a label followed by one is not the block. */
const MAX_HEADLINE = 300;

/**
 * Finds the related block in the trimmed `lines` at or after `from`: the first label line
 * after which every line is headline-sized. Null when there is none.
 */
export function findRelatedBlock(lines: readonly string[], from: number): RelatedBlock | null {
  let lastLong = -1;
  for (let i = lines.length - 1; i >= from; i -= 1) {
    if (lines[i]!.length > MAX_HEADLINE) {
      lastLong = i;
      break;
    }
  }
  for (let i = Math.max(from, lastLong + 1); i < lines.length; i += 1) {
    const line = lines[i]!;
    if (line.length <= 80 && LABEL.test(line)) {
      return { start: i, label: labelOf(line), headlines: headlinesAfter(lines, i + 1) };
    }
  }
  return null;
}

function labelOf(line: string): string {
  return line.endsWith(':') ? line.slice(0, -1).trimEnd() : line;
}

/**
 * One of each headline, in order. The twin of the headline just kept (the same text, or the
 * same once case, quotes, apostrophes and dashes are folded) is dropped, and replaces it when
 * it differs, since the second copy is the link text. A later exact repeat (any case) of an
 * earlier headline is dropped too. Further label lines (a second `More From …:`) are not
 * headlines. The folding runs only for lines of nearly the same length as the previous one,
 * which keeps it off the common path (identical twins).
 */
function headlinesAfter(lines: readonly string[], from: number): string[] {
  const headlines: string[] = [];
  const seen = new Set<string>();
  let previous: string | null = null;
  for (let i = from; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (line === '' || (line.length <= 80 && LABEL.test(line))) continue;
    const key = line.toLowerCase();
    if (previous !== null && isTwin(previous, line, key)) {
      if (line !== previous) headlines[headlines.length - 1] = line;
      previous = null;
      continue;
    }
    if (seen.has(key)) continue;
    if (!HAS_WORD.test(line)) continue;
    seen.add(key);
    headlines.push(line);
    previous = line;
  }
  return headlines;
}

function isTwin(previous: string, line: string, lineLower: string): boolean {
  if (previous === line || previous.toLowerCase() === lineLower) return true;
  if (Math.abs(previous.length - line.length) > 4) return false;
  return normaliseTitle(previous) === normaliseTitle(line);
}
