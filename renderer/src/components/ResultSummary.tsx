/**
 * The list's heading and count: "Latest stories" when browsing, the count of hits and the
 * time the search took otherwise. The count is a polite live region: each settled answer is
 * announced once, without moving focus.
 */
import type { SortOrder } from '../../../contract/api';
import { formatCount, pluralise } from '../model/story-dates';

export interface ResultSummaryProps {
  browsing: boolean;
  /** The query the shown answer is for. */
  query: string;
  total: number | null;
  tookMs: number | null;
  loading: boolean;
  sort: SortOrder;
  onSort: (sort: SortOrder) => void;
  /** The filters' disclosure: open or not, and how many filters are set. */
  filtersOpen: boolean;
  activeFilters: number;
  onToggleFilters: () => void;
}

export function summaryText({
  browsing,
  query,
  total,
  tookMs,
  loading,
}: ResultSummaryProps): string {
  if (total === null) return loading ? (browsing ? 'Loading stories…' : 'Searching…') : '';
  const time = tookMs === null ? '' : ` in ${formatCount(Math.round(tookMs))} ms`;
  // Saves of one story are folded into one row, so this can be fewer than the files indexed.
  if (browsing) return pluralise(total, 'story', 'stories');
  return `${pluralise(total, 'story matches', 'stories match')} “${query.trim()}”${time}`;
}

export function ResultSummary(props: ResultSummaryProps) {
  const { browsing, sort, onSort, filtersOpen, activeFilters, onToggleFilters } = props;
  return (
    <div className="summary">
      <h2 className="summary__title">{browsing ? 'Latest stories' : 'Results'}</h2>
      <div className="summary__actions">
        <button
          type="button"
          className="button button--quiet summary__filters"
          aria-expanded={filtersOpen}
          aria-controls="list-filters"
          onClick={onToggleFilters}
        >
          Filters{activeFilters > 0 ? ` (${activeFilters})` : ''}
        </button>
        <label className="summary__sort">
          <span className="visually-hidden">Sort</span>
          <select
            className="select"
            value={browsing && sort === 'relevance' ? 'newest' : sort}
            onChange={(event) => onSort(event.target.value as SortOrder)}
          >
            {!browsing && <option value="relevance">Best match</option>}
            <option value="newest">Newest first</option>
            <option value="oldest">Oldest first</option>
          </select>
        </label>
      </div>
      <p className="summary__count" role="status" aria-live="polite" aria-atomic="true">
        {summaryText(props)}
      </p>
    </div>
  );
}
