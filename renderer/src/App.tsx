/**
 * The app: toolbar, list pane, reader, status line. It owns the state that ties them together
 * (navigation history, settings, the list and story queries, the open library list, the `?`
 * sheet) and wires the parts: moves through history (use-app-navigation: a run of typing, a
 * story, a filter, a sort is a step; selection and scroll are restored with it), focus between
 * the panes (use-pane-focus), the library's actions (use-story-actions, use-library-commands)
 * and the keyboard (use-global-shortcuts). The views only render.
 */
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { AppToolbar } from './components/AppToolbar';
import { PANEL_TITLES } from './components/LibraryPanel';
import { NoticeLine } from './components/NoticeLine';
import type { ResultListHandle } from './components/ResultList';
import { ShortcutSheet } from './components/ShortcutSheet';
import { useApi } from './hooks/api-context';
import { useAppNavigation } from './hooks/use-app-navigation';
import { useAppliedTheme } from './hooks/use-applied-theme';
import { useArchiveStatus } from './hooks/use-archive-status';
import { useGlobalShortcuts } from './hooks/use-global-shortcuts';
import { useLibraryCommands } from './hooks/use-library-commands';
import { useNotice } from './hooks/use-notice';
import { useOpenPanel } from './hooks/use-open-panel';
import { usePaneFocus } from './hooks/use-pane-focus';
import { useReadDwell } from './hooks/use-read-dwell';
import { useSearchDraft } from './hooks/use-search-draft';
import { useStoryActions } from './hooks/use-story-actions';
import { listQueryKey } from './model/list-query';
import { useLibraryLists, useStoryLibrary } from './queries/use-library';
import { useResultList } from './queries/use-result-list';
import { useStory } from './queries/use-story';
import { entryFromLocation, localStorageOrNull } from './state/initial-state';
import { NavigationHistory } from './state/navigation-history';
import { ReaderSettingsStore } from './state/reader-settings';
import { ArchiveMessage } from './views/ArchiveMessage';
import { ListPane } from './views/ListPane';
import { ReaderPlaceholder } from './views/ReaderPlaceholder';
import { StoryView } from './views/StoryView';

export function App() {
  const api = useApi();
  const [navigation] = useState(() => new NavigationHistory(window, entryFromLocation()));
  const [settingsStore] = useState(() => new ReaderSettingsStore(localStorageOrNull()));

  const nav = useSyncExternalStore(navigation.subscribe, navigation.getSnapshot);
  const entry = nav.entry;
  const settings = useSyncExternalStore(settingsStore.subscribe, settingsStore.getSnapshot);
  useAppliedTheme(settings);
  const { status, error: statusError, retry: retryStatus } = useArchiveStatus(api);
  const generation = status?.generation ?? 0;
  const hasArchive = status !== null && status.archive !== null;

  // The list's first page, count and facets; ListView follows the pages below.
  const results = useResultList(entry.list, generation, hasArchive);
  const story = useStory(entry.storyId, entry.list.query, generation, hasArchive);
  const storyLibrary = useStoryLibrary(entry.storyId, hasArchive);
  const [panel, setPanel] = useOpenPanel(listQueryKey(entry.list));
  const { notice, notify, dismiss: dismissNotice } = useNotice();
  const lists = useLibraryLists(generation, hasArchive, panel);
  const touchedRead = useReadDwell(api, entry.storyId, storyLibrary, hasArchive);

  const search = useSearchDraft(navigation);
  const [sheetOpen, setSheetOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<ResultListHandle>(null);
  const focus = usePaneFocus(navigation, search.reset, results.loading, listRef, searchRef);

  useEffect(() => navigation.start(), [navigation]);

  const moves = useAppNavigation({
    navigation,
    search,
    focus,
    results,
    related: story.related.value,
    listRef,
    closePanel: () => setPanel(null),
    dialogOpen: sheetOpen,
  });
  const actions = useStoryActions({
    entry,
    results,
    storyLibrary,
    touchedRead,
    notify,
    navigation,
  });
  const commands = useLibraryCommands(entry.list, {
    notify,
    openList: (list) => {
      moves.changeList(list);
      focus.focusList();
    },
  });

  useGlobalShortcuts({
    toggleStar: () => actions.toggleStar(),
    toggleRead: () => actions.toggleRead(),
    newNote: actions.newNote,
    focusSearch: focus.focusSearch,
    back: () => navigation.back(),
    forward: () => navigation.forward(),
    moveSelection: moves.moveSelection,
    storylineStep: moves.storylineStep,
    showShortcuts: () => setSheetOpen(true),
    backToList: moves.backToList,
  });

  const queryError = results.error?.code === 'E_QUERY' ? results.error.message : null;
  const pane = entry.storyId ? entry.pane : 'list';

  return (
    <div className="app" data-pane={pane}>
      <AppToolbar
        canGoBack={nav.canGoBack}
        canGoForward={nav.canGoForward}
        onBack={() => navigation.back()}
        onForward={() => navigation.forward()}
        // A library list in place of the results has no query: the box names the list.
        searchValue={panel === null ? search.draft : ''}
        searchPlaceholder={
          panel === null ? undefined : `Search stories (showing ${PANEL_TITLES[panel]})`
        }
        searchRef={searchRef}
        queryError={queryError}
        onSearchChange={search.change}
        onSearchSubmit={search.commitNow}
        onSearchEscape={moves.backToList}
        onSearchArrowDown={() => {
          search.flush();
          moves.moveSelection(1);
        }}
        theme={settings.theme}
        onTheme={(theme) => settingsStore.update({ theme })}
        onShowShortcuts={() => setSheetOpen(true)}
      />
      {!hasArchive && (
        <ArchiveMessage
          api={api}
          known={status !== null}
          error={statusError}
          onRetry={retryStatus}
        />
      )}
      {status && hasArchive && (
        <div className="panes">
          <ListPane
            status={status}
            lists={lists}
            entry={entry}
            panel={panel}
            onPanel={setPanel}
            results={results}
            scrollOffset={navigation.current().scrollOffset}
            stepKey={nav.key}
            listHandle={listRef}
            moves={moves}
            commands={commands}
            focusList={focus.focusList}
            onToggleStar={actions.toggleRowStar}
            onToggleRead={actions.toggleRowRead}
          />
          <main className="reader-pane" aria-label="Reader">
            {entry.storyId ? (
              <StoryView
                answer={story}
                archivePath={status.archive}
                textSize={settings.textSize}
                onTextSize={(direction) => settingsStore.stepTextSize(direction)}
                onOpen={(id) => moves.openStory(id)}
                onRetry={() => {
                  story.retry();
                  focus.focusReader();
                }}
                onBackToList={moves.backToList}
                focusToken={focus.readerToken}
                library={storyLibrary}
                noteToken={actions.noteToken}
                onToggleStar={() => actions.toggleStar(storyLibrary.state ?? undefined)}
                onToggleRead={() => actions.toggleRead(storyLibrary.state ?? undefined)}
                onExport={(format) => {
                  if (entry.storyId) void commands.exportStory(entry.storyId, format);
                }}
              />
            ) : (
              <ReaderPlaceholder onShowShortcuts={() => setSheetOpen(true)} />
            )}
          </main>
        </div>
      )}
      <NoticeLine notice={notice} onDismiss={dismissNotice} />
      {sheetOpen && <ShortcutSheet onClose={() => setSheetOpen(false)} />}
    </div>
  );
}
