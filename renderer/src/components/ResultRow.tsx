/**
 * One row of the results list: headline, the facts line (date, section, byline, saves) and
 * the snippet with the matched words marked. Rows have one fixed height (the virtual list
 * relies on it), so long headlines and snippets are clamped by the stylesheet.
 */
import { memo } from 'react';
import type { SearchHit } from '../../../preload/api';
import { formatSection, formatStoryDate } from '../model/story-dates';
import { HighlightedText } from './HighlightedText';

/** Memoised: scrolling re-renders the visible rows' positions, not their contents. */
export const ResultRow = memo(function ResultRow({ hit }: { hit: SearchHit }) {
  return (
    <>
      <span className="result-row__title">{hit.title || 'Untitled story'}</span>
      <span className="result-row__facts">
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
