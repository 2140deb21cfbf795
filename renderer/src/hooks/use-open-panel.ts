/**
 * The library list (Notes, History, Saved searches, Missing stories) shown in place of the
 * list it was opened over; any new list (a search typed, Back, a filter) closes it.
 */
import { useState } from 'react';
import type { LibraryPanelName } from '../components/LibraryNav';

export function useOpenPanel(currentListKey: string) {
  const [open, setOpen] = useState<{ name: LibraryPanelName; list: string } | null>(null);
  const panel = open?.list === currentListKey ? open.name : null;
  const setPanel = (name: LibraryPanelName | null): void =>
    setOpen(name === null ? null : { name, list: currentListKey });
  return [panel, setPanel] as const;
}
