/**
 * The people, organisations and places a story names, as chips grouped by kind (most named
 * first). A chip opens the name's page.
 */
import type { EntityKind, StoryEntities } from '../../../contract/api';
import { ENTITY_KIND_ORDER, ENTITY_LABELS } from '../model/entity-query';

export interface EntityChipsProps {
  entities: StoryEntities | undefined;
  /** The name whose page is open, shown pressed. */
  open: { kind: EntityKind; name: string } | null;
  onChoose: (kind: EntityKind, name: string) => void;
}

/** Chips shown per kind: a story's main names, not every passing mention. */
const SHOWN_PER_KIND = 8;

const LISTS: Record<EntityKind, keyof StoryEntities> = {
  person: 'people',
  organisation: 'organisations',
  place: 'places',
};

export function EntityChips({ entities, open, onChoose }: EntityChipsProps) {
  if (!entities) return null;
  const kinds = ENTITY_KIND_ORDER.filter((kind) => entities[LISTS[kind]].length > 0);
  if (kinds.length === 0) return null;
  return (
    <section className="entity-chips" aria-label="Named in this story">
      {kinds.map((kind) => (
        <div key={kind} className="facets" role="group" aria-labelledby={`entity-chips-${kind}`}>
          <span id={`entity-chips-${kind}`} className="facets__label">
            {ENTITY_LABELS[kind].many}
          </span>
          <ul className="facets__list">
            {entities[LISTS[kind]].slice(0, SHOWN_PER_KIND).map((entity) => (
              <li key={entity.name}>
                <button
                  type="button"
                  className="chip"
                  aria-pressed={open?.kind === kind && open.name === entity.name}
                  onClick={() => onChoose(kind, entity.name)}
                >
                  {entity.name}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
