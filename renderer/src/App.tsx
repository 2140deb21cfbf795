/**
 * The app: toolbar, list pane, reader, status line. It owns the state that ties them together
 * (navigation history, settings, the list and story queries, the open library list, the `?`
 * sheet) and wires the parts: moves through history (use-app-navigation: a run of typing, a
 * story, a filter, a sort is a step; selection and scroll are restored with it), focus between
 * the panes (use-pane-focus), the library's actions (use-story-actions, use-library-commands)
 * and the keyboard (use-global-shortcuts). The views only render.
 */
import { AppToolbar } from './components/AppToolbar';
import { PANEL_TITLES } from './components/LibraryPanel';
import { NoticeLine } from './components/NoticeLine';
import { ShortcutSheet } from './components/ShortcutSheet';
import { useAppControls } from './hooks/use-app-controls';
import { useAppData } from './hooks/use-app-data';
import { ArchiveMessage } from './views/ArchiveMessage';
import { ListPane } from './views/ListPane';
import { ReaderPane } from './views/ReaderPane';

export function App() {
  const data = useAppData();
  const { api, navigation, settingsStore, nav, entry, settings, status, hasArchive } = data;
  const { results, story, storyLibrary, panel, setPanel, lists } = data;
  const { search, setSheetOpen, sheetOpen, searchRef, listRef, focus, moves, actions, commands } =
    useAppControls(data);

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
          error={data.statusError}
          onRetry={data.retryStatus}
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
          <ReaderPane
            storyId={entry.storyId}
            story={story}
            archivePath={status.archive}
            settings={settings}
            settingsStore={settingsStore}
            storyLibrary={storyLibrary}
            focus={focus}
            moves={moves}
            actions={actions}
            commands={commands}
            onShowShortcuts={() => setSheetOpen(true)}
          />
        </div>
      )}
      <NoticeLine notice={data.notice} onDismiss={data.dismissNotice} />
      {sheetOpen && <ShortcutSheet onClose={() => setSheetOpen(false)} />}
    </div>
  );
}
