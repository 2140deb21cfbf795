/**
 * The app's moves through its history: open a story, change the list (a search, a filter, a
 * sort), select a row, remember the list's scroll, back to the list, j/k through the results,
 * [ and ] along the storyline. Opening a story, a filter, a sort is a step; selection and
 * scroll are details of a step, restored when the user comes back to it.
 */
import type { RefObject } from 'react';
import type { RelatedResponse } from '../../../contract/api';
import type { ResultListHandle } from '../components/ResultList';
import { listQueryKey, type ListQuery } from '../model/list-query';
import type { ResultListState } from '../queries/use-result-list';
import type { NavigationHistory } from '../state/navigation-history';
import type { PaneFocus } from './use-pane-focus';

export function useAppNavigation(options: {
  navigation: NavigationHistory;
  search: { flush: () => void; reset: (query: string) => void };
  focus: PaneFocus;
  results: ResultListState;
  related: RelatedResponse | null;
  listRef: RefObject<ResultListHandle | null>;
  /** Closes a library list shown in place of the results. */
  closePanel: () => void;
  /** True while a dialog is open (Esc is the dialog's). */
  dialogOpen: boolean;
}) {
  const { navigation, search, focus, results, listRef } = options;

  const openStory = (id: string, selected?: number): void => {
    search.flush();
    const base = navigation.current();
    if (base.storyId !== id || base.pane !== 'reader') {
      navigation.push({
        ...base,
        storyId: id,
        pane: 'reader',
        selected: selected ?? base.selected,
      });
    }
    focus.focusReader();
  };

  const changeList = (next: ListQuery): void => {
    options.closePanel();
    const base = navigation.current();
    search.reset(next.query);
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

  const backToList = (): void => {
    if (options.dialogOpen) return;
    const base = navigation.current();
    if (base.pane !== 'list') navigation.replace({ ...base, pane: 'list' });
    focus.focusList();
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
    const storyline = options.related?.storyline ?? [];
    const here = storyline.findIndex((item) => item.current);
    const target = here < 0 ? undefined : storyline[here + delta];
    if (target) openStory(target.id);
  };

  return {
    openStory,
    changeList,
    select,
    rememberScroll,
    backToList,
    moveSelection,
    storylineStep,
  };
}
