/**
 * Stored names as numbers, so that counting names over 10,000 stories or finding the stories
 * that name someone is a pass over small integer arrays, not over strings. Each distinct name
 * gets an id once per process (names are few next to their mentions); each story's stored
 * names get their ids the first time they are counted, and keep them while the record lives.
 */
import type { EntityCondition } from './entity-condition';
import { isConditionName, KIND_POSITION } from './entity-condition';
import { foldName } from './gazetteer';
import type { StoredEntities } from './stored-entities';

const idOf = new Map<string, number>();
const names: string[] = [];
/** Each name folded (foldName), once: conditions compare folded names. */
const foldedNames: string[] = [];
const idsOfStored = new WeakMap<StoredEntities, Int32Array[]>();
const EMPTY = new Int32Array(0);

function internName(name: string): number {
  let id = idOf.get(name);
  if (id === undefined) {
    id = names.length;
    names.push(name);
    foldedNames.push(foldName(name));
    idOf.set(name, id);
  }
  return id;
}

/** The ids of a story's stored names, per kind position (people, organisations, places). */
export function storedIds(stored: StoredEntities | undefined): Int32Array[] {
  if (!stored) return [EMPTY, EMPTY, EMPTY];
  let ids = idsOfStored.get(stored);
  if (!ids) {
    ids = stored.map((list) => Int32Array.from(list, ([name]) => internName(name)));
    idsOfStored.set(stored, ids);
  }
  return ids;
}

export function nameOfId(id: number): string {
  return names[id] ?? '';
}

/** How many distinct names have ids (the size an array indexed by id needs). */
export function nameCount(): number {
  return names.length;
}

/**
 * A test of stored names against a condition, made once per query: which ids are the
 * condition's name (or, for a one-word person, have it as surname).
 */
export function conditionTest(
  condition: EntityCondition,
): (stored: StoredEntities | undefined) => boolean {
  const position = KIND_POSITION[condition.kind];
  const matching = new Map<number, boolean>();
  return (stored) => {
    const ids = storedIds(stored)[position] ?? EMPTY;
    for (const id of ids) {
      let matches = matching.get(id);
      if (matches === undefined) {
        matches = isConditionName(condition, foldedNames[id] ?? '');
        matching.set(id, matches);
      }
      if (matches) return true;
    }
    return false;
  };
}
