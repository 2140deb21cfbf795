/**
 * Enter / Shift+Enter through the search's matches in the story: the current match (reset when
 * the story or the search changes), stepped with wrap-around, scrolled into view and announced.
 */
import { useState, type RefObject } from 'react';

export function useMatchStepping(
  matchKey: string,
  total: number,
  scrollRef: RefObject<HTMLElement | null>,
  announce: (message: string) => void,
): { current: number; step: (delta: 1 | -1) => void } {
  const [match, setMatch] = useState({ key: '', index: -1 });
  const current = match.key === matchKey ? match.index : -1;

  const step = (delta: 1 | -1): void => {
    if (total === 0) return;
    const next = current < 0 ? (delta === 1 ? 0 : total - 1) : (current + delta + total) % total;
    setMatch({ key: matchKey, index: next });
    announce(`Match ${next + 1} of ${total}`);
    const mark = scrollRef.current?.querySelector<HTMLElement>(`[data-match="${next}"]`);
    mark?.scrollIntoView?.({ block: 'center' });
  };

  return { current, step };
}
