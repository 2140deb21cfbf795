/**
 * The plan of a generated archive, decided before any text is written: the topics, every
 * story the fictional site published (saved to the archive or not), the files with their
 * names, duplicate saves and damage, and each file's related block with the truth of what
 * every headline names. Cheap to compute (no body text), deterministic for a seed, and
 * exported so benchmarks can score link resolution against the truth without re-reading files.
 *
 * Stories the site published but the archive lacks ("unsaved") still appear in related blocks:
 * they are the headlines a good `missing()` lists.
 */
import { RECURRING_TITLES } from './english-lexicon';
import { someHeadlineVariant } from './headline-variant';
import { writeHeadline } from './headline-writer';
import type { EntityPool } from './named-entities';
import { createEntityPool } from './named-entities';
import { SeededRandom } from './seeded-random';
import { nameSavedFiles, titleKey } from './saved-files';
import { dayNumber } from './story-dates';
import type { Topic } from './topic-model';
import { createTopic } from './topic-model';
import type { Vocabulary } from './vocabulary';
import { createVocabulary } from './vocabulary';

export interface PlanOptions {
  stories: number;
  seed?: number;
  /** Put files in one folder per year (`2021/00042_….txt`) instead of directly in the archive. */
  byYear?: boolean;
  /** Share of files (0–1) written damaged in one of DAMAGE_KINDS; 0 by default. */
  damaged?: number;
}

export type DamageKind =
  'crlf' | 'bom' | 'windows-1252' | 'truncated' | 'no-header' | 'empty' | 'binary';
export const DAMAGE_KINDS: readonly DamageKind[] = [
  'crlf',
  'bom',
  'windows-1252',
  'truncated',
  'no-header',
  'empty',
  'binary',
];
/** Damage that leaves no story to read: such files get no topic label. */
export const UNREADABLE_DAMAGE: ReadonlySet<DamageKind> = new Set(['empty', 'binary']);

/** A story the fictional site published. */
export interface SiteStory {
  index: number;
  topic: number;
  day: number;
  title: string;
  /** False for stories the archive never saved: they only appear as related headlines. */
  saved: boolean;
  /** Whether the title is one of the site's recurring titles, shared with other stories. */
  recurring: boolean;
}

export interface PlannedHeadline {
  /** As the related block writes it (sometimes a variant spelling of the title). */
  text: string;
  /** Index of the site story it names. */
  story: number;
  /** The file (relative path) holding that story, or null when the archive lacks it. */
  file: string | null;
}

export interface PlannedFile {
  /** Relative to the archive root, `/` separators. */
  file: string;
  /** The file stem. */
  id: string;
  story: number;
  /** For a second save of a story: the file of the first save. */
  duplicateOf: string | null;
  related: PlannedHeadline[];
  damage: DamageKind | null;
}

export interface ArchivePlan {
  seed: number;
  vocabulary: Vocabulary;
  /** Each section's regular people, places and organisations. */
  pools: Record<string, EntityPool>;
  topics: Topic[];
  stories: SiteStory[];
  /** In file-number order (which is date order). */
  files: PlannedFile[];
}

const FIRST_DAY = dayNumber('2019-01-01');
const SPAN_DAYS = dayNumber('2023-01-01') - FIRST_DAY;
const UNSAVED_SHARE = 0.08;
const RECURRING_SHARE = 0.004;
const VARIANT_SHARE = 0.07;
const FOLLOW_UP_SHARE = 0.45;

export function planArchive(options: PlanOptions): ArchivePlan {
  const seed = options.seed ?? 1;
  const total = Math.max(0, Math.floor(options.stories));
  const vocabulary = createVocabulary(new SeededRandom(seed, 2));
  const poolRandom = new SeededRandom(seed, 3);
  const pools = Object.fromEntries(
    vocabulary.sections.map((section) => [section, createEntityPool(poolRandom, 24)]),
  );
  const duplicateCount = total >= 20 ? Math.max(1, Math.floor(total / 200)) : 0;
  const { topics, stories } = planStories(seed, total - duplicateCount, vocabulary, pools);
  nameStories(new SeededRandom(seed, 5), topics, stories);
  const files = planFiles(new SeededRandom(seed, 6), stories, duplicateCount, options);
  planRelatedBlocks(new SeededRandom(seed, 7), topics, stories, files);
  planDamage(new SeededRandom(seed, 8), files, options.damaged ?? 0);
  return { seed, vocabulary, pools, topics, stories, files };
}

function planStories(
  seed: number,
  savedTarget: number,
  vocabulary: Vocabulary,
  pools: Record<string, EntityPool>,
): { topics: Topic[]; stories: SiteStory[] } {
  const random = new SeededRandom(seed, 4);
  const topics: Topic[] = [];
  const stories: SiteStory[] = [];
  let saved = 0;
  while (saved < savedTarget) {
    const topicIndex = topics.length;
    // Some topics follow up a recent one: similar words and people, another label.
    const parent =
      topics.length > 0 && random.chance(FOLLOW_UP_SHARE)
        ? topics[Math.max(0, topics.length - 1 - random.int(40))]
        : undefined;
    const span = { firstDay: FIRST_DAY, days: SPAN_DAYS };
    const topic = createTopic(random, topicIndex + 1, vocabulary, pools, span, parent);
    topics.push(topic);
    const offsets = Array.from({ length: topic.size }, (_, i) =>
      i === 0 ? 0 : random.int(topic.windowDays),
    ).sort((a, b) => a - b);
    for (const offset of offsets) {
      const isSaved = topic.size === 1 || !random.chance(UNSAVED_SHARE);
      if (isSaved && saved >= savedTarget) break;
      if (isSaved) saved += 1;
      stories.push({
        index: stories.length,
        topic: topicIndex,
        day: topic.startDay + offset,
        title: '',
        saved: isSaved,
        recurring: false,
      });
    }
  }
  return { topics, stories };
}

/** Gives every story a headline; titles are unique except the site's recurring ones. */
function nameStories(random: SeededRandom, topics: readonly Topic[], stories: SiteStory[]): void {
  const taken = new Set<string>(RECURRING_TITLES.map(titleKey));
  for (const story of stories) {
    if (story.saved && random.chance(RECURRING_SHARE)) {
      story.title = random.pick(RECURRING_TITLES);
      story.recurring = true;
      continue;
    }
    const topic = topics[story.topic]!;
    let title = writeHeadline(random, topic);
    for (let attempt = 0; taken.has(titleKey(title)); attempt++) {
      title =
        attempt < 20
          ? writeHeadline(random, topic)
          : `${writeHeadline(random, topic)} (${random.range(2, 99)})`;
    }
    taken.add(titleKey(title));
    story.title = title;
  }
}

function planFiles(
  random: SeededRandom,
  stories: readonly SiteStory[],
  duplicateCount: number,
  options: PlanOptions,
): PlannedFile[] {
  const saved = stories
    .filter((story) => story.saved)
    .map((story) => ({ story, order: story.day + random.next() * 0.9 }))
    .sort((a, b) => a.order - b.order);
  const originals = saved.filter(({ story }) => !story.recurring);
  const duplicated = random.sample(originals, duplicateCount);
  return nameSavedFiles(random, saved, duplicated, options.byYear).map((named) => ({
    ...named,
    related: [],
    damage: null,
  }));
}

function planRelatedBlocks(
  random: SeededRandom,
  topics: readonly Topic[],
  stories: readonly SiteStory[],
  files: PlannedFile[],
): void {
  const fileOf = new Map<number, string>();
  for (const file of files) if (!file.duplicateOf) fileOf.set(file.story, file.file);
  const byTopic: SiteStory[][] = topics.map(() => []);
  for (const story of stories) byTopic[story.topic]!.push(story);
  const byDay = [...stories].sort((a, b) => a.day - b.day || a.index - b.index);
  const firstAtOrAfter = (day: number): number => {
    let low = 0;
    let high = byDay.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (byDay[middle]!.day < day) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const blocks = new Map<number, PlannedHeadline[]>();
  for (const file of files) {
    const reuse =
      file.duplicateOf !== null && random.chance(0.5) ? blocks.get(file.story) : undefined;
    const related = reuse ?? relatedBlock(stories[file.story]!);
    if (!blocks.has(file.story)) blocks.set(file.story, related);
    file.related = related;
  }

  function relatedBlock(own: SiteStory): PlannedHeadline[] {
    const size = random.range(4, 12);
    const chosen = new Set<number>([own.index]);
    const picks: SiteStory[] = [];
    const add = (story: SiteStory): void => {
      if (chosen.has(story.index) || picks.length >= size) return;
      chosen.add(story.index);
      picks.push(story);
    };
    // The same running story within a week, earlier mostly, nearest first.
    const sameTopic = byTopic[own.topic]!.filter(
      (story) =>
        story.index !== own.index &&
        story.day >= own.day - 7 &&
        story.day <= own.day + 7 &&
        (story.day <= own.day || random.chance(0.3)),
    ).sort((a, b) => Math.abs(a.day - own.day) - Math.abs(b.day - own.day));
    const wanted = random.range(1, 5);
    for (const story of random.sample(sameTopic.slice(0, wanted * 2), wanted)) add(story);
    // Other recent stories of the site, mostly from the same section (a "More From" block).
    // Three days back and one ahead, widened for sparse archives until there is a choice.
    let low = firstAtOrAfter(own.day - 3);
    let high = firstAtOrAfter(own.day + 2);
    for (let widen = 4; high - low < 40 && widen < 4096; widen *= 2) {
      low = firstAtOrAfter(own.day - 3 - widen);
      high = firstAtOrAfter(own.day + 2 + widen / 4);
    }
    const section = topics[own.topic]!.section;
    for (let attempt = 0; attempt < 200 && picks.length < size && high > low; attempt++) {
      const story = byDay[low + random.int(high - low)]!;
      if (story.topic === own.topic && attempt < 150) continue;
      if (topics[story.topic]!.section !== section && attempt < 100 && random.chance(0.7)) continue;
      add(story);
    }
    random.shuffle(picks);
    return picks.map((story) => ({
      text: random.chance(VARIANT_SHARE) ? someHeadlineVariant(random, story.title) : story.title,
      story: story.index,
      file: story.saved ? (fileOf.get(story.index) ?? null) : null,
    }));
  }
}

function planDamage(random: SeededRandom, files: PlannedFile[], share: number): void {
  if (!(share > 0)) return;
  const count = Math.min(files.length, Math.round(files.length * Math.min(1, share)));
  for (const file of random.sample(files, count)) file.damage = random.pick(DAMAGE_KINDS);
}
