/**
 * The month histogram of the hits: one bar per month (empty months included, so time reads
 * left to right). Choosing a bar filters to that month; dragging across bars, or Shift+←/→
 * from a bar, filters to a range; choosing the chosen month again clears it.
 *
 * Counts ignore the date filter, so the whole spread stays visible and the chosen range is
 * shown on it. The bars are one tab stop (arrow keys move between them).
 */
import { useBarKeys } from '../hooks/use-bar-keys';
import { useMonthDrag } from '../hooks/use-month-drag';
import {
  fillMonthGaps,
  formatMonth,
  monthBounds,
  monthInRange,
  monthSpan,
  type MonthCount,
} from '../model/month-range';
import { formatStoryDate } from '../model/story-dates';
import { MonthBar } from './MonthBar';

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
  const commit = (a: number, b: number): void => {
    const first = bars[Math.min(a, b)];
    const last = bars[Math.max(a, b)];
    if (!first || !last) return;
    const range = monthSpan(first.month, last.month);
    if (range.from === from && range.to === to) onChange(null);
    else onChange(range);
  };
  const { roving, buttons, setFocusIndex, onKeyDown } = useBarKeys(bars.length, commit);
  const { preview, startDrag, hoverDrag } = useMonthDrag(commit);

  if (bars.length === 0) return null;
  const max = Math.max(1, ...bars.map((bar) => bar.count));
  const firstBar = bars[0];
  const lastBar = bars[bars.length - 1];
  const chosen = from !== null || to !== null;
  const toggleMonth = (month: string): void => {
    const { from: monthFrom, to: monthTo } = monthBounds(month);
    if (monthFrom === from && monthTo === to) onChange(null);
    else onChange({ from: monthFrom, to: monthTo });
  };

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
        {bars.map((bar, index) => (
          <MonthBar
            key={bar.month}
            bar={bar}
            max={max}
            inRange={preview === null && monthInRange(bar.month, from, to)}
            inPreview={preview !== null && index >= preview[0] && index <= preview[1]}
            tabStop={index === roving}
            registerButton={(element) => {
              buttons.current[index] = element;
            }}
            onStartDrag={() => startDrag(index)}
            onHoverDrag={() => hoverDrag(index)}
            onFocus={() => setFocusIndex(index)}
            onKeyDown={(event) => onKeyDown(event, index)}
            onClick={() => toggleMonth(bar.month)}
          />
        ))}
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
