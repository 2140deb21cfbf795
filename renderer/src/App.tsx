/**
 * The app: toolbar (history, search, theme, shortcuts), the list pane (status, results or
 * browse), and the reader. It owns the wiring between navigation history, settings, the
 * list and story queries, and the user's actions; the views only render.
 *
 * History: a run of typing is one step (see use-search-draft); opening a story, a filter, a
 * sort is a step; selection and scroll are details of a step, restored when the user comes
 * back to it, with focus where it was.
 *
 * The reader's library: the open story's state (star, read, tags, notes, highlights) lives
 * here so the keyboard (`s`, `u`, `n`) reaches it from anywhere; the library's nav and lists
 * sit at the top of the list pane; exports download as files.
 */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { SearchHit } from '../../contract/api';
import { ArchiveStatusBar } from './components/ArchiveStatusBar';
import { LibraryNav, type LibraryPanelName } from './components/LibraryNav';
import { LibraryPanel, PANEL_TITLES } from './components/LibraryPanel';
import { NoticeLine } from './components/NoticeLine';
import { ErrorPanel } from './components/ErrorPanel';
import { BackIcon, ForwardIcon } from './components/Icons';
import type { ResultListHandle } from './components/ResultList';
import { SearchBar } from './components/SearchBar';
import { ShortcutSheet } from './components/ShortcutSheet';
import { ThemeSelect } from './components/ThemeSelect';
import { useApi } from './hooks/api-context';
import { useAppliedTheme } from './hooks/use-applied-theme';
import { useArchiveStatus } from './hooks/use-archive-status';
import { useGlobalShortcuts } from './hooks/use-global-shortcuts';
import { useLibraryCommands } from './hooks/use-library-commands';
import { useNotice } from './hooks/use-notice';
import { useReadDwell } from './hooks/use-read-dwell';
import { useSearchDraft } from './hooks/use-search-draft';
import { EMPTY_LIST_QUERY, listQueryKey, type ListQuery } from './model/list-query';
import { hitAt } from './model/shown-list';
import { changes, useLibraryLists, useStoryLibrary } from './queries/use-library';
import { useResultList } from './queries/use-result-list';
import { useStory } from './queries/use-story';
import { NavigationHistory } from './state/navigation-history';
import { ReaderSettingsStore } from './state/reader-settings';
import { INITIAL_ENTRY, type ViewEntry } from './state/view-entry';
import { ListView } from './views/ListView';
import { NoArchiveView } from './views/NoArchiveView';
import { ReaderPlaceholder } from './views/ReaderPlaceholder';
import { StoryView } from './views/StoryView';

/** A page opened at `#story/<id>` (a link opened in a new tab) starts on that story. */
function entryFromLocation(): ViewEntry {
  const match = /^#story\/(.+)$/.exec(window.location.hash);
  if (!match?.[1]) return INITIAL_ENTRY;
  return { ...INITIAL_ENTRY, storyId: decodeURIComponent(match[1]), pane: 'reader' };
}

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

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
  // A library panel shows in place of the list it was opened over; any new list (a search
  // typed, Back, a filter) closes it.
  const [openPanel, setOpenPanel] = useState<{ name: LibraryPanelName; list: string } | null>(null);
  const currentListKey = listQueryKey(entry.list);
  const panel = openPanel?.list === currentListKey ? openPanel.name : null;
  const setPanel = (name: LibraryPanelName | null): void =>
    setOpenPanel(name === null ? null : { name, list: currentListKey });
  const [noteToken, setNoteToken] = useState(0);
  const { notice, notify: setNotice, dismiss: dismissNotice } = useNotice();
  const { overview, savedSearches, annotations, readingHistory, missing } = useLibraryLists(
    generation,
    hasArchive,
    panel,
  );
  const touchedRead = useReadDwell(api, entry.storyId, storyLibrary, hasArchive);

  const search = useSearchDraft(navigation);
  const { reset: resetDraft } = search;
  const [sheetOpen, setSheetOpen] = useState(false);
  const [readerFocus, setReaderFocus] = useState(0);
  const [listFocus, setListFocus] = useState(0);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<ResultListHandle>(null);
  const listFocused = useRef(0);

  useEffect(() => navigation.start(), [navigation]);

  // Back and forward: the search box shows the step's query; focus goes where the step was.
  useEffect(
    () =>
      navigation.subscribe((cause) => {
        if (cause !== 'restore') return;
        const restored = navigation.getSnapshot().entry;
        resetDraft(restored.list.query);
        const active = document.activeElement;
        const lost = !active || active === document.body || !active.isConnected;
        if (!lost && !(active instanceof Element && active.closest('.list-pane, .reader-pane'))) {
          return; // e.g. the toolbar's Back button keeps focus
        }
        if (restored.storyId && restored.pane === 'reader') setReaderFocus((token) => token + 1);
        else setListFocus((token) => token + 1);
      }),
    [navigation, resetDraft],
  );

  // Focus the list once it is there (it may be fetched after the step that asked for it).
  // With no list to focus (nothing found, an error), the search box takes it.
  const listLoading = results.loading;
  useEffect(() => {
    if (listFocus === listFocused.current) return;
    if (listLoading) return; // wait for this step's answer
    listFocused.current = listFocus;
    if (listRef.current) listRef.current.focus();
    else searchRef.current?.focus();
  }, [listFocus, listLoading]);

  const openStory = (id: string, selected?: number): void => {
    search.flush();
    const base = navigation.current();
    if (base.storyId === id && base.pane === 'reader') {
      setReaderFocus((token) => token + 1);
      return;
    }
    navigation.push({ ...base, storyId: id, pane: 'reader', selected: selected ?? base.selected });
    setReaderFocus((token) => token + 1);
  };

  const changeList = (next: ListQuery): void => {
    setPanel(null);
    const base = navigation.current();
    resetDraft(next.query);
    navigation.push({ ...base, list: next, scrollOffset: 0, selected: -1, pane: 'list' });
  };

  const select = (index: number): void => {
    const base = navigation.current();
    if (base.selected !== index) navigation.replace({ ...base, selected: index });
  };

  const rememberScroll = (offset: number): void => {
    const base = navigation.current();
    if (results.answer?.key === listQueryKey(base.list)) {
      navigation.remember({ scrollOffset: offset });
    }
  };

  const focusSearch = (): void => {
    searchRef.current?.focus();
    searchRef.current?.select();
  };

  const backToList = (): void => {
    if (sheetOpen) return;
    const base = navigation.current();
    if (base.pane !== 'list') navigation.replace({ ...base, pane: 'list' });
    setListFocus((token) => token + 1);
  };

  const moveSelection = (delta: 1 | -1): void => {
    const shown = results.answer;
    if (!shown || shown.total === 0) return;
    const base = navigation.current();
    const from = base.selected < 0 ? (delta === 1 ? -1 : 1) : base.selected;
    const next = Math.min(shown.total - 1, Math.max(0, from + delta));
    navigation.replace({ ...base, selected: next, pane: 'list' });
    listRef.current?.reveal(next);
    listRef.current?.focus();
  };

  const storylineStep = (delta: 1 | -1): void => {
    const storyline = story.related.value?.storyline ?? [];
    const here = storyline.findIndex((item) => item.current);
    const target = here < 0 ? undefined : storyline[here + delta];
    if (target) openStory(target.id);
  };

  // ── the library ──

  /** The story `s` and `u` act on: the selected row while in the list, else the open story. */
  const libraryTarget = (): { id: string; starred: boolean; read: boolean } | null => {
    const shown = results.answer;
    const selectedHit = entry.pane === 'list' && shown ? hitAt(shown, entry.selected) : undefined;
    if (selectedHit?.library) return { id: selectedHit.id, ...selectedHit.library };
    const state = storyLibrary.state;
    if (entry.storyId && state?.id === entry.storyId) return state;
    return null;
  };

  const toggleStar = (target = libraryTarget()): void => {
    if (!target) return;
    void storyLibrary.change(changes.star(!target.starred), target.id).then((state) => {
      if (state) setNotice(state.starred ? 'Starred.' : 'Star removed.');
    });
  };

  const toggleRead = (target = libraryTarget()): void => {
    if (!target) return;
    touchedRead(target.id);
    void storyLibrary.change(changes.read(!target.read), target.id).then((state) => {
      if (state) setNotice(state.read ? 'Marked read.' : 'Marked unread.');
    });
  };

  const toggleRowStar = useCallback(
    (hit: SearchHit) => {
      if (!hit.library) return;
      void storyLibrary.change(changes.star(!hit.library.starred), hit.id);
    },
    [storyLibrary],
  );

  const toggleRowRead = useCallback(
    (hit: SearchHit) => {
      if (!hit.library) return;
      touchedRead(hit.id);
      void storyLibrary.change(changes.read(!hit.library.read), hit.id);
    },
    [storyLibrary, touchedRead],
  );

  const newNote = (): void => {
    if (!entry.storyId) return;
    const base = navigation.current();
    if (base.pane !== 'reader') navigation.replace({ ...base, pane: 'reader' });
    setNoteToken((token) => token + 1);
  };

  const commands = useLibraryCommands(entry.list, {
    notify: setNotice,
    openList: (list) => {
      changeList(list);
      setListFocus((token) => token + 1);
    },
  });

  useGlobalShortcuts({
    toggleStar: () => toggleStar(),
    toggleRead: () => toggleRead(),
    newNote,
    focusSearch,
    back: () => navigation.back(),
    forward: () => navigation.forward(),
    moveSelection,
    storylineStep,
    showShortcuts: () => setSheetOpen(true),
    backToList,
  });

  const queryError = results.error?.code === 'E_QUERY' ? results.error.message : null;
  const pane = entry.storyId ? entry.pane : 'list';

  return (
    <div className="app" data-pane={pane}>
      <header className="toolbar">
        <h1 className="visually-hidden">Clippings</h1>
        <div className="toolbar__history">
          <button
            type="button"
            className="icon-button"
            aria-disabled={!nav.canGoBack}
            aria-keyshortcuts="Alt+ArrowLeft"
            title="Back (Alt+←)"
            onClick={() => navigation.back()}
          >
            <BackIcon />
            <span className="visually-hidden">Back</span>
          </button>
          <button
            type="button"
            className="icon-button"
            aria-disabled={!nav.canGoForward}
            aria-keyshortcuts="Alt+ArrowRight"
            title="Forward (Alt+→)"
            onClick={() => navigation.forward()}
          >
            <ForwardIcon />
            <span className="visually-hidden">Forward</span>
          </button>
        </div>
        {/* A library list shown in place of the results has no query: the box says which
            list it is, and the results' query comes back with them. */}
        <SearchBar
          value={panel === null ? search.draft : ''}
          placeholder={
            panel === null ? undefined : `Search stories (showing ${PANEL_TITLES[panel]})`
          }
          inputRef={searchRef}
          error={queryError}
          onChange={search.change}
          onSubmit={search.commitNow}
          onEscape={backToList}
          onArrowDown={() => {
            search.flush();
            moveSelection(1);
          }}
        />
        <div className="toolbar__end">
          <ThemeSelect
            value={settings.theme}
            onChange={(theme) => settingsStore.update({ theme })}
          />
          <button
            type="button"
            className="icon-button"
            aria-keyshortcuts="?"
            title="Keyboard shortcuts and where your data lives (?)"
            onClick={() => setSheetOpen(true)}
          >
            <span aria-hidden="true" className="icon-button__text">
              ?
            </span>
            <span className="visually-hidden">Keyboard shortcuts</span>
          </button>
        </div>
      </header>

      {!status && (
        <main className="app__message">
          {statusError ? (
            <ErrorPanel
              title="Clippings cannot reach its archive."
              message={statusError.message}
              onRetry={retryStatus}
            />
          ) : (
            <p className="app__loading">Opening the archive…</p>
          )}
        </main>
      )}
      {status && !hasArchive && (
        <main className="app__message">
          <NoArchiveView api={api} />
        </main>
      )}
      {status && hasArchive && (
        <div className="panes">
          <section className="list-pane" aria-label="Stories">
            <ArchiveStatusBar status={status} />
            <LibraryNav
              overview={overview.value}
              saved={savedSearches.value}
              query={entry.list.query}
              panel={panel}
              onQuery={(query) => changeList({ ...EMPTY_LIST_QUERY, query })}
              onPanel={setPanel}
            />
            {panel !== null && (
              <LibraryPanel
                panel={panel}
                annotations={annotations}
                history={readingHistory}
                saved={savedSearches}
                missing={missing}
                onOpen={(id) => openStory(id)}
                onOpenSaved={(saved) => void commands.openSaved(saved)}
                onDeleteSaved={(saved) => void commands.deleteSaved(saved)}
                onClose={() => {
                  setPanel(null);
                  setListFocus((token) => token + 1);
                }}
              />
            )}
            {panel === null && (
              <ListView
                results={results}
                list={entry.list}
                selected={entry.selected}
                openStoryId={entry.storyId}
                scrollOffset={navigation.current().scrollOffset}
                stepKey={nav.key}
                listHandle={listRef}
                onChangeList={changeList}
                onTrySuggestion={(next) => {
                  changeList(next);
                  setListFocus((token) => token + 1);
                }}
                onSelect={select}
                onOpen={openStory}
                onScrollOffset={rememberScroll}
                onRetry={() => {
                  results.retry();
                  setListFocus((token) => token + 1);
                }}
                onSaveSearch={commands.saveSearch}
                onExportList={commands.exportList}
                onToggleStar={toggleRowStar}
                onToggleRead={toggleRowRead}
              />
            )}
          </section>
          <main className="reader-pane" aria-label="Reader">
            {entry.storyId ? (
              <StoryView
                answer={story}
                archivePath={status.archive}
                textSize={settings.textSize}
                onTextSize={(direction) => settingsStore.stepTextSize(direction)}
                onOpen={(id) => openStory(id)}
                onRetry={() => {
                  story.retry();
                  setReaderFocus((token) => token + 1);
                }}
                onBackToList={backToList}
                focusToken={readerFocus}
                library={storyLibrary}
                noteToken={noteToken}
                onToggleStar={() => toggleStar(storyLibrary.state ?? undefined)}
                onToggleRead={() => toggleRead(storyLibrary.state ?? undefined)}
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
