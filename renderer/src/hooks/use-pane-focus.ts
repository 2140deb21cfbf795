/**
 * Where focus goes between the panes. Asking for the reader or the list bumps a token that
 * the reader (its headline) or the list follows once it is there: the list may be fetched
 * after the step that asked for it, and with no list to focus (nothing found, an error) the
 * search box takes it. Back and forward put the step's query in the search box and focus
 * where the step was, unless focus is on the toolbar (its Back button keeps it).
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { ResultListHandle } from '../components/ResultList';
import type { NavigationHistory } from '../state/navigation-history';

export interface PaneFocus {
  /** Changes when the reader should focus the story's headline. */
  readerToken: number;
  focusReader: () => void;
  focusList: () => void;
  /** `/` and Ctrl/Cmd+F: the search box, its text selected. */
  focusSearch: () => void;
}

export function usePaneFocus(
  navigation: NavigationHistory,
  resetDraft: (query: string) => void,
  listLoading: boolean,
  listRef: RefObject<ResultListHandle | null>,
  searchRef: RefObject<HTMLInputElement | null>,
): PaneFocus {
  const [readerToken, setReaderToken] = useState(0);
  const [listToken, setListToken] = useState(0);
  const listFocused = useRef(0);

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
        if (restored.storyId && restored.pane === 'reader') setReaderToken((token) => token + 1);
        else setListToken((token) => token + 1);
      }),
    [navigation, resetDraft],
  );

  useEffect(() => {
    if (listToken === listFocused.current) return;
    if (listLoading) return; // wait for this step's answer
    listFocused.current = listToken;
    if (listRef.current) listRef.current.focus();
    else searchRef.current?.focus();
  }, [listToken, listLoading, listRef, searchRef]);

  return {
    readerToken,
    focusReader: () => setReaderToken((token) => token + 1),
    focusList: () => setListToken((token) => token + 1),
    focusSearch: () => {
      searchRef.current?.focus();
      searchRef.current?.select();
    },
  };
}
