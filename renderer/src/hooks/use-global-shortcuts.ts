/**
 * The app's keyboard and mouse shortcuts, listened for on the window. Keys that type are
 * ignored while the user is writing in a field (except the ones a search box never types:
 * Ctrl/Cmd+F, Alt+←/→). The mouse's back and forward buttons (3 and 4) are taken over so
 * Electron and Chromium behave the same; their default navigation is prevented.
 */
import { useEffect, useEffectEvent } from 'react';

export interface ShortcutHandlers {
  focusSearch: () => void;
  back: () => void;
  forward: () => void;
  /** j/k outside the list: move the list's selection by one. */
  moveSelection: (delta: 1 | -1) => void;
  /** [ and ]: the previous or next story of the storyline. */
  storylineStep: (delta: 1 | -1) => void;
  showShortcuts: () => void;
  /** Esc outside a field and a dialog: back to the list. */
  backToList: () => void;
  /** s: star or unstar (the open story, or the selected row in the list). */
  toggleStar: () => void;
  /** u: mark read or unread (likewise). */
  toggleRead: () => void;
  /** n: write a note on the open story. */
  newNote: () => void;
}

/** True when a key press would type into this element. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range'].includes(target.type);
  }
  return false;
}

/** The keys that act alone (no modifier, outside fields and dialogs); each prevents its default. */
const PLAIN_KEYS: Record<string, (handlers: ShortcutHandlers) => void> = {
  '/': (h) => h.focusSearch(),
  '?': (h) => h.showShortcuts(),
  j: (h) => h.moveSelection(1),
  k: (h) => h.moveSelection(-1),
  '[': (h) => h.storylineStep(-1),
  ']': (h) => h.storylineStep(1),
  s: (h) => h.toggleStar(),
  u: (h) => h.toggleRead(),
  n: (h) => h.newNote(),
};

/** The shortcuts that work even while typing: Ctrl/Cmd+F and Alt+←/→. True when handled. */
function handleModifiedKey(event: KeyboardEvent, handlers: ShortcutHandlers): boolean {
  const mod = event.ctrlKey || event.metaKey;
  if (mod && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'f') {
    event.preventDefault();
    handlers.focusSearch();
    return true;
  }
  if (event.altKey && !mod && !event.shiftKey) {
    if (event.key === 'ArrowLeft') {
      event.preventDefault();
      handlers.back();
    } else if (event.key === 'ArrowRight') {
      event.preventDefault();
      handlers.forward();
    }
    return true;
  }
  return mod || event.altKey;
}

function handleShortcutKey(event: KeyboardEvent, handlers: ShortcutHandlers): void {
  if (event.defaultPrevented || event.isComposing) return;
  if (handleModifiedKey(event, handlers)) return;
  if (isTypingTarget(event.target)) return;
  // Inside a dialog only the dialog's own keys apply.
  if (event.target instanceof Element && event.target.closest('[role="dialog"]')) return;
  if (event.key === 'Escape') {
    handlers.backToList();
    return;
  }
  const action = Object.hasOwn(PLAIN_KEYS, event.key) ? PLAIN_KEYS[event.key] : undefined;
  if (!action) return;
  event.preventDefault();
  action(handlers);
}

function handleMouseButton(event: MouseEvent, handlers: ShortcutHandlers): void {
  if (event.button !== 3 && event.button !== 4) return;
  event.preventDefault();
  if (event.type !== 'mouseup') return;
  if (event.button === 3) handlers.back();
  else handlers.forward();
}

export function useGlobalShortcuts(handlers: ShortcutHandlers): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => handleShortcutKey(event, handlers));
  const onMouseButton = useEffectEvent((event: MouseEvent) => handleMouseButton(event, handlers));

  useEffect(() => {
    const keyListener = (event: KeyboardEvent): void => onKeyDown(event);
    const mouseListener = (event: MouseEvent): void => onMouseButton(event);
    window.addEventListener('keydown', keyListener);
    window.addEventListener('mousedown', mouseListener);
    window.addEventListener('mouseup', mouseListener);
    return () => {
      window.removeEventListener('keydown', keyListener);
      window.removeEventListener('mousedown', mouseListener);
      window.removeEventListener('mouseup', mouseListener);
    };
  }, []);
}
