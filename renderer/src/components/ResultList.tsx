/**
 * The results (or browse) list: an ARIA listbox over a virtual window of rows, so 10,000 hits
 * scroll as smoothly as ten. Rows have one fixed height in rem (`ROW_HEIGHT_REM`), which
 * makes scroll positions exact when the user comes back to the list.
 *
 * Focus stays on the listbox; the selected row is its active descendant (always rendered:
 * moving the selection scrolls it into the window). ↑/↓ or j/k move, Home/End and
 * PageUp/PageDown jump, Enter opens. Rows not fetched yet show as loading and are asked for.
 */
import type { Ref } from 'react';
import type { SearchHit } from '../../../contract/api';
import { useListKeys } from '../hooks/use-list-keys';
import { useResultVirtualizer, type ResultListHandle } from '../hooks/use-result-virtualizer';
import { hitAt, type ShownList } from '../model/shown-list';
import { ResultOption } from './ResultOption';

export type { ResultListHandle };

/** The height of one row; the stylesheet lays a row out to fit it. */
export const ROW_HEIGHT_REM = 5.25;

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
  const { scrollRef, rowHeight, virtualizer } = useResultVirtualizer({
    shown,
    rowHeightRem: ROW_HEIGHT_REM,
    restoreOffset,
    restoreToken,
    onNeedRange,
    handleRef,
  });
  const items = virtualizer.getVirtualItems();
  const onKeyDown = useListKeys({
    shown,
    selected,
    rowHeight,
    scrollRef,
    virtualizer,
    onSelect,
    onOpen,
  });

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
          return (
            <ResultOption
              key={item.key}
              item={item}
              id={optionId(item.index)}
              hit={hit}
              total={shown.total}
              rowHeight={rowHeight}
              isSelected={item.index === selected}
              isOpen={hit !== undefined && hit.id === openStoryId}
              onChoose={() => {
                onSelect(item.index);
                onOpen(item.index);
              }}
              onToggleStar={onToggleStar}
              onToggleRead={onToggleRead}
            />
          );
        })}
      </div>
    </div>
  );
}
