/**
 * Entities in the renderer's words: each kind's label and query field, and the query that
 * filters to a name (`person:"James Baker"`), added to a search without repeating it.
 */
import type { EntityKind } from '../../../contract/api';

export const ENTITY_LABELS: Record<EntityKind, { many: string; one: string; field: string }> = {
  person: { many: 'People', one: 'Person', field: 'person' },
  organisation: { many: 'Organisations', one: 'Organisation', field: 'org' },
  place: { many: 'Places', one: 'Place', field: 'place' },
};

export const ENTITY_KIND_ORDER: readonly EntityKind[] = ['person', 'organisation', 'place'];

/** `person:"James Baker"` (quotes inside a name are dropped: they would end the phrase). */
export function entityFilter(kind: EntityKind, name: string): string {
  return `${ENTITY_LABELS[kind].field}:"${name.replace(/["“”„]/g, '')}"`;
}

/** The search with the name's filter added (once). */
export function withEntityFilter(query: string, kind: EntityKind, name: string): string {
  const filter = entityFilter(kind, name);
  if (query.includes(filter)) return query;
  return query.trim() === '' ? filter : `${query.trim()} ${filter}`;
}
