/**
 * The state the app's parts share: navigation history and reader settings (external stores),
 * the archive's status, the list and story queries, the open library list, the notice line,
 * and the read-dwell timer that marks an open story read.
 */
import { useState, useSyncExternalStore } from 'react';
import { listQueryKey } from '../model/list-query';
import { useLibraryLists, useStoryLibrary } from '../queries/use-library';
import { useResultList } from '../queries/use-result-list';
import { useStory } from '../queries/use-story';
import { entryFromLocation, localStorageOrNull } from '../state/initial-state';
import { NavigationHistory } from '../state/navigation-history';
import { ReaderSettingsStore } from '../state/reader-settings';
import { useApi } from './api-context';
import { useAppliedTheme } from './use-applied-theme';
import { useArchiveStatus } from './use-archive-status';
import { useNotice } from './use-notice';
import { useOpenPanel } from './use-open-panel';
import { useReadDwell } from './use-read-dwell';

export function useAppData() {
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

  return {
    api,
    navigation,
    settingsStore,
    nav,
    entry,
    settings,
    status,
    statusError,
    retryStatus,
    hasArchive,
    results,
    story,
    storyLibrary,
    panel,
    setPanel,
    notice,
    notify,
    dismissNotice,
    lists,
    touchedRead,
  };
}

export type AppData = ReturnType<typeof useAppData>;
