/**
 * The reader's library actions on a story: star and read (`s`, `u`: the selected row while in
 * the list, else the open story; each says how it went in the status line), the same from a
 * result row's marks, and `n` (a note on the open story: the reader pane, the notes panel).
 */
import { useCallback, useState } from 'react';
import type { SearchHit } from '../../../contract/api';
import { hitAt } from '../model/shown-list';
import { changes, type StoryLibrary } from '../queries/use-library';
import type { ResultListState } from '../queries/use-result-list';
import type { NavigationHistory } from '../state/navigation-history';
import type { ViewEntry } from '../state/view-entry';

type Target = { id: string; starred: boolean; read: boolean };

export function useStoryActions(options: {
  entry: ViewEntry;
  results: ResultListState;
  storyLibrary: StoryLibrary;
  /** Tells the read dwell the reader set this story's read state by hand. */
  touchedRead: (id: string) => void;
  notify: (message: string) => void;
  navigation: NavigationHistory;
}) {
  const { entry, results, storyLibrary, touchedRead, notify, navigation } = options;
  const [noteToken, setNoteToken] = useState(0);

  /** The story `s` and `u` act on: the selected row while in the list, else the open story. */
  const libraryTarget = (): Target | null => {
    const shown = results.answer;
    const selectedHit = entry.pane === 'list' && shown ? hitAt(shown, entry.selected) : undefined;
    if (selectedHit?.library) return { id: selectedHit.id, ...selectedHit.library };
    const state = storyLibrary.state;
    if (entry.storyId && state?.id === entry.storyId) return state;
    return null;
  };

  const toggleStar = (target: Target | null = libraryTarget()): void => {
    if (!target) return;
    void storyLibrary.change(changes.star(!target.starred), target.id).then((state) => {
      if (state) notify(state.starred ? 'Starred.' : 'Star removed.');
    });
  };

  const toggleRead = (target: Target | null = libraryTarget()): void => {
    if (!target) return;
    touchedRead(target.id);
    void storyLibrary.change(changes.read(!target.read), target.id).then((state) => {
      if (state) notify(state.read ? 'Marked read.' : 'Marked unread.');
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

  return { toggleStar, toggleRead, toggleRowStar, toggleRowRead, newNote, noteToken };
}
