/**
 * The month histogram's bars as one tab stop: ←/→, Home and End move between them, and
 * Shift with an arrow extends a range from the bar where Shift went down.
 */
import { useRef, useState, type KeyboardEvent, type RefObject } from 'react';

export interface BarKeys {
  /** The bar that holds the tab stop. */
  roving: number;
  buttons: RefObject<(HTMLButtonElement | null)[]>;
  setFocusIndex: (index: number) => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>, index: number) => void;
}

function keyTarget(key: string, index: number, count: number): number | null {
  if (key === 'ArrowLeft') return index - 1;
  if (key === 'ArrowRight') return index + 1;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}

export function useBarKeys(count: number, commit: (a: number, b: number) => void): BarKeys {
  const [focusIndex, setFocusIndex] = useState(() => Math.max(0, count - 1));
  const keyboardAnchor = useRef<number | null>(null);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const focusBar = (index: number): void => {
    const next = Math.min(count - 1, Math.max(0, index));
    setFocusIndex(next);
    buttons.current[next]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number): void => {
    let next = keyTarget(event.key, index, count);
    if (next === null) {
      if (event.key === 'Shift') keyboardAnchor.current = index;
      return;
    }
    event.preventDefault();
    next = Math.min(count - 1, Math.max(0, next));
    focusBar(next);
    if (event.shiftKey) {
      const anchor = keyboardAnchor.current ?? index;
      keyboardAnchor.current = anchor;
      commit(anchor, next);
    } else {
      keyboardAnchor.current = null;
    }
  };

  return { roving: Math.min(focusIndex, count - 1), buttons, setFocusIndex, onKeyDown };
}
