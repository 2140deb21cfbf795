/** Where the app starts: the page's address, and the storage the reader settings live in. */
import { INITIAL_ENTRY, type ViewEntry } from './view-entry';

/** A page opened at `#story/<id>` (a link opened in a new tab) starts on that story. */
export function entryFromLocation(): ViewEntry {
  const match = /^#story\/(.+)$/.exec(window.location.hash);
  if (!match?.[1]) return INITIAL_ENTRY;
  return { ...INITIAL_ENTRY, storyId: decodeURIComponent(match[1]), pane: 'reader' };
}

/** localStorage, or null where the browser refuses it (a sandboxed or private page). */
export function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
