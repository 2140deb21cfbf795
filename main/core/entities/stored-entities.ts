/**
 * A story's entities as the index keeps them: three lists of `[name, count]` (people,
 * organisations, places), at most MAX_PER_KIND each, most named first. Compact because every
 * story record of the catalogue holds them (the cache grows by little).
 */
import type { NamedEntity, StoryEntities } from '../model/entities';

export type StoredEntity = [name: string, count: number];
export type StoredEntities = [StoredEntity[], StoredEntity[], StoredEntity[]];

/** Names kept per kind and story: the ones it names most. */
export const MAX_PER_KIND = 12;

export function storeEntities(entities: StoryEntities): StoredEntities {
  const pack = (list: NamedEntity[]): StoredEntity[] =>
    list.slice(0, MAX_PER_KIND).map(({ name, count }) => [name, count]);
  return [pack(entities.people), pack(entities.organisations), pack(entities.places)];
}

export function restoreEntities(stored: StoredEntities | undefined): StoryEntities {
  const unpack = (list: StoredEntity[] | undefined): NamedEntity[] =>
    (list ?? []).map(([name, count]) => ({ name, count }));
  return {
    people: unpack(stored?.[0]),
    organisations: unpack(stored?.[1]),
    places: unpack(stored?.[2]),
  };
}

/** True when `value` has the stored shape (a cheap check for records read from a cache). */
export function isStoredEntities(value: unknown): value is StoredEntities {
  return (
    Array.isArray(value) &&
    value.length === 3 &&
    value.every(
      (list) =>
        Array.isArray(list) &&
        list.every(
          (entry) =>
            Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'number',
        ),
    )
  );
}
