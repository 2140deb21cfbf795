/**
 * ViewEntry: one step of the in-app history — what the list shows, where it was scrolled
 * and which row was selected, which story the reader shows, and which pane the user was in
 * (the one-column layout shows only that pane). Plain data: it is stored in history.state.
 */
import { EMPTY_LIST_QUERY, type ListQuery } from '../model/list-query';

export type Pane = 'list' | 'reader';

export interface ViewEntry {
  list: ListQuery;
  /** The story in the reader, or null. */
  storyId: string | null;
  pane: Pane;
  /** The list's scroll offset in CSS pixels. */
  scrollOffset: number;
  /** The selected row of the list, or -1. */
  selected: number;
}

export const INITIAL_ENTRY: ViewEntry = {
  list: EMPTY_LIST_QUERY,
  storyId: null,
  pane: 'list',
  scrollOffset: 0,
  selected: -1,
};

/** A value read back from history.state is only trusted in this shape. */
export function isViewEntry(value: unknown): value is ViewEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<ViewEntry>;
  const list = entry.list as Partial<ListQuery> | undefined;
  return (
    typeof list === 'object' &&
    list !== null &&
    typeof list.query === 'string' &&
    Array.isArray(list.sections) &&
    list.sections.every((section) => typeof section === 'string') &&
    (list.from === null || typeof list.from === 'string') &&
    (list.to === null || typeof list.to === 'string') &&
    (list.sort === 'relevance' || list.sort === 'newest' || list.sort === 'oldest') &&
    (entry.storyId === null || typeof entry.storyId === 'string') &&
    (entry.pane === 'list' || entry.pane === 'reader') &&
    typeof entry.scrollOffset === 'number' &&
    typeof entry.selected === 'number'
  );
}
