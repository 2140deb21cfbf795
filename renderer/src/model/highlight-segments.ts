/**
 * Splits a text at the engine's match ranges into plain and matched segments, so components
 * can wrap matches in <mark> as React elements — story text never becomes HTML.
 */
import type { Range } from '../../../contract/api';

export interface TextSegment {
  text: string;
  match: boolean;
}

/**
 * Ranges are `[start, end)` offsets; they may arrive unsorted, overlapping or out of bounds
 * (a stale answer for an edited file): they are clamped, sorted and merged, never trusted.
 *
 * @example highlightSegments('a cat sat', [[2, 5]]) → [{'a ', false}, {'cat', true}, {' sat', false}]
 */
export function highlightSegments(
  text: string,
  ranges: readonly Range[] | undefined,
): TextSegment[] {
  const merged: Range[] = [];
  const sorted = (ranges ?? [])
    .map(([start, end]): Range => [Math.max(0, start), Math.min(text.length, end)])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const [start, end] of merged) {
    if (start > cursor) segments.push({ text: text.slice(cursor, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    cursor = end;
  }
  if (cursor < text.length || segments.length === 0) {
    segments.push({ text: text.slice(cursor), match: false });
  }
  return segments;
}

/** How many marks `highlightSegments` makes for these ranges. */
export function countMatches(text: string, ranges: readonly Range[] | undefined): number {
  return highlightSegments(text, ranges).filter((segment) => segment.match).length;
}

export interface LayeredSegment {
  text: string;
  /** Which of the merged search matches this piece belongs to (in order), or -1. */
  match: number;
  /** True inside one of the reader's own highlights. */
  marked: boolean;
}

/**
 * The text cut at the search's matches and at the reader's highlights alike, so both can show
 * at once. Match numbers count merged matches (as `countMatches` does), so a match that a
 * highlight cuts in two keeps one number.
 *
 * @example layeredSegments('a cat sat', [[2, 5]], [[4, 9]])
 *   → 'a ' · 'ca' (match 0) · 't' (match 0, marked) · ' sat' (marked)
 */
export function layeredSegments(
  text: string,
  matches: readonly Range[] | undefined,
  marked: readonly Range[] | undefined,
): LayeredSegment[] {
  const matchRanges: Range[] = [];
  let offset = 0;
  for (const segment of highlightSegments(text, matches)) {
    if (segment.match) matchRanges.push([offset, offset + segment.text.length]);
    offset += segment.text.length;
  }
  const markedRanges: Range[] = [];
  offset = 0;
  for (const segment of highlightSegments(text, marked)) {
    if (segment.match) markedRanges.push([offset, offset + segment.text.length]);
    offset += segment.text.length;
  }
  const cuts = new Set<number>([0, text.length]);
  for (const [start, end] of [...matchRanges, ...markedRanges]) {
    cuts.add(start);
    cuts.add(end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: LayeredSegment[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    segments.push({
      text: text.slice(start, end),
      match: matchRanges.findIndex(([from, to]) => start >= from && end <= to),
      marked: markedRanges.some(([from, to]) => start >= from && end <= to),
    });
  }
  return segments.length > 0 ? segments : [{ text, match: -1, marked: false }];
}
