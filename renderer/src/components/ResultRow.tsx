/**
 * One row of the results list: headline, the facts line (date, section, byline, saves) and
 * the snippet with the matched words marked. Rows have one fixed height (the virtual list
 * relies on it), so long headlines and snippets are clamped by the stylesheet.
 *
 * A row shows the reader's marks, each always in its own place: a star, filled or outlined
 * (click it to star or unstar; `s` does it for the selected row), and the read mark, a filled
 * dot and a bolder headline for an unread story, a ring for a read one (click it to toggle;
 * `u` toggles the selected row). The row is an option of a listbox, which may hold
 * no controls, so star and dot are pointer targets only and their state is in the row's text
 * for screen readers ("Starred", "Unread").
 */
import { memo } from 'react';
import type { SearchHit } from '../../../contract/api';
import { formatSection, formatStoryDate } from '../model/story-dates';
import { HighlightedText } from './HighlightedText';
import { StarIcon } from './Icons';

/** Memoised: scrolling re-renders the visible rows' positions, not their contents. */
export const ResultRow = memo(function ResultRow({
  hit,
  onToggleStar,
  onToggleRead,
}: {
  hit: SearchHit;
  onToggleStar?: (hit: SearchHit) => void;
  onToggleRead?: (hit: SearchHit) => void;
}) {
  const marks = hit.library;
  return (
    <>
      <span className="result-row__title">
        {marks && (
          <span
            className={marks.starred ? 'result-row__star result-row__star--on' : 'result-row__star'}
            aria-hidden="true"
            title={marks.starred ? 'Starred (click to unstar)' : 'Star'}
            onClick={(event) => {
              event.stopPropagation();
              onToggleStar?.(hit);
            }}
          >
            <StarIcon filled={marks.starred} />
          </span>
        )}
        {marks && (
          <span
            className={
              marks.read
                ? 'result-row__dot result-row__dot--read'
                : 'result-row__dot result-row__dot--unread'
            }
            aria-hidden="true"
            title={marks.read ? 'Read (click to mark unread)' : 'Unread (click to mark read)'}
            onClick={(event) => {
              event.stopPropagation();
              onToggleRead?.(hit);
            }}
          />
        )}
        {hit.title || 'Untitled story'}
      </span>
      <span className="result-row__facts">
        {marks?.starred && <span className="visually-hidden">Starred. </span>}
        {/* Unread rows show a bolder headline; the word is for screen readers. */}
        {marks && !marks.read && <span className="visually-hidden">Unread. </span>}
        <time dateTime={hit.date ?? undefined}>{formatStoryDate(hit.date)}</time>
        <span aria-hidden="true"> · </span>
        <span>{formatSection(hit.section)}</span>
        {hit.byline && (
          <>
            <span aria-hidden="true"> · </span>
            <span>{hit.byline}</span>
          </>
        )}
        {hit.duplicates.length > 0 && (
          <>
            <span aria-hidden="true"> · </span>
            <span>saved {hit.duplicates.length + 1} times</span>
          </>
        )}
      </span>
      <span className="result-row__snippet">
        <HighlightedText text={hit.snippet.text} ranges={hit.snippet.highlights} />
      </span>
    </>
  );
});
