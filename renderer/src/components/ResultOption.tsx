/** One row of the result list's listbox, placed in the virtual window; loading until fetched. */
import type { VirtualItem } from '@tanstack/react-virtual';
import type { SearchHit } from '../../../contract/api';
import { ResultRow } from './ResultRow';

export interface ResultOptionProps {
  item: VirtualItem;
  id: string;
  hit: SearchHit | undefined;
  total: number;
  rowHeight: number;
  isSelected: boolean;
  isOpen: boolean;
  onChoose: () => void;
  onToggleStar?: (hit: SearchHit) => void;
  onToggleRead?: (hit: SearchHit) => void;
}

export function ResultOption({
  item,
  id,
  hit,
  total,
  rowHeight,
  isSelected,
  isOpen,
  onChoose,
  onToggleStar,
  onToggleRead,
}: ResultOptionProps) {
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
      id={id}
      role="option"
      aria-selected={isSelected}
      aria-posinset={item.index + 1}
      aria-setsize={total}
      aria-busy={hit ? undefined : true}
      data-index={item.index}
      className={className}
      style={{ height: rowHeight, transform: `translateY(${item.start}px)` }}
      onClick={() => {
        if (hit) onChoose();
      }}
    >
      {hit ? (
        <ResultRow hit={hit} onToggleStar={onToggleStar} onToggleRead={onToggleRead} />
      ) : (
        <span className="result-row__placeholder">Loading…</span>
      )}
    </div>
  );
}
