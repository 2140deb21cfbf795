/**
 * The result list's virtual window: rows of one fixed height, the rows in view asked for as
 * they come into the window, the scroll position restored when the user comes back to a list,
 * and the list's handle (focus, reveal a row) for its parent.
 */
import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useImperativeHandle, useRef, useState, type Ref, type RefObject } from 'react';
import type { ShownList } from '../model/shown-list';

export interface ResultListHandle {
  focus: () => void;
  /** Scrolls the row into view (if it is not). */
  reveal: (index: number) => void;
}

export interface ResultVirtualizerOptions {
  shown: ShownList;
  /** The height of one row in rem. */
  rowHeightRem: number;
  restoreOffset: number;
  restoreToken: string;
  onNeedRange: (start: number, end: number) => void;
  handleRef?: Ref<ResultListHandle>;
}

export interface ResultVirtualizer {
  scrollRef: RefObject<HTMLDivElement | null>;
  /** One row's height in pixels. */
  rowHeight: number;
  virtualizer: Virtualizer<HTMLDivElement, Element>;
}

function rootFontSize(): number {
  const size = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(size) && size > 0 ? size : 16;
}

export function useResultVirtualizer({
  shown,
  rowHeightRem,
  restoreOffset,
  restoreToken,
  onNeedRange,
  handleRef,
}: ResultVirtualizerOptions): ResultVirtualizer {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [rowHeight] = useState(() => Math.round(rootFontSize() * rowHeightRem));

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser's values are read in this render only
  const virtualizer = useVirtualizer({
    count: shown.total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 6,
    initialOffset: restoreOffset,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    if (shown.total > 0) onNeedRange(first, last);
  }, [first, last, shown, onNeedRange]);

  // Coming back to this list (another history step): scroll where the user left it.
  const restoredToken = useRef(restoreToken);
  useEffect(() => {
    if (restoredToken.current === restoreToken) return;
    restoredToken.current = restoreToken;
    const element = scrollRef.current;
    if (element && Math.abs(element.scrollTop - restoreOffset) > 1) {
      virtualizer.scrollToOffset(restoreOffset);
    }
  }, [restoreToken, restoreOffset, virtualizer]);

  useImperativeHandle(
    handleRef,
    () => ({
      focus: () => scrollRef.current?.focus({ preventScroll: true }),
      reveal: (index: number) => {
        if (index >= 0 && index < shown.total) virtualizer.scrollToIndex(index, { align: 'auto' });
      },
    }),
    [shown.total, virtualizer],
  );

  return { scrollRef, rowHeight, virtualizer };
}
