/** One bar of the month histogram: its height is the month's count; pressing it starts a drag. */
import type { KeyboardEvent, RefCallback } from 'react';
import { formatMonth, type MonthCount } from '../model/month-range';
import { formatCount } from '../model/story-dates';

export interface MonthBarProps {
  bar: MonthCount;
  /** The largest count of all bars, which fills the height. */
  max: number;
  inRange: boolean;
  inPreview: boolean;
  tabStop: boolean;
  /** Keeps the bar's button so the histogram can move focus to it. */
  registerButton: RefCallback<HTMLButtonElement>;
  onStartDrag: () => void;
  onHoverDrag: () => void;
  onFocus: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
  onClick: () => void;
}

export function MonthBar({
  bar,
  max,
  inRange,
  inPreview,
  tabStop,
  registerButton,
  onStartDrag,
  onHoverDrag,
  onFocus,
  onKeyDown,
  onClick,
}: MonthBarProps) {
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
      ref={registerButton}
      type="button"
      className={className}
      tabIndex={tabStop ? 0 : -1}
      aria-pressed={inRange}
      aria-label={`${formatMonth(bar.month, 'long')}: ${formatCount(bar.count)} ${bar.count === 1 ? 'story' : 'stories'}`}
      title={`${formatMonth(bar.month, 'long')}: ${formatCount(bar.count)}`}
      onPointerDown={(event) => {
        if (event.button !== 0) return;
        // Touch captures the pointer to the first bar; release it so others see it.
        if (event.currentTarget.hasPointerCapture?.(event.pointerId)) {
          event.currentTarget.releasePointerCapture(event.pointerId);
        }
        onStartDrag();
      }}
      onPointerEnter={onHoverDrag}
      onFocus={onFocus}
      onKeyDown={onKeyDown}
      onClick={onClick}
    >
      <span
        className="histogram__fill"
        style={{ height: `${bar.count === 0 ? 0 : Math.max(6, (bar.count / max) * 100)}%` }}
      />
    </button>
  );
}
