/**
 * The month histogram of the hits: one bar per month (empty months included, so time reads
 * left to right). Choosing a bar filters to that month; dragging across bars, or Shift+←/→
 * from a bar, filters to a range; choosing the chosen month again clears it.
 *
 * Counts ignore the date filter, so the whole spread stays visible and the chosen range is
 * shown on it. The bars are one tab stop (arrow keys move between them).
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import {
  fillMonthGaps,
  formatMonth,
  monthBounds,
  monthInRange,
  monthSpan,
  type MonthCount,
} from '../model/month-range';
import { formatCount, formatStoryDate } from '../model/story-dates';

export interface DateRange {
  from: string;
  to: string;
}

export interface MonthHistogramProps {
  months: readonly MonthCount[];
  from: string | null;
  to: string | null;
  onChange: (range: DateRange | null) => void;
}

function rangeLabel(from: string | null, to: string | null): string {
  if (from && to) return `${formatStoryDate(from)} – ${formatStoryDate(to)}`;
  if (from) return `from ${formatStoryDate(from)}`;
  if (to) return `until ${formatStoryDate(to)}`;
  return 'All dates';
}

export function MonthHistogram({ months, from, to, onChange }: MonthHistogramProps) {
  const bars = fillMonthGaps(months);
  const [focusIndex, setFocusIndex] = useState(() => Math.max(0, bars.length - 1));
  const [preview, setPreview] = useState<[number, number] | null>(null);
  const drag = useRef<{ anchor: number; hover: number } | null>(null);
  const keyboardAnchor = useRef<number | null>(null);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  if (bars.length === 0) return null;
  const max = Math.max(1, ...bars.map((bar) => bar.count));
  const roving = Math.min(focusIndex, bars.length - 1);

  const commit = (a: number, b: number): void => {
    const first = bars[Math.min(a, b)];
    const last = bars[Math.max(a, b)];
    if (!first || !last) return;
    const range = monthSpan(first.month, last.month);
    if (range.from === from && range.to === to) onChange(null);
    else onChange(range);
  };

  const focusBar = (index: number): void => {
    const next = Math.min(bars.length - 1, Math.max(0, index));
    setFocusIndex(next);
    buttons.current[next]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number): void => {
    let next: number | null = null;
    if (event.key === 'ArrowLeft') next = index - 1;
    else if (event.key === 'ArrowRight') next = index + 1;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = bars.length - 1;
    if (next === null) {
      if (event.key === 'Shift') keyboardAnchor.current = index;
      return;
    }
    event.preventDefault();
    next = Math.min(bars.length - 1, Math.max(0, next));
    focusBar(next);
    if (event.shiftKey) {
      const anchor = keyboardAnchor.current ?? index;
      keyboardAnchor.current = anchor;
      commit(anchor, next);
    } else {
      keyboardAnchor.current = null;
    }
  };

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

  const firstBar = bars[0];
  const lastBar = bars[bars.length - 1];
  const chosen = from !== null || to !== null;

  return (
    <div className="histogram">
      <div className="histogram__head">
        <span id="histogram-label" className="facets__label">
          Months
        </span>
        <span className="histogram__range">{rangeLabel(from, to)}</span>
        {chosen && (
          <button
            type="button"
            className="chip chip--quiet"
            onClick={() => {
              onChange(null);
              // This button goes away with the filter: keep focus on the bars.
              buttons.current[roving]?.focus();
            }}
          >
            All dates
          </button>
        )}
      </div>
      <div className="histogram__bars" role="group" aria-labelledby="histogram-label">
        {bars.map((bar, index) => {
          const inPreview = preview !== null && index >= preview[0] && index <= preview[1];
          const inRange = preview === null && monthInRange(bar.month, from, to);
          const className = [
            'histogram__bar',
            inRange ? 'histogram__bar--chosen' : '',
            inPreview ? 'histogram__bar--preview' : '',
            bar.count === 0 ? 'histogram__bar--empty' : '',
          ]
            .filter(Boolean)
            .join(' ');
          return (
            <button
              key={bar.month}
              ref={(element) => {
                buttons.current[index] = element;
              }}
              type="button"
              className={className}
              tabIndex={index === roving ? 0 : -1}
              aria-pressed={inRange}
              aria-label={`${formatMonth(bar.month, 'long')}: ${formatCount(bar.count)} ${bar.count === 1 ? 'story' : 'stories'}`}
              title={`${formatMonth(bar.month, 'long')}: ${formatCount(bar.count)}`}
              onPointerDown={(event) => {
                if (event.button !== 0) return;
                // Touch captures the pointer to the first bar; release it so others see it.
                if (event.currentTarget.hasPointerCapture?.(event.pointerId)) {
                  event.currentTarget.releasePointerCapture(event.pointerId);
                }
                startDrag(index);
              }}
              onPointerEnter={() => hoverDrag(index)}
              onFocus={() => setFocusIndex(index)}
              onKeyDown={(event) => onKeyDown(event, index)}
              onClick={() => {
                const { from: monthFrom, to: monthTo } = monthBounds(bar.month);
                if (monthFrom === from && monthTo === to) onChange(null);
                else onChange({ from: monthFrom, to: monthTo });
              }}
            >
              <span
                className="histogram__fill"
                style={{ height: `${bar.count === 0 ? 0 : Math.max(6, (bar.count / max) * 100)}%` }}
              />
            </button>
          );
        })}
      </div>
      {firstBar && lastBar && (
        <div className="histogram__axis" aria-hidden="true">
          <span>{formatMonth(firstBar.month)}</span>
          {lastBar !== firstBar && <span>{formatMonth(lastBar.month)}</span>}
        </div>
      )}
    </div>
  );
}
