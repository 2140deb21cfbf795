/**
 * Text with the engine's match ranges wrapped in <mark>, built as React elements (story text
 * is never turned into HTML). In the reader, marks are numbered across the whole story
 * (`firstMatch` is this text's first number) so match navigation can find and flag them.
 */
import type { Range } from '../../../preload/api';
import { highlightSegments } from '../model/highlight-segments';

export interface HighlightedTextProps {
  text: string;
  ranges: readonly Range[] | undefined;
  /** Number of this text's first match in the story; omit for unnumbered marks (snippets). */
  firstMatch?: number;
  /** The match the reader is on, or -1. */
  currentMatch?: number;
}

export function HighlightedText({
  text,
  ranges,
  firstMatch,
  currentMatch = -1,
}: HighlightedTextProps) {
  const segments = highlightSegments(text, ranges);
  // The number of each segment's match within this text (segments before it that match).
  const ordinals = segments.map(
    (_, index) => segments.slice(0, index).filter((s) => s.match).length,
  );
  return (
    <>
      {segments.map((segment, index) => {
        if (!segment.match) return segment.text;
        if (firstMatch === undefined) {
          return (
            <mark key={index} className="match">
              {segment.text}
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
            {segment.text}
          </mark>
        );
      })}
    </>
  );
}
