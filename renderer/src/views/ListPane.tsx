/**
 * The list pane: the archive's status line, the library's nav, then the results (ListView) or,
 * in their place, the library list the reader opened (LibraryPanel).
 */
import type { Ref } from 'react';
import type { ArchiveStatus, SearchHit } from '../../../contract/api';
import { ArchiveStatusBar } from '../components/ArchiveStatusBar';
import { LibraryNav, type LibraryPanelName } from '../components/LibraryNav';
import { LibraryPanel } from '../components/LibraryPanel';
import type { ResultListHandle } from '../components/ResultList';
import type { useAppNavigation } from '../hooks/use-app-navigation';
import type { useLibraryCommands } from '../hooks/use-library-commands';
import { EMPTY_LIST_QUERY } from '../model/list-query';
import type { useLibraryLists } from '../queries/use-library';
import type { ResultListState } from '../queries/use-result-list';
import type { ViewEntry } from '../state/view-entry';
import { ListView } from './ListView';

export interface ListPaneProps {
  status: ArchiveStatus;
  lists: ReturnType<typeof useLibraryLists>;
  entry: ViewEntry;
  panel: LibraryPanelName | null;
  onPanel: (panel: LibraryPanelName | null) => void;
  results: ResultListState;
  scrollOffset: number;
  stepKey: string;
  listHandle: Ref<ResultListHandle>;
  moves: ReturnType<typeof useAppNavigation>;
  commands: ReturnType<typeof useLibraryCommands>;
  focusList: () => void;
  onToggleStar: (hit: SearchHit) => void;
  onToggleRead: (hit: SearchHit) => void;
}

export function ListPane(props: ListPaneProps) {
  const { lists, entry, panel, moves, commands, results, focusList } = props;
  return (
    <section className="list-pane" aria-label="Stories">
      <ArchiveStatusBar status={props.status} />
      <LibraryNav
        overview={lists.overview.value}
        saved={lists.savedSearches.value}
        query={entry.list.query}
        panel={panel}
        onQuery={(query) => moves.changeList({ ...EMPTY_LIST_QUERY, query })}
        onPanel={props.onPanel}
      />
      {panel !== null && (
        <LibraryPanel
          panel={panel}
          annotations={lists.annotations}
          history={lists.readingHistory}
          saved={lists.savedSearches}
          missing={lists.missing}
          onOpen={(id) => moves.openStory(id)}
          onOpenSaved={(saved) => void commands.openSaved(saved)}
          onDeleteSaved={(saved) => void commands.deleteSaved(saved)}
          onClose={() => {
            props.onPanel(null);
            focusList();
          }}
        />
      )}
      {panel === null && (
        <ListView
          results={results}
          list={entry.list}
          selected={entry.selected}
          openStoryId={entry.storyId}
          scrollOffset={props.scrollOffset}
          stepKey={props.stepKey}
          listHandle={props.listHandle}
          onChangeList={moves.changeList}
          onTrySuggestion={(next) => {
            moves.changeList(next);
            focusList();
          }}
          onSelect={moves.select}
          onOpen={moves.openStory}
          onScrollOffset={moves.rememberScroll}
          onRetry={() => {
            results.retry();
            focusList();
          }}
          onSaveSearch={commands.saveSearch}
          onExportList={commands.exportList}
          onToggleStar={props.onToggleStar}
          onToggleRead={props.onToggleRead}
        />
      )}
    </section>
  );
}
