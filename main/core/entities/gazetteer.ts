/**
 * The name lists the extractor looks names up in, loaded once per process from
 * gazetteer.json (written by tools/entities/build-gazetteer.ts from compromise's lexicon and
 * curated newswire aliases). Keys are folded names (foldName): lower case, no accents.
 */
import data from './gazetteer.json';
import type { EntityKind } from '../model/entities';

interface GazetteerData {
  places: Record<string, string>;
  organisations: Record<string, string>;
  people: Record<string, string>;
  countries: string[];
  firstNames: string[];
  lastNames: string[];
  commonWords: string[];
}

export interface Gazetteer {
  /** folded alias → canonical name, per kind. */
  names: Record<EntityKind, ReadonlyMap<string, string>>;
  /** Canonical country names, folded. */
  countries: ReadonlySet<string>;
  firstNames: ReadonlySet<string>;
  lastNames: ReadonlySet<string>;
  commonWords: ReadonlySet<string>;
}

let loaded: Gazetteer | null = null;

export function gazetteer(): Gazetteer {
  if (loaded) return loaded;
  const source = data as GazetteerData;
  const table = (entries: Record<string, string>) =>
    new Map(Object.entries(entries).map(([alias, name]) => [foldName(alias), name]));
  loaded = {
    names: {
      place: table(source.places),
      organisation: table(source.organisations),
      person: table(source.people),
    },
    countries: new Set(source.countries.map(foldName)),
    firstNames: new Set(source.firstNames),
    lastNames: new Set(source.lastNames),
    commonWords: new Set(source.commonWords),
  };
  return loaded;
}

const MARKS = /\p{M}+/gu;
// eslint-disable-next-line no-control-regex
const PLAIN_ASCII = /^[\x00-\x7f]*$/;

/**
 * A name as the lists and queries compare it: lower case, accents and the dots of
 * abbreviations removed, a leading "the" dropped, spaces single (`The U.S.` → `us`).
 */
export function foldName(name: string): string {
  const known = folded.get(name);
  if (known !== undefined) return known;
  let fold = PLAIN_ASCII.test(name)
    ? name.toLowerCase()
    : name.normalize('NFD').replace(MARKS, '').toLowerCase();
  fold = fold
    .replace(/[’']s$/u, '')
    .replace(/\./g, '')
    .replace(/[’]/g, "'");
  fold = fold.replace(/\s+/gu, ' ').trim();
  if (fold.startsWith('the ')) fold = fold.slice(4);
  // Names repeat across stories: fold each once (the memory is bounded: cleared when full).
  if (folded.size >= FOLDED_KEPT) folded.clear();
  folded.set(name, fold);
  return fold;
}

const folded = new Map<string, string>();

/** ASCII letters, spaces, hyphens and ampersands: folded by lower-casing alone. */
const PLAIN_NAME = /^[A-Za-z][A-Za-z &-]*$/;

/**
 * foldName for a look-up of a name being read: plain names are lower-cased without going
 * through foldName's cache (the index reads many names once; caching them only makes
 * garbage for the collector of a busy worker).
 */
export function lookupKey(name: string): string {
  if (!PLAIN_NAME.test(name)) return foldName(name);
  const lower = name.toLowerCase();
  return lower.startsWith('the ') ? lower.slice(4) : lower;
}
const FOLDED_KEPT = 50_000;

/** The canonical name of an alias of this kind, or null when the lists do not know it. */
export function knownName(kind: EntityKind, name: string): string | null {
  return gazetteer().names[kind].get(lookupKey(name)) ?? null;
}
