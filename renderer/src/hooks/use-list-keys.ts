/**
 * The result list's keys: ↑/↓ or j/k move the selection, Home/End and PageUp/PageDown jump,
 * Enter or Space opens (the first row when none is selected). Moving scrolls the row into view.
 */
import type { Virtualizer } from '@tanstack/react-virtual';
import type { KeyboardEvent, RefObject } from 'react';
import { hitAt, type ShownList } from '../model/shown-list';

export interface ListKeysOptions {
  shown: ShownList;
  selected: number;
  rowHeight: number;
  scrollRef: RefObject<HTMLDivElement | null>;
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  onSelect: (index: number) => void;
  onOpen: (index: number) => void;
}

/** Where a movement key takes the selection from `from`, or null for other keys. */
function moveTarget(key: string, from: number, total: number, pageRows: number): number | null {
  switch (key) {
    case 'ArrowDown':
    case 'j':
      return from + 1;
    case 'ArrowUp':
    case 'k':
      return from < 0 ? 0 : from - 1;
    case 'Home':
      return 0;
    case 'End':
      return total - 1;
    case 'PageDown':
      return from + pageRows;
    case 'PageUp':
      return from - pageRows;
    default:
      return null;
  }
}

export function useListKeys({
  shown,
  selected,
  rowHeight,
  scrollRef,
  virtualizer,
  onSelect,
  onOpen,
}: ListKeysOptions): (event: KeyboardEvent<HTMLDivElement>) => void {
  const moveTo = (index: number): void => {
    if (shown.total === 0) return;
    const next = Math.min(shown.total - 1, Math.max(0, index));
    onSelect(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  return (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const from = selected < 0 ? -1 : selected;
    const viewport = scrollRef.current?.clientHeight || rowHeight * 5;
    const pageRows = Math.max(1, Math.floor(viewport / rowHeight) - 1);
    const target = moveTarget(event.key, from, shown.total, pageRows);
    if (target !== null) {
      moveTo(target);
    } else if (event.key === 'Enter' || event.key === ' ') {
      const index = selected < 0 ? 0 : selected;
      if (selected < 0) moveTo(0);
      if (hitAt(shown, index)) onOpen(index);
    } else {
      return;
    }
    event.preventDefault();
  };
}
