/**
 * The list pane: the heading and count, sort, section facets, the month histogram, and the
 * virtual results list — or, in its place, a query error, an empty answer with suggestions,
 * or a failed call with a retry. Browsing (an empty query) shows the latest stories.
 */
import type { Ref } from 'react';
import type { ExportFormat, SearchHit } from '../../../contract/api';
import { ListActions } from '../components/ListActions';
import { ListFilters } from '../components/ListFilters';
import { ListProblems } from '../components/ListProblems';
import { NoResults } from '../components/NoResults';
import { ResultList, type ResultListHandle } from '../components/ResultList';
import { ResultSummary } from '../components/ResultSummary';
import { useListFilters } from '../hooks/use-list-filters';
import { isBrowse, listQueryKey, type ListQuery } from '../model/list-query';
import { hitAt } from '../model/shown-list';
import type { ResultListState } from '../queries/use-result-list';
import { useResultPages } from '../queries/use-result-pages';

export interface ListViewProps {
  results: ResultListState;
  /** The list the current history step asks for. */
  list: ListQuery;
  selected: number;
  openStoryId: string | null;
  scrollOffset: number;
  /** Identifies the history step, so coming back to it restores its scroll position. */
  stepKey: string;
  listHandle: Ref<ResultListHandle>;
  onChangeList: (list: ListQuery) => void;
  /** A suggestion of the empty answer was taken (its button goes away: focus moves on). */
  onTrySuggestion: (list: ListQuery) => void;
  onSelect: (index: number) => void;
  onOpen: (id: string, index: number) => void;
  onScrollOffset: (offset: number) => void;
  onRetry: () => void;
  /** Saves the list's search under a name; resolves false when it was refused. */
  onSaveSearch: (name: string) => Promise<boolean>;
  onExportList: (format: ExportFormat) => void;
  onToggleStar: (hit: SearchHit) => void;
  onToggleRead: (hit: SearchHit) => void;
}

export function ListView(props: ListViewProps) {
  const { results, list } = props;
  const filters = useListFilters(list, props.onChangeList);
  const browsing = isBrowse(list);
  const requestedKey = listQueryKey(list);
  // Pages follow here, not in the app: their arrival re-renders the list pane only.
  const { shown, pageError, needRange } = useResultPages(
    results.answer,
    results.answer?.key === requestedKey,
  );
  const shownIsCurrent = shown !== null && shown.key === requestedKey;
  const { error, loading } = results;

  const open = (index: number): void => {
    const hit = shown ? hitAt(shown, index) : undefined;
    if (hit) props.onOpen(hit.id, index);
  };

  return (
    <>
      <div className="list-head">
        <ResultSummary
          browsing={browsing}
          query={shown?.query.query ?? list.query}
          total={error ? null : (shown?.total ?? null)}
          tookMs={browsing ? null : (shown?.tookMs ?? null)}
          relaxed={browsing ? null : (shown?.relaxed ?? null)}
          loading={loading}
          sort={list.sort}
          onSort={filters.setSort}
          filtersOpen={filters.open}
          activeFilters={filters.active}
          onToggleFilters={filters.toggleOpen}
        />
        <ListActions
          canSave={!browsing}
          onSave={props.onSaveSearch}
          onExport={props.onExportList}
        />
        <ListFilters facets={shown && !error ? shown.facets : null} list={list} filters={filters} />
      </div>
      <div className={loading ? 'list-body list-body--loading' : 'list-body'}>
        <ListProblems
          browsing={browsing}
          error={error}
          pageError={pageError}
          onRetry={props.onRetry}
        />
        {!error && shown && shown.total === 0 && !loading && (
          <NoResults list={shown.query} onTry={props.onTrySuggestion} />
        )}
        {!error && shown && shown.total > 0 && (
          <ResultList
            key={shown.key}
            shown={shown}
            label={browsing ? 'Latest stories' : 'Search results'}
            selected={shownIsCurrent ? props.selected : -1}
            openStoryId={props.openStoryId}
            restoreOffset={shownIsCurrent ? props.scrollOffset : 0}
            restoreToken={props.stepKey}
            onSelect={props.onSelect}
            onOpen={open}
            onScrollOffset={props.onScrollOffset}
            onNeedRange={needRange}
            onToggleStar={props.onToggleStar}
            onToggleRead={props.onToggleRead}
            handleRef={props.listHandle}
          />
        )}
      </div>
    </>
  );
}
