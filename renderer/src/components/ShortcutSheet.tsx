/**
 * The `?` sheet: every keyboard shortcut, and where the reader's data lives, in a modal dialog
 * that holds focus while open and gives it back to where it was when closed (Esc, the Close
 * button, or a click outside).
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { DataLocations } from './DataLocations';

export const SHORTCUTS: readonly { keys: string[]; what: string }[] = [
  { keys: ['/', 'Ctrl F'], what: 'Search' },
  { keys: ['↓'], what: 'From the search box to the results' },
  { keys: ['j', '↓'], what: 'Next result' },
  { keys: ['k', '↑'], what: 'Previous result' },
  { keys: ['Enter'], what: 'Open the selected result' },
  { keys: ['Esc'], what: 'Back to the list' },
  { keys: ['Enter', 'Shift Enter'], what: 'Next or previous match in the story' },
  { keys: ['[', ']'], what: 'Previous or next story in the storyline' },
  { keys: ['s'], what: 'Star or unstar the story (or the selected result)' },
  { keys: ['u'], what: 'Mark the story read or unread' },
  { keys: ['n'], what: 'Write a note on the story' },
  { keys: ['Alt ←', 'Alt →'], what: 'Back and forward' },
  { keys: ['?'], what: 'This list' },
];

export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  const dialogRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeRef.current?.focus();
    return () => {
      if (previous && previous.isConnected) previous.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab') return;
    const focusable = dialogRef.current?.querySelectorAll<HTMLElement>(
      'button, [href], [tabindex="0"]',
    );
    if (!focusable || focusable.length === 0) return;
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  return (
    <div
      className="dialog-backdrop"
      onMouseDown={(event) => event.target === event.currentTarget && onClose()}
    >
      <div
        ref={dialogRef}
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-title"
        onKeyDown={onKeyDown}
      >
        <h2 id="shortcuts-title" className="dialog__title">
          Keyboard shortcuts
        </h2>
        <table className="shortcuts">
          <tbody>
            {SHORTCUTS.map((shortcut) => (
              <tr key={shortcut.what}>
                <td className="shortcuts__keys">
                  {shortcut.keys.map((key, index) => (
                    <span key={key}>
                      {index > 0 && <span className="shortcuts__or"> or </span>}
                      <kbd>{key}</kbd>
                    </span>
                  ))}
                </td>
                <td>{shortcut.what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="dialog__note">The mouse’s back and forward buttons work too.</p>
        <DataLocations />
        <button ref={closeRef} type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
