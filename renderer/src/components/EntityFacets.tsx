/**
 * The people, organisations and places the current results name most, with how many of the
 * results name each, beside the section facets. A click filters the list to the name (adds
 * `person:"…"`, `org:"…"` or `place:"…"` to the search). An entity's page lists the names
 * named with it the same way.
 */
import type { EntityCount, EntityKind } from '../../../contract/api';
import { ENTITY_KIND_ORDER, ENTITY_LABELS } from '../model/entity-query';
import { formatCount } from '../model/story-dates';

export interface EntityFacetsProps {
  entities: readonly EntityCount[] | undefined;
  onChoose: (kind: EntityKind, name: string) => void;
}

export function EntityFacets({ entities, onChoose }: EntityFacetsProps) {
  if (!entities || entities.length === 0) return null;
  return (
    <>
      {ENTITY_KIND_ORDER.map((kind) => {
        const ofKind = entities.filter((entity) => entity.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          // Named by aria-label, not by an id: the list's facets and an entity page's names
          // can be on screen together.
          <div key={kind} className="facets" role="group" aria-label={ENTITY_LABELS[kind].many}>
            <span className="facets__label">{ENTITY_LABELS[kind].many}</span>
            <ul className="facets__list">
              {ofKind.map((entity) => (
                <li key={entity.name}>
                  <button
                    type="button"
                    className="chip"
                    onClick={() => onChoose(kind, entity.name)}
                  >
                    {entity.name} <span className="chip__count">{formatCount(entity.stories)}</span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}
