/**
 * The search box's text, and how it becomes history. Results follow the typing once it
 * pauses (SEARCH_DEBOUNCE_MS). The first search a run of typing settles on is a new history
 * step and the later ones replace it, so Back returns to what was there before the typing,
 * not to every prefix of the words.
 */
import { useCallback, useRef, useState } from 'react';
import type { NavigationHistory } from '../state/navigation-history';

/** How long typing must pause before the results follow. */
export const SEARCH_DEBOUNCE_MS = 180;

export interface SearchDraft {
  /** What the box shows. */
  draft: string;
  /** The user typed: show it, search when the typing pauses. */
  change: (text: string) => void;
  /** Search for what is typed now (Enter). */
  commitNow: () => void;
  /** Settle a search still waiting for the pause (before another action). */
  flush: () => void;
  /** Show this text without searching (history restored, a suggestion taken). */
  reset: (text: string) => void;
}

export function useSearchDraft(navigation: NavigationHistory): SearchDraft {
  const [draft, setDraft] = useState(() => navigation.current().list.query);
  const typingStep = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<string | null>(null);

  const cancel = useCallback((): void => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    pending.current = null;
  }, []);

  const commit = useCallback(
    (text: string): void => {
      cancel();
      const base = navigation.current();
      if (text.trim() === base.list.query.trim()) return;
      const next = {
        ...base,
        list: { ...base.list, query: text },
        scrollOffset: 0,
        selected: -1,
        pane: 'list' as const,
      };
      if (typingStep.current === navigation.getSnapshot().key) {
        navigation.replace(next);
      } else {
        navigation.push(next);
        typingStep.current = navigation.getSnapshot().key;
      }
    },
    [cancel, navigation],
  );

  const change = (text: string): void => {
    setDraft(text);
    cancel();
    pending.current = text;
    timer.current = setTimeout(() => commit(text), SEARCH_DEBOUNCE_MS);
  };

  const flush = (): void => {
    if (pending.current !== null) commit(pending.current);
  };

  const reset = useCallback(
    (text: string): void => {
      cancel();
      setDraft(text);
    },
    [cancel],
  );

  return { draft, change, commitNow: () => commit(draft), flush, reset };
}
