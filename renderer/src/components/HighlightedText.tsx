/**
 * Text with the engine's match ranges wrapped in <mark>, built as React elements (story text
 * is never turned into HTML). In the reader, marks are numbered across the whole story
 * (`firstMatch` is this text's first number) so match navigation can find and flag them; the
 * reader's own highlights (`marked`) show as a second kind of mark, under the matches.
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
}

export function HighlightedText({
  text,
  ranges,
  firstMatch,
  currentMatch = -1,
  marked,
}: HighlightedTextProps) {
  if (marked && marked.length > 0) {
    return (
      <>
        {layeredSegments(text, ranges, marked).map((segment, index) => {
          let content: ReactNode = segment.text;
          if (segment.match >= 0) {
            const number = firstMatch === undefined ? undefined : firstMatch + segment.match;
            const current = number !== undefined && number === currentMatch;
            content = (
              <mark
                className={current ? 'match match--current' : 'match'}
                data-match={number}
                aria-current={current ? 'true' : undefined}
              >
                {segment.text}
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
