/**
 * Text with the engine's match ranges wrapped in <mark>, built as React elements (story text
 * is never turned into HTML). In the reader, marks are numbered across the whole story
 * (`firstMatch` is this text's first number) so match navigation can find and flag them; the
 * reader's own highlights (`marked`) show as a second kind of mark, under the matches.
 * Struck-through words of the story (`struck`) are drawn struck (<s>), inside any mark.
 */
import type { ReactNode } from 'react';
import type { Range } from '../../../contract/api';
import { highlightSegments, layeredSegments } from '../model/highlight-segments';

export interface HighlightedTextProps {
  text: string;
  ranges: readonly Range[] | undefined;
  /** Number of this text's first match in the story; omit for unnumbered marks (snippets). */
  firstMatch?: number;
  /** The match the reader is on, or -1. */
  currentMatch?: number;
  /** The reader's own highlights in this text. */
  marked?: readonly Range[];
  /** Words the story strikes through (`~~two~~`, `<s>`), as ranges of this text. */
  struck?: readonly Range[];
}

export function HighlightedText({
  text,
  ranges,
  firstMatch,
  currentMatch = -1,
  marked,
  struck,
}: HighlightedTextProps) {
  const piece = (segment: string, from: number): ReactNode =>
    struck && struck.length > 0 ? withStrikes(segment, from, struck) : segment;
  if (marked && marked.length > 0) {
    const layered = layeredSegments(text, ranges, marked);
    const layeredStarts = startsOf(layered);
    return (
      <>
        {layered.map((segment, index) => {
          let content: ReactNode = piece(segment.text, layeredStarts[index] ?? 0);
          if (segment.match >= 0) {
            const number = firstMatch === undefined ? undefined : firstMatch + segment.match;
            const current = number !== undefined && number === currentMatch;
            content = (
              <mark
                className={current ? 'match match--current' : 'match'}
                data-match={number}
                aria-current={current ? 'true' : undefined}
              >
                {content}
              </mark>
            );
          }
          return segment.marked ? (
            <mark key={index} className="user-highlight">
              {content}
            </mark>
          ) : (
            <span key={index}>{content}</span>
          );
        })}
      </>
    );
  }
  const segments = highlightSegments(text, ranges);
  const segmentStarts = startsOf(segments);
  // The number of each segment's match within this text (segments before it that match).
  const ordinals = segments.map(
    (_, index) => segments.slice(0, index).filter((s) => s.match).length,
  );
  return (
    <>
      {segments.map((segment, index) => {
        const content = piece(segment.text, segmentStarts[index] ?? 0);
        if (!segment.match) {
          return typeof content === 'string' ? content : <span key={index}>{content}</span>;
        }
        if (firstMatch === undefined) {
          return (
            <mark key={index} className="match">
              {content}
            </mark>
          );
        }
        const number = firstMatch + (ordinals[index] ?? 0);
        const current = number === currentMatch;
        return (
          <mark
            key={index}
            className={current ? 'match match--current' : 'match'}
            data-match={number}
            aria-current={current ? 'true' : undefined}
          >
            {content}
          </mark>
        );
      })}
    </>
  );
}

/** Where each segment starts in the whole text. */
function startsOf(segments: readonly { text: string }[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const segment of segments) {
    starts.push(at);
    at += segment.text.length;
  }
  return starts;
}

/** `text` (which starts at `from` in its whole text) with the struck parts in <s>. */
function withStrikes(text: string, from: number, struck: readonly Range[]): ReactNode {
  const to = from + text.length;
  const parts: ReactNode[] = [];
  let cursor = from;
  for (const [start, end] of [...struck].sort((a, b) => a[0] - b[0])) {
    const a = Math.max(start, cursor);
    const b = Math.min(end, to);
    if (b <= a) continue;
    if (a > cursor) parts.push(text.slice(cursor - from, a - from));
    parts.push(<s key={a}>{text.slice(a - from, b - from)}</s>);
    cursor = b;
  }
  if (parts.length === 0) return text;
  if (cursor < to) parts.push(text.slice(cursor - from));
  return <>{parts}</>;
}
