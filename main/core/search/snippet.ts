/**
 * The passage shown under a hit: the part of the story where most of the query's words stand
 * together, with every match highlighted (stemmed, wildcard and fuzzy matches included).
 * It comes from the body (or a caption); the title — already shown above the snippet — only
 * when nothing else matched; a story matched by other fields only, or listed without a query,
 * shows its opening.
 *
 * Highlights are `[start, end)` offsets into `snippet.text`, which may begin and end with `…`.
 */
import type { Range, Snippet } from '../model/search';
import type { IndexField, IndexedText } from './index-fields';
import type { MatcherItem, TaggedRange } from './query-matcher';
import { fieldWords, mergeRanges, taggedRanges } from './query-matcher';

export const SNIPPET_LENGTH = 220;
/** Characters of context kept before the first match of a window. */
const LEAD = 50;
const ELLIPSIS = '…';

interface Passage {
  field: IndexField;
  text: string;
}

interface Candidate {
  passage: Passage;
  start: number;
  end: number;
  covered: TaggedRange[];
  score: number;
}

const FIELD_PRIORITY: Partial<Record<IndexField, number>> = { body: 3, captions: 2, title: 1 };

/**
 * `bodyParagraph`, when given, is the body paragraph to use (its number among the paragraphs
 * that hold words, from snippet-paragraph.ts), or -1 when no body paragraph matched; without
 * it every paragraph is examined.
 */
export function storySnippet(
  text: IndexedText,
  items: readonly MatcherItem[] | null,
  bodyParagraph?: number,
): Snippet {
  if (items && items.length > 0) {
    let best: Candidate | null = null;
    for (const passage of passagesOf(text, bodyParagraph)) {
      if (passage.field === 'title' && best) break;
      const ranges = taggedRanges(fieldWords(passage.text), passage.field, items);
      if (ranges.length === 0) continue;
      const candidate = bestWindow(passage, ranges);
      if (!best || candidate.score > best.score) best = candidate;
    }
    if (best) return render(best);
  }
  return openingSnippet(text);
}

const HOLDS_A_WORD = /[\p{L}\p{M}\p{N}]/u;

function passagesOf(text: IndexedText, bodyParagraph?: number): Passage[] {
  const paragraphs = text.body.split(/\n+/).filter((paragraph) => HOLDS_A_WORD.test(paragraph));
  const body =
    bodyParagraph === undefined
      ? paragraphs
      : paragraphs.slice(Math.max(0, bodyParagraph), bodyParagraph < 0 ? 0 : bodyParagraph + 1);
  return [
    ...body.map((paragraph) => ({ field: 'body' as const, text: paragraph })),
    ...text.captions
      .split('\n')
      .filter((caption) => caption.trim() !== '')
      .map((caption) => ({ field: 'captions' as const, text: caption })),
    { field: 'title', text: text.title },
  ];
}

/** The window of at most SNIPPET_LENGTH characters covering the most distinct query items. */
function bestWindow(passage: Passage, ranges: readonly TaggedRange[]): Candidate {
  const length = passage.text.length;
  let best: Candidate | null = null;
  for (const anchor of ranges) {
    let start = Math.max(0, anchor.range[0] - LEAD);
    const end = Math.min(length, start + SNIPPET_LENGTH);
    start = Math.max(0, end - SNIPPET_LENGTH);
    const covered = ranges.filter((tagged) => tagged.range[0] >= start && tagged.range[1] <= end);
    const distinct = new Set(covered.map((tagged) => tagged.item)).size;
    const score =
      distinct * 1_000_000 + covered.length * 1_000 + (FIELD_PRIORITY[passage.field] ?? 0);
    if (!best || score > best.score) best = { passage, start, end, covered, score };
  }
  return best as Candidate;
}

function render(candidate: Candidate): Snippet {
  const text = candidate.passage.text;
  const firstMatch = candidate.covered[0]?.range[0] ?? candidate.start;
  const lastMatch = candidate.covered[candidate.covered.length - 1]?.range[1] ?? candidate.end;
  const start = snapStart(text, candidate.start, firstMatch);
  const end = snapEnd(text, candidate.end, lastMatch);
  return cut(
    text,
    start,
    end,
    candidate.covered.map((tagged) => tagged.range),
  );
}

/** The story's opening: for browsing, or when only other fields matched. */
export function openingSnippet(text: IndexedText): Snippet {
  const source =
    text.body.split(/\n+/).find((paragraph) => paragraph.trim() !== '') ??
    text.captions.split('\n').find((caption) => caption.trim() !== '') ??
    '';
  const end = Math.min(source.length, SNIPPET_LENGTH);
  return cut(source, 0, snapEnd(source, end, 0), []);
}

/** Moves a window start forward to a word boundary, never past `limit`. */
function snapStart(text: string, start: number, limit: number): number {
  if (start === 0) return 0;
  for (let i = start; i < limit; i += 1) if (/\s/.test(text[i - 1] as string)) return i;
  return Math.min(start, limit);
}

/** Moves a window end back to a word boundary, never before `limit`. */
function snapEnd(text: string, end: number, limit: number): number {
  if (end >= text.length) return text.length;
  for (let i = end; i > limit; i -= 1) if (/\s/.test(text[i] as string)) return i;
  return Math.max(end, limit);
}

function cut(text: string, start: number, end: number, ranges: readonly Range[]): Snippet {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from] as string)) from += 1;
  while (to > from && /\s/.test(text[to - 1] as string)) to -= 1;
  const prefix = from > 0 ? ELLIPSIS : '';
  const suffix = to < text.length ? ELLIPSIS : '';
  const shift = prefix.length - from;
  const highlights = mergeRanges(
    ranges
      .filter(([rangeStart, rangeEnd]) => rangeStart >= from && rangeEnd <= to)
      .map(([rangeStart, rangeEnd]): Range => [rangeStart + shift, rangeEnd + shift]),
  );
  return { text: `${prefix}${text.slice(from, to)}${suffix}`, highlights };
}
