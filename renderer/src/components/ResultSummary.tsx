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
  /** Set when few stories held every word and the search was loosened. */
  relaxed?: { every: number } | null;
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
  relaxed,
}: ResultSummaryProps): string {
  if (total === null) return loading ? (browsing ? 'Loading stories…' : 'Searching…') : '';
  const time = tookMs === null ? '' : ` in ${formatCount(Math.round(tookMs))} ms`;
  // Saves of one story are folded into one row, so this can be fewer than the files indexed.
  if (browsing) return pluralise(total, 'story', 'stories');
  const quoted = `“${query.trim()}”`;
  if (relaxed) {
    // The query was loosened: say how many hold every word, and that the rest hold some.
    const rest = total - relaxed.every;
    if (relaxed.every === 0) {
      return `No story holds every word of ${quoted}; ${pluralise(rest, 'story holds', 'stories hold')} some of them${time}`;
    }
    const every = pluralise(relaxed.every, 'story holds', 'stories hold');
    return `${every} every word of ${quoted}, ${formatCount(rest)} more some of them${time}`;
  }
  return `${pluralise(total, 'story matches', 'stories match')} ${quoted}${time}`;
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
