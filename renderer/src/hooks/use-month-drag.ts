/**
 * Dragging across the month histogram's bars: the bars between the press and the pointer are
 * previewed, and releasing anywhere commits the range. A press and release on one bar is a
 * click, left to the bar's onClick.
 */
import { useRef, useState } from 'react';

export interface MonthDrag {
  /** The first and last bar of the range being dragged, or null when no drag is under way. */
  preview: [number, number] | null;
  startDrag: (index: number) => void;
  hoverDrag: (index: number) => void;
}

export function useMonthDrag(commit: (a: number, b: number) => void): MonthDrag {
  const [preview, setPreview] = useState<[number, number] | null>(null);
  const drag = useRef<{ anchor: number; hover: number } | null>(null);

  const endDrag = (): void => {
    const current = drag.current;
    drag.current = null;
    setPreview(null);
    // A press and release on one bar is a click, which onClick handles.
    if (current && current.anchor !== current.hover) commit(current.anchor, current.hover);
  };

  const startDrag = (index: number): void => {
    drag.current = { anchor: index, hover: index };
    setPreview([index, index]);
    window.addEventListener('pointerup', endDrag, { once: true });
  };

  const hoverDrag = (index: number): void => {
    const current = drag.current;
    if (!current || current.hover === index) return;
    current.hover = index;
    setPreview([Math.min(current.anchor, index), Math.max(current.anchor, index)]);
  };

  return { preview, startDrag, hoverDrag };
}
