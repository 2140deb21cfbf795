/**
 * The results (or browse) list: an ARIA listbox over a virtual window of rows, so 10,000 hits
 * scroll as smoothly as ten. Rows have one fixed height in rem (`ROW_HEIGHT_REM`), which
 * makes scroll positions exact when the user comes back to the list.
 *
 * Focus stays on the listbox; the selected row is its active descendant (always rendered:
 * moving the selection scrolls it into the window). ↑/↓ or j/k move, Home/End and
 * PageUp/PageDown jump, Enter opens. Rows not fetched yet show as loading and are asked for.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useEffect,
  useImperativeHandle,
  useRef,
  useState,
  type KeyboardEvent,
  type Ref,
} from 'react';
import type { SearchHit } from '../../../contract/api';
import { hitAt, type ShownList } from '../model/shown-list';
import { ResultRow } from './ResultRow';

/** The height of one row; the stylesheet lays a row out to fit it. */
export const ROW_HEIGHT_REM = 5.25;

export interface ResultListHandle {
  focus: () => void;
  /** Scrolls the row into view (if it is not). */
  reveal: (index: number) => void;
}

export interface ResultListProps {
  shown: ShownList;
  label: string;
  selected: number;
  openStoryId: string | null;
  /** Where to scroll on mount and whenever `restoreToken` changes. */
  restoreOffset: number;
  restoreToken: string;
  onSelect: (index: number) => void;
  onOpen: (index: number) => void;
  onScrollOffset: (offset: number) => void;
  onNeedRange: (start: number, end: number) => void;
  /** A row's star, or its read dot, was clicked. */
  onToggleStar?: (hit: SearchHit) => void;
  onToggleRead?: (hit: SearchHit) => void;
  handleRef?: Ref<ResultListHandle>;
}

export const RESULT_LIST_ID = 'result-list';

export function optionId(index: number): string {
  return `${RESULT_LIST_ID}-option-${index}`;
}

function rootFontSize(): number {
  const size = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(size) && size > 0 ? size : 16;
}

export function ResultList({
  shown,
  label,
  selected,
  openStoryId,
  restoreOffset,
  restoreToken,
  onSelect,
  onOpen,
  onScrollOffset,
  onNeedRange,
  onToggleStar,
  onToggleRead,
  handleRef,
}: ResultListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [rowHeight] = useState(() => Math.round(rootFontSize() * ROW_HEIGHT_REM));

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

  const moveTo = (index: number): void => {
    if (shown.total === 0) return;
    const next = Math.min(shown.total - 1, Math.max(0, index));
    onSelect(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const from = selected < 0 ? -1 : selected;
    const viewport = scrollRef.current?.clientHeight || rowHeight * 5;
    const pageRows = Math.max(1, Math.floor(viewport / rowHeight) - 1);
    switch (event.key) {
      case 'ArrowDown':
      case 'j':
        moveTo(from + 1);
        break;
      case 'ArrowUp':
      case 'k':
        moveTo(from < 0 ? 0 : from - 1);
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(shown.total - 1);
        break;
      case 'PageDown':
        moveTo(from + pageRows);
        break;
      case 'PageUp':
        moveTo(from - pageRows);
        break;
      case 'Enter':
      case ' ': {
        const target = selected < 0 ? 0 : selected;
        if (selected < 0) moveTo(0);
        if (hitAt(shown, target)) onOpen(target);
        break;
      }
      default:
        return;
    }
    event.preventDefault();
  };

  const activeRendered = items.some((item) => item.index === selected);

  return (
    <div
      ref={scrollRef}
      id={RESULT_LIST_ID}
      className="result-list"
      role="listbox"
      tabIndex={0}
      aria-label={label}
      aria-activedescendant={selected >= 0 && activeRendered ? optionId(selected) : undefined}
      data-virtual-scroller=""
      onKeyDown={onKeyDown}
      onScroll={(event) => onScrollOffset(event.currentTarget.scrollTop)}
    >
      <div className="result-list__sizer" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const hit = hitAt(shown, item.index);
          const isSelected = item.index === selected;
          const isOpen = hit !== undefined && hit.id === openStoryId;
          const className = [
            'result-row',
            isSelected ? 'result-row--selected' : '',
            isOpen ? 'result-row--open' : '',
            hit ? '' : 'result-row--loading',
            hit?.library && !hit.library.read ? 'result-row--unread' : '',
          ]
            .filter(Boolean)
            .join(' ');
          return (
            <div
              key={item.key}
              id={optionId(item.index)}
              role="option"
              aria-selected={isSelected}
              aria-posinset={item.index + 1}
              aria-setsize={shown.total}
              aria-busy={hit ? undefined : true}
              data-index={item.index}
              className={className}
              style={{ height: rowHeight, transform: `translateY(${item.start}px)` }}
              onClick={() => {
                if (!hit) return;
                onSelect(item.index);
                onOpen(item.index);
              }}
            >
              {hit ? (
                <ResultRow hit={hit} onToggleStar={onToggleStar} onToggleRead={onToggleRead} />
              ) : (
                <span className="result-row__placeholder">Loading…</span>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
