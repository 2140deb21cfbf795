/**
 * Title links: the archive's own "see also" graph. A related headline names another story of
 * the site by its title; `createTitleResolver` finds the stories of this archive with that
 * (normalised) title, and `findDuplicateGroups` finds the same story saved twice (same
 * normalised title and same date), which the UI folds into one hit.
 */
import { normaliseTitle } from './normalise-title';

export interface TitledStory {
  id: string;
  title: string;
  date: string | null;
}

export interface ResolvedHeadline {
  /** The story the headline names, or null when the archive has no story with that title. */
  id: string | null;
  /** Other stories with the same title, nearest in date first. */
  alternatives: string[];
}

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` → days since the epoch, or null. */
function dayNumber(date: string | null): number | null {
  if (date === null) return null;
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(ms) ? null : Math.round(ms / DAY_MS);
}

/**
 * Resolves headlines to stories by normalised title. When several stories share the title,
 * the one nearest in date to `nearDate` wins (on a tie: the earlier story, then the smaller
 * id — a related block names stories already published); the others are its alternatives.
 * Stories with an empty title are never link targets.
 *
 * @example
 *   const resolve = createTitleResolver(stories);
 *   resolve('COP27: What are they saying?', '2022-11-08'); // { id: '014_…', alternatives: [] }
 */
export function createTitleResolver(
  stories: readonly TitledStory[],
): (headline: string, nearDate: string | null) => ResolvedHeadline {
  const byTitle = new Map<string, { id: string; day: number | null }[]>();
  for (const story of stories) {
    const key = normaliseTitle(story.title);
    if (key === '') continue;
    const entry = { id: story.id, day: dayNumber(story.date) };
    const list = byTitle.get(key);
    if (list) list.push(entry);
    else byTitle.set(key, [entry]);
  }
  return (headline, nearDate) => {
    const candidates = byTitle.get(normaliseTitle(headline));
    if (!candidates) return { id: null, alternatives: [] };
    if (candidates.length === 1) return { id: candidates[0]!.id, alternatives: [] };
    const near = dayNumber(nearDate);
    const distance = (day: number | null): number =>
      day === null || near === null ? Number.POSITIVE_INFINITY : Math.abs(day - near);
    const ranked = [...candidates].sort(
      (a, b) =>
        distance(a.day) - distance(b.day) ||
        (a.day ?? Number.POSITIVE_INFINITY) - (b.day ?? Number.POSITIVE_INFINITY) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    return { id: ranked[0]!.id, alternatives: ranked.slice(1).map((entry) => entry.id) };
  };
}

/**
 * Groups of ids that are the same story saved twice: same normalised title and same date.
 * A story with no date or an empty title is never grouped (unknown is not "the same").
 * Each group is sorted by id, groups of two or more only, groups ordered by their first id.
 */
export function findDuplicateGroups(stories: readonly TitledStory[]): string[][] {
  const byKey = new Map<string, string[]>();
  for (const story of stories) {
    if (story.date === null) continue;
    const title = normaliseTitle(story.title);
    if (title === '') continue;
    const key = `${story.date}\u0000${title}`;
    const group = byKey.get(key);
    if (group) group.push(story.id);
    else byKey.set(key, [story.id]);
  }
  const groups: string[][] = [];
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    groups.push(group.sort(compareIds));
  }
  return groups.sort((a, b) => compareIds(a[0]!, b[0]!));
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
