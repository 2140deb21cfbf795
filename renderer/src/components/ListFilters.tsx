/**
 * The list pane's filters, folded under the heading until asked for: the sections, the people
 * and places, and the month histogram of the answer shown (none while there is no answer).
 */
import type { Facets } from '../../../contract/api';
import type { ListFilters as Filters } from '../hooks/use-list-filters';
import type { ListQuery } from '../model/list-query';
import { EntityFacets } from './EntityFacets';
import { MonthHistogram } from './MonthHistogram';
import { SectionFacets } from './SectionFacets';

export interface ListFiltersProps {
  /** The answer's facets, or null while there is none to filter. */
  facets: Facets | null;
  list: ListQuery;
  filters: Filters;
}

export function ListFilters({ facets, list, filters }: ListFiltersProps) {
  return (
    <div className="list-head__filters" id="list-filters" hidden={!filters.open}>
      {facets && (
        <>
          <SectionFacets
            sections={facets.sections}
            selected={list.sections}
            onToggle={filters.toggleSection}
            onClear={filters.clearSections}
          />
          <EntityFacets entities={facets.entities} onChoose={filters.chooseEntity} />
          <MonthHistogram
            months={facets.months}
            from={list.from}
            to={list.to}
            onChange={filters.setDates}
          />
        </>
      )}
    </div>
  );
}
