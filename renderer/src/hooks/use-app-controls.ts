/**
 * The app's wiring of what the user does: the search box's draft, focus between the panes,
 * moves through history, the library's actions and commands, the `?` sheet, and the global
 * keyboard shortcuts that call them.
 */
import { useEffect, useRef, useState } from 'react';
import type { ResultListHandle } from '../components/ResultList';
import type { AppData } from './use-app-data';
import { useAppNavigation } from './use-app-navigation';
import { useGlobalShortcuts } from './use-global-shortcuts';
import { useLibraryCommands } from './use-library-commands';
import { usePaneFocus } from './use-pane-focus';
import { useSearchDraft } from './use-search-draft';
import { useStoryActions } from './use-story-actions';

export function useAppControls(data: AppData) {
  const { navigation, entry, results, story, storyLibrary, setPanel, notify, touchedRead } = data;
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

  return { search, sheetOpen, setSheetOpen, searchRef, listRef, focus, moves, actions, commands };
}
