/**
 * People, organisations and places named in a story (extracted at index time, entities/),
 * and the answers of the entity list and the entity page. Names are canonical: aliases are
 * folded ("U.S." → "United States") and a surname alone becomes the full name the story gave.
 */

export type EntityKind = 'person' | 'organisation' | 'place';

export const ENTITY_KINDS: readonly EntityKind[] = ['person', 'organisation', 'place'];

/** One name and how many times the story names it. */
export interface NamedEntity {
  name: string;
  count: number;
}

export interface StoryEntities {
  people: NamedEntity[];
  organisations: NamedEntity[];
  places: NamedEntity[];
}

/** One entity across stories: how many stories name it. */
export interface EntityCount {
  kind: EntityKind;
  name: string;
  stories: number;
}

export interface EntitiesRequest {
  /** Only the stories this search finds; empty or absent: the whole archive. */
  query?: string;
  kind?: EntityKind;
  limit?: number;
}

export interface EntitiesResponse {
  entities: EntityCount[];
}

export interface EntityRequest {
  kind: EntityKind;
  name: string;
}

export interface EntityPage {
  kind: EntityKind;
  name: string;
  /** Stories naming it. */
  stories: number;
  /** `YYYY-MM` → stories that month, oldest first; undated stories are not in it. */
  months: { month: string; count: number }[];
  /** The entities most often named in the same stories, most first. */
  related: EntityCount[];
  /** The newest stories naming it. */
  recent: { id: string; title: string; date: string | null; section: string }[];
}
