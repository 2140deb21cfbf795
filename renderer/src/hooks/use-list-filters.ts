/**
 * The list pane's filters and sort: whether the filters are unfolded (they start folded: the
 * room is the list's), how many are set ("Filters (2)"), and each change they make to the list
 * asked for (a section on or off, a person or place into the query, a range of months, the sort).
 */
import { useState } from 'react';
import type { EntityKind, SortOrder } from '../../../contract/api';
import type { DateRange } from '../components/MonthHistogram';
import { withEntityFilter } from '../model/entity-query';
import type { ListQuery } from '../model/list-query';

export interface ListFilters {
  open: boolean;
  toggleOpen: () => void;
  /** How many filters are set (the sections, and the months counted as one). */
  active: number;
  toggleSection: (section: string) => void;
  clearSections: () => void;
  chooseEntity: (kind: EntityKind, name: string) => void;
  setDates: (range: DateRange | null) => void;
  setSort: (sort: SortOrder) => void;
}

export function useListFilters(
  list: ListQuery,
  onChangeList: (list: ListQuery) => void,
): ListFilters {
  const [open, setOpen] = useState(false);
  const active = list.sections.length + (list.from !== null || list.to !== null ? 1 : 0);

  const toggleSection = (section: string): void => {
    const sections = list.sections.includes(section)
      ? list.sections.filter((name) => name !== section)
      : [...list.sections, section];
    onChangeList({ ...list, sections });
  };

  return {
    open,
    toggleOpen: () => setOpen(!open),
    active,
    toggleSection,
    clearSections: () => onChangeList({ ...list, sections: [] }),
    chooseEntity: (kind, name) =>
      onChangeList({ ...list, query: withEntityFilter(list.query, kind, name) }),
    setDates: (range) =>
      onChangeList({ ...list, from: range?.from ?? null, to: range?.to ?? null }),
    setSort: (sort) => onChangeList({ ...list, sort }),
  };
}
