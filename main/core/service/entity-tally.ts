/**
 * Entities counted over stories: the top names of a set of stories (the results' facets, the
 * CLI's and API's entity list), and an entity's page (its stories by month, the names most
 * often named with it). Counted on the names the index stored with each story record, so no
 * story is read again.
 */
import type { EntityCount, EntityKind, EntityPage } from '../model/entities';
import { ENTITY_KINDS } from '../model/entities';
import type { StoryRecord } from '../index/story-record';
import type { EntityCondition } from '../entities/entity-condition';
import { isConditionName, KIND_POSITION } from '../entities/entity-condition';
import { conditionTest, nameCount, nameOfId, storedIds } from '../entities/entity-ids';
import { foldName } from '../entities/gazetteer';

/** Names shown per kind in the results' facets. */
export const FACET_ENTITIES = 5;
/**
 * Names of each story counted for the facets: its most named few (a story's stored names are
 * most named first), so facets of 10,000 hits stay fast; the entity list counts them all.
 */
export const FACET_NAMES_PER_STORY = 4;
const RECENT_STORIES = 10;

/** The names most stories hold, most first: `limit` per kind, or `limit` of the one kind. */
export function topEntities(
  stories: Iterable<StoryRecord>,
  options: {
    kind?: EntityKind | undefined;
    limit: number;
    skip?: EntityCondition;
    /** Count only each story's first (most named) few of each kind. */
    perStory?: number;
  },
): EntityCount[] {
  const kinds = options.kind ? [options.kind] : ENTITY_KINDS;
  const positions = kinds.map((kind) => KIND_POSITION[kind]);
  const perStory = options.perStory ?? Infinity;
  // Counted by name id in typed arrays: no string is touched per story.
  const counts: Int32Array[] = kinds.map(() => new Int32Array(nameCount() + 1024));
  const touched: number[][] = kinds.map(() => []);
  for (const story of stories) {
    if (!story.entities) continue;
    const ids = storedIds(story.entities);
    for (let k = 0; k < positions.length; k += 1) {
      const list = ids[positions[k] as number] as Int32Array;
      let tally = counts[k] as Int32Array;
      const end = Math.min(list.length, perStory);
      for (let i = 0; i < end; i += 1) {
        const id = list[i] as number;
        if (id >= tally.length) {
          const grown = new Int32Array(Math.max(id + 1, tally.length * 2));
          grown.set(tally);
          counts[k] = tally = grown;
        }
        if (tally[id] === 0) (touched[k] as number[]).push(id);
        tally[id] = (tally[id] as number) + 1;
      }
    }
  }
  return kinds.flatMap((kind, k) =>
    topOfTally(kind, counts[k] as Int32Array, touched[k] as number[], options),
  );
}

/** The `limit` names counted most (ties by name), leaving out the page's own name. */
function topOfTally(
  kind: EntityKind,
  tally: Int32Array,
  touched: number[],
  options: { limit: number; skip?: EntityCondition },
): EntityCount[] {
  const skip = options.skip?.kind === kind ? options.skip : null;
  // Sorted by count alone first (numbers, fast), then only the leaders by name.
  const byCount = touched.sort((a, b) => (tally[b] as number) - (tally[a] as number));
  const cut = byCount[Math.min(byCount.length, options.limit + 1) - 1];
  const threshold = cut === undefined ? 0 : (tally[cut] as number);
  return byCount
    .filter((id) => (tally[id] as number) >= threshold)
    .map((id): [string, number] => [nameOfId(id), tally[id] as number])
    .filter(([name]) => skip === null || !isConditionName(skip, foldName(name)))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, options.limit)
    .map(([name, stories]) => ({ kind, name, stories }));
}

/** One entity's page over the stories given (the whole catalogue). */
export function entityPage(
  stories: Iterable<StoryRecord>,
  condition: EntityCondition,
  written: string,
  relatedPerKind: number,
): EntityPage {
  const naming: StoryRecord[] = [];
  const names = conditionTest(condition);
  for (const story of stories) if (names(story.entities)) naming.push(story);
  const months = new Map<string, number>();
  for (const story of naming) {
    if (story.date)
      months.set(story.date.slice(0, 7), (months.get(story.date.slice(0, 7)) ?? 0) + 1);
  }
  const recent = [...naming]
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id))
    .slice(0, RECENT_STORIES)
    .map(({ id, title, date, section }) => ({ id, title, date, section }));
  return {
    kind: condition.kind,
    name: displayName(naming, condition) ?? written,
    stories: naming.length,
    months: [...months]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([month, count]) => ({ month, count })),
    related: topEntities(naming, { limit: relatedPerKind, skip: condition }),
    recent,
  };
}

/** The name as the stories write it (`James Baker` for `person:baker`), the commonest. */
function displayName(naming: readonly StoryRecord[], condition: EntityCondition): string | null {
  const seen = new Map<string, number>();
  for (const story of naming) {
    for (const [name] of story.entities?.[KIND_POSITION[condition.kind]] ?? []) {
      if (isConditionName(condition, foldName(name))) {
        seen.set(name, (seen.get(name) ?? 0) + 1);
      }
    }
  }
  return [...seen].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
