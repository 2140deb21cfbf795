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

export function useGlobalShortcuts(handlers: ShortcutHandlers): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing) return;
    const mod = event.ctrlKey || event.metaKey;
    if (mod && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'f') {
      event.preventDefault();
      handlers.focusSearch();
      return;
    }
    if (event.altKey && !mod && !event.shiftKey) {
      if (event.key === 'ArrowLeft') {
        event.preventDefault();
        handlers.back();
      } else if (event.key === 'ArrowRight') {
        event.preventDefault();
        handlers.forward();
      }
      return;
    }
    if (mod || event.altKey) return;
    if (isTypingTarget(event.target)) return;
    // Inside a dialog only the dialog's own keys apply.
    if (event.target instanceof Element && event.target.closest('[role="dialog"]')) return;
    switch (event.key) {
      case '/':
        event.preventDefault();
        handlers.focusSearch();
        break;
      case '?':
        event.preventDefault();
        handlers.showShortcuts();
        break;
      case 'j':
        event.preventDefault();
        handlers.moveSelection(1);
        break;
      case 'k':
        event.preventDefault();
        handlers.moveSelection(-1);
        break;
      case '[':
        event.preventDefault();
        handlers.storylineStep(-1);
        break;
      case ']':
        event.preventDefault();
        handlers.storylineStep(1);
        break;
      case 's':
        event.preventDefault();
        handlers.toggleStar();
        break;
      case 'u':
        event.preventDefault();
        handlers.toggleRead();
        break;
      case 'n':
        event.preventDefault();
        handlers.newNote();
        break;
      case 'Escape':
        handlers.backToList();
        break;
      default:
        break;
    }
  });

  const onMouseButton = useEffectEvent((event: MouseEvent) => {
    if (event.button !== 3 && event.button !== 4) return;
    event.preventDefault();
    if (event.type !== 'mouseup') return;
    if (event.button === 3) handlers.back();
    else handlers.forward();
  });

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
