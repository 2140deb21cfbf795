/**
 * Fictional named entities: people (with a role), places and organisations. Names are
 * pronounceable inventions (a few with accents, so accent folding matters); first names come
 * from a small list of common ones. A topic owns some entities; a shared pool of well-known
 * figures and places turns up across topics, as officials and capitals do in real news.
 */
import { FIRST_NAMES, ORGANISATION_KINDS, PERSON_ROLES, PLACE_SUFFIXES } from './english-lexicon';
import { pronounceableName } from './pronounceable-word';
import type { SeededRandom } from './seeded-random';

export interface Person {
  first: string;
  last: string;
  role: string;
}

export interface EntityPool {
  people: Person[];
  places: string[];
  organisations: string[];
}

export function makePerson(random: SeededRandom): Person {
  return {
    first: random.pick(FIRST_NAMES),
    last: pronounceableName(random, random.chance(0.6) ? 2 : 3, 0.08),
    role: random.pick(PERSON_ROLES),
  };
}

export function makePlace(random: SeededRandom): string {
  const stem = pronounceableName(random, 2, 0.1);
  const suffix = random.pick(PLACE_SUFFIXES);
  return stem + suffix;
}

export function makeOrganisation(random: SeededRandom, place: string): string {
  const kind = random.pick(ORGANISATION_KINDS);
  return random.chance(0.5) ? `${place} ${kind}` : `${pronounceableName(random, 2)} ${kind}`;
}

/** The shared pool: figures and places that appear across many topics. */
export function createEntityPool(random: SeededRandom, size: number): EntityPool {
  const places = Array.from({ length: size }, () => makePlace(random));
  return {
    people: Array.from({ length: size }, () => makePerson(random)),
    places,
    organisations: places.map((place) => makeOrganisation(random, place)),
  };
}

export function fullName(person: Person): string {
  return `${person.first} ${person.last}`;
}
