/**
 * The plan of a wire archive, decided before any text is written: the world (companies,
 * countries), every story the wire sent (saved to the archive or not) with its categories,
 * day and running story, its headline, the files with their names, duplicate saves and
 * damage, and each file's related block with the truth of what every headline names.
 *
 * Categories are drawn with the shares of wire-categories.ts; some stories of the categories
 * that have running stories are grouped into threads (a takeover battle over weeks, a port
 * strike over days) whose stories follow each other in date order. Results cluster in the
 * reporting seasons; weekends are quiet. Headlines come from composing each story once
 * (wire-compose.ts); when two stories would share a headline, the later one is composed again
 * from another stream (its `variant`), so titles stay unique as the related links need.
 */
import type { DamageKind, PlannedFile, PlannedHeadline } from '../archive-plan';
import { DAMAGE_KINDS } from '../archive-plan';
import { someHeadlineVariant } from '../headline-variant';
import { SeededRandom } from '../seeded-random';
import { nameSavedFiles, titleKey } from '../saved-files';
import { dayNumber } from '../story-dates';
import type { ThreadKind, WireCategory } from './wire-categories';
import { CATEGORY_BY_KEY, CATEGORY_INFO, MULTI_CATEGORY_CHANCE } from './wire-categories';
import { composeWireStory } from './wire-compose';
import type { Company, Country, CountryCommodity, WireWorld } from './wire-world';
import { createWireWorld } from './wire-world';
import type { StorySpec, ThreadRef } from './wire-writer';

export interface WirePlanOptions {
  stories: number;
  seed?: number;
  byYear?: boolean;
  damaged?: number;
}

export interface WireStory {
  index: number;
  /** First category first; a few stories have two. */
  categories: WireCategory[];
  day: number;
  /** Index into `threads`, or null for a story that stands alone. */
  thread: number | null;
  stage: number;
  title: string;
  /** Which random stream composes it (0 unless its first headline was taken). */
  variant: number;
  saved: boolean;
}

export interface WireThread {
  id: string;
  kind: ThreadKind;
  category: WireCategory;
  companies: Company[];
  countries: Country[];
  commodity: string;
  base: number;
  /** Story indices, in stage (date) order. */
  members: number[];
}

export interface WirePlan {
  seed: number;
  world: WireWorld;
  stories: WireStory[];
  threads: WireThread[];
  files: PlannedFile[];
}

export const WIRE_FIRST_DAY = dayNumber('2021-01-04');
export const WIRE_SPAN_DAYS = dayNumber('2022-07-01') - WIRE_FIRST_DAY;
const UNSAVED_SHARE = 0.08;
const VARIANT_SHARE = 0.07;
const STORY_STREAM = 5_000_011;
const VARIANT_STRIDE = 1_000_003;

export function planWireArchive(options: WirePlanOptions): WirePlan {
  const seed = options.seed ?? 1;
  const total = Math.max(0, Math.floor(options.stories));
  const world = createWireWorld(new SeededRandom(seed, 21), total);
  const duplicateCount = total >= 20 ? Math.max(1, Math.floor(total / 200)) : 0;
  const stories = drawStories(new SeededRandom(seed, 22), total - duplicateCount);
  const threads = groupThreads(new SeededRandom(seed, 23), stories, world);
  placeStories(new SeededRandom(seed, 24), stories, threads);
  nameStories(seed, world, stories, threads);
  const files = planFiles(new SeededRandom(seed, 25), stories, duplicateCount, options);
  planRelatedBlocks(new SeededRandom(seed, 26), stories, threads, files);
  planDamage(new SeededRandom(seed, 27), files, options.damaged ?? 0);
  return { seed, world, stories, threads, files };
}

/** The stream a story is composed from (the plan's and the renderer's). */
export function storyStream(seed: number, story: WireStory): SeededRandom {
  return new SeededRandom(seed, STORY_STREAM + story.index + story.variant * VARIANT_STRIDE);
}

export function storySpec(plan: { threads: readonly WireThread[] }, story: WireStory): StorySpec {
  return { categories: story.categories, day: story.day, thread: threadRef(plan, story) };
}

function threadRef(plan: { threads: readonly WireThread[] }, story: WireStory): ThreadRef | null {
  if (story.thread === null) return null;
  const thread = plan.threads[story.thread]!;
  return {
    id: thread.id,
    kind: thread.kind,
    stage: story.stage,
    size: thread.members.length,
    companies: thread.companies,
    countries: thread.countries,
    commodity: thread.commodity,
    base: thread.base,
  };
}

/** The label a story's thread has: its running story's id, or its own. */
export function threadLabel(plan: WirePlan, story: WireStory): string {
  return story.thread === null
    ? `s${String(story.index).padStart(6, '0')}`
    : plan.threads[story.thread]!.id;
}

function drawStories(random: SeededRandom, savedTarget: number): WireStory[] {
  const shareTotal = CATEGORY_INFO.reduce((sum, info) => sum + info.share, 0);
  const stories: WireStory[] = [];
  let saved = 0;
  while (saved < savedTarget) {
    let roll = random.next() * shareTotal;
    let info = CATEGORY_INFO[0]!;
    for (const candidate of CATEGORY_INFO) {
      roll -= candidate.share;
      if (roll < 0) {
        info = candidate;
        break;
      }
    }
    const categories: WireCategory[] = [info.key];
    if (info.partners.length > 0 && random.chance(MULTI_CATEGORY_CHANCE)) {
      categories.push(random.pick(info.partners));
    }
    const isSaved = !random.chance(UNSAVED_SHARE);
    if (isSaved) saved += 1;
    stories.push({
      index: stories.length,
      categories,
      day: 0,
      thread: null,
      stage: 0,
      title: '',
      variant: 0,
      saved: isSaved,
    });
  }
  return stories;
}

const THREAD_GOODS = ['semiconductors', 'textiles', 'steel', 'farm products', 'cars', 'lumber'];
const THREAD_COMMODITY: Partial<Record<WireCategory, CountryCommodity>> = {
  crude: 'oil',
  copper: 'copper',
  coffee: 'coffee',
  cocoa: 'cocoa',
  sugar: 'sugar',
};

/** Groups some single-category stories of thread categories into running stories. */
function groupThreads(random: SeededRandom, stories: WireStory[], world: WireWorld): WireThread[] {
  const threads: WireThread[] = [];
  for (const info of CATEGORY_INFO) {
    if (!info.thread) continue;
    const pool = stories.filter(
      (story) => story.categories.length === 1 && story.categories[0] === info.key,
    );
    let budget = Math.round(pool.length * info.thread.share);
    // The pool is in drawing order, which is random: consecutive stories make a thread.
    let at = 0;
    while (budget >= 3 && at + 3 <= pool.length) {
      const size = Math.min(budget, pool.length - at, 3 + Math.floor(random.next() ** 2 * 10));
      const members = pool.slice(at, at + size);
      at += size;
      budget -= size;
      const thread = makeThread(random, threads.length, info.key, info.thread.kind, world);
      thread.members = members.map((story) => story.index);
      members.forEach((story, stage) => {
        story.thread = threads.length;
        story.stage = stage;
      });
      threads.push(thread);
    }
  }
  return threads;
}

function makeThread(
  random: SeededRandom,
  index: number,
  category: WireCategory,
  kind: ThreadKind,
  world: WireWorld,
): WireThread {
  const id = `run${String(index + 1).padStart(4, '0')}-${kind}`;
  const companies: Company[] = [];
  const countries: Country[] = [];
  let commodity: string = category;
  let base = 0;
  switch (kind) {
    case 'takeover': {
      const bidder = world.company(random);
      let target = world.company(random, [bidder.industry.key]);
      while (target === bidder) target = world.company(random);
      companies.push(bidder, target);
      if (random.chance(0.5)) {
        let rival = world.company(random);
        while (rival === bidder || rival === target) rival = world.company(random);
        companies.push(rival);
      }
      base = Math.round(Math.max(8, (target.size / target.shares) * (0.8 + random.next())));
      break;
    }
    case 'trade-dispute': {
      const a = world.country(random);
      let b = world.country(random);
      while (b === a) b = world.countries[random.int(world.countries.length)]!;
      countries.push(a, b);
      commodity = random.pick(THREAD_GOODS);
      break;
    }
    case 'mine-strike':
      companies.push(world.company(random, ['mining']));
      countries.push(world.country(random, 'copper'));
      break;
    default: {
      const produces = THREAD_COMMODITY[category];
      countries.push(world.country(random, produces));
      countries.push(world.country(random, produces));
      break;
    }
  }
  return { id, kind, category, companies, countries, commodity, base, members: [] };
}

/** Days: weekdays mostly, results in the reporting seasons, threads within their window. */
function placeStories(random: SeededRandom, stories: WireStory[], threads: WireThread[]): void {
  const drawDay = (earn: boolean): number => {
    for (let attempt = 0; ; attempt++) {
      const day = WIRE_FIRST_DAY + random.int(WIRE_SPAN_DAYS);
      const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday: 0 = Sunday
      if ((weekday === 0 || weekday === 6) && random.chance(0.85) && attempt < 50) continue;
      if (earn && attempt < 50) {
        const monthInQuarter = new Date(day * 86_400_000).getUTCMonth() % 3;
        if (!random.chance([1, 0.75, 0.3][monthInQuarter]!)) continue;
      }
      return day;
    }
  };
  const threadStart = new Map<number, { start: number; window: number }>();
  for (const story of stories) {
    if (story.thread === null) {
      story.day = drawDay(story.categories[0] === 'earn');
      continue;
    }
    let window = threadStart.get(story.thread);
    if (!window) {
      const span = 4 + Math.floor(random.next() ** 1.5 * 40);
      window = { start: drawDay(false), window: span };
      window.start = Math.min(window.start, WIRE_FIRST_DAY + WIRE_SPAN_DAYS - span - 1);
      threadStart.set(story.thread, window);
    }
  }
  // Thread members: sorted offsets within the window, in stage order.
  const byThread = new Map<number, WireStory[]>();
  for (const story of stories) {
    if (story.thread === null) continue;
    const list = byThread.get(story.thread);
    if (list) list.push(story);
    else byThread.set(story.thread, [story]);
  }
  for (const [thread, members] of byThread) {
    const { start, window } = threadStart.get(thread)!;
    // A strike's stories count its days from the first.
    if (threads[thread]!.kind === 'port-strike') threads[thread]!.base = start;
    const offsets = members.map((_, i) => (i === 0 ? 0 : random.int(window))).sort((a, b) => a - b);
    members.sort((a, b) => a.stage - b.stage);
    members.forEach((story, i) => {
      story.day = start + offsets[i]!;
    });
  }
}

function nameStories(
  seed: number,
  world: WireWorld,
  stories: WireStory[],
  threads: readonly WireThread[],
): void {
  const taken = new Set<string>();
  const plan = { threads };
  // In date order, so the story that keeps a headline is the earlier one.
  const order = [...stories].sort((a, b) => a.day - b.day || a.index - b.index);
  for (const story of order) {
    for (let variant = 0; ; variant++) {
      story.variant = variant;
      let title = composeWireStory(storyStream(seed, story), world, storySpec(plan, story)).title;
      // Running stories repeat their entities: after a few tries, a wire's own qualifiers.
      if (variant >= 8) title = qualified(title, variant - 8);
      const key = titleKey(title);
      if (!taken.has(key)) {
        taken.add(key);
        story.title = title;
        break;
      }
    }
  }
}

const QUALIFIERS = [
  '-- sources',
  '-- officials',
  '(corrected)',
  '-- update',
  '(adds detail)',
  '-- trade',
];

/** `TITLE -- SOURCES`, …, then `TITLE (2)`: in the title's own case. */
function qualified(title: string, attempt: number): string {
  const qualifier =
    attempt < QUALIFIERS.length ? QUALIFIERS[attempt]! : `(${attempt - QUALIFIERS.length + 2})`;
  return `${title} ${title === title.toUpperCase() ? qualifier.toUpperCase() : qualifier}`;
}

function planFiles(
  random: SeededRandom,
  stories: readonly WireStory[],
  duplicateCount: number,
  options: WirePlanOptions,
): PlannedFile[] {
  const saved = stories
    .filter((story) => story.saved)
    .map((story) => ({ story, order: story.day + random.next() * 0.9 }))
    .sort((a, b) => a.order - b.order);
  const duplicated = random.sample(saved, duplicateCount);
  return nameSavedFiles(random, saved, duplicated, options.byYear).map((named) => ({
    ...named,
    related: [],
    damage: null,
  }));
}

/** The stories of each category and of each section, in date order, to find recent ones in. */
class StoriesByDay {
  private readonly byCategory = new Map<string, WireStory[]>();
  private readonly bySection = new Map<string, WireStory[]>();

  constructor(stories: readonly WireStory[]) {
    for (const story of stories) {
      const category = story.categories[0]!;
      const section = CATEGORY_BY_KEY.get(category)!.section;
      listIn(this.byCategory, category).push(story);
      listIn(this.bySection, section).push(story);
    }
    for (const list of this.byCategory.values()) byDay(list);
    for (const list of this.bySection.values()) byDay(list);
  }

  /** Recent stories of the story's category: at least 12 when the window can widen to them. */
  nearInCategory(own: WireStory): WireStory[] {
    const sameCategory = this.byCategory.get(own.categories[0]!)!;
    let near = recent(sameCategory, own, 3);
    for (let back = 7; near.length < 12 && back < 1000; back *= 2)
      near = recent(sameCategory, own, back);
    return near;
  }

  /** Recent stories of the story's section, likewise. */
  nearInSection(own: WireStory): WireStory[] {
    const section = this.bySection.get(CATEGORY_BY_KEY.get(own.categories[0]!)!.section)!;
    let sectionNear = recent(section, own, 2);
    for (let back = 6; sectionNear.length < 12 && back < 1000; back *= 2) {
      sectionNear = recent(section, own, back);
    }
    return sectionNear;
  }
}

function listIn(lists: Map<string, WireStory[]>, key: string): WireStory[] {
  return lists.get(key) ?? lists.set(key, []).get(key)!;
}

function byDay(list: WireStory[]): WireStory[] {
  return list.sort((a, b) => a.day - b.day || a.index - b.index);
}

/** Stories from `back` days before to a few days after (more when widened). */
function recent(list: readonly WireStory[], own: WireStory, back: number): WireStory[] {
  const from = firstAtOrAfter(list, own.day - back);
  const to = firstAtOrAfter(list, own.day + 2 + Math.floor(back / 8));
  return list.slice(from, to);
}

/** The stories one related block names: never the story itself, none twice, at most `size`. */
class BlockPicks {
  readonly picks: WireStory[] = [];
  private readonly chosen: Set<number>;

  constructor(
    own: WireStory,
    readonly size: number,
  ) {
    this.chosen = new Set<number>([own.index]);
  }

  add(story: WireStory): void {
    if (this.chosen.has(story.index) || this.picks.length >= this.size) return;
    this.chosen.add(story.index);
    this.picks.push(story);
  }

  /** Up to `attempts` random draws from `from`, until `target` stories are picked. */
  drawFrom(
    random: SeededRandom,
    from: readonly WireStory[],
    target: number,
    attempts: number,
  ): void {
    for (
      let attempt = 0;
      attempt < attempts && this.picks.length < target && from.length > 0;
      attempt++
    ) {
      this.add(from[random.int(from.length)]!);
    }
  }
}

/** What every related block is drawn from. */
interface RelatedSources {
  random: SeededRandom;
  stories: readonly WireStory[];
  threads: readonly WireThread[];
  byDay: StoriesByDay;
  /** The file each saved story is in (its first save). */
  fileOf: ReadonlyMap<number, string>;
}

/** The running story's earlier stories, latest first, and now and then the next one. */
function pickFromThread(own: WireStory, sources: RelatedSources, picks: BlockPicks): void {
  if (own.thread === null) return;
  const { random, stories, threads } = sources;
  const members = threads[own.thread]!.members.map((index) => stories[index]!);
  const earlier = members.filter((story) => story.stage < own.stage).reverse();
  for (const story of earlier.slice(0, random.range(1, 3))) picks.add(story);
  if (random.chance(0.2)) {
    const later = members.find((story) => story.stage === own.stage + 1);
    if (later) picks.add(later);
  }
}

function relatedBlock(own: WireStory, sources: RelatedSources): PlannedHeadline[] {
  const { random, byDay, fileOf } = sources;
  const picks = new BlockPicks(own, random.range(3, 8));
  pickFromThread(own, sources, picks);
  const near = byDay.nearInCategory(own);
  const sectionNear = byDay.nearInSection(own);
  const fromCategory = Math.round(picks.size * (0.55 + random.next() * 0.35));
  picks.drawFrom(random, near, fromCategory, 40);
  picks.drawFrom(random, sectionNear, picks.size, 60);
  random.shuffle(picks.picks);
  return picks.picks.map((story) => ({
    text: random.chance(VARIANT_SHARE) ? someHeadlineVariant(random, story.title) : story.title,
    story: story.index,
    file: story.saved ? (fileOf.get(story.index) ?? null) : null,
  }));
}

/**
 * A `More From …:` block: the running story's earlier stories first (when there is one), then
 * recent stories of the same category, then of the same section — some of them stories the
 * archive never saved.
 */
function planRelatedBlocks(
  random: SeededRandom,
  stories: readonly WireStory[],
  threads: readonly WireThread[],
  files: PlannedFile[],
): void {
  const fileOf = new Map<number, string>();
  for (const file of files) if (!file.duplicateOf) fileOf.set(file.story, file.file);
  const sources: RelatedSources = {
    random,
    stories,
    threads,
    byDay: new StoriesByDay(stories),
    fileOf,
  };
  const blocks = new Map<number, PlannedHeadline[]>();
  for (const file of files) {
    const reuse =
      file.duplicateOf !== null && random.chance(0.5) ? blocks.get(file.story) : undefined;
    const related = reuse ?? relatedBlock(stories[file.story]!, sources);
    if (!blocks.has(file.story)) blocks.set(file.story, related);
    file.related = related;
  }
}

function firstAtOrAfter(list: readonly WireStory[], day: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]!.day < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

function planDamage(random: SeededRandom, files: PlannedFile[], share: number): void {
  if (!(share > 0)) return;
  const count = Math.min(files.length, Math.round(files.length * Math.min(1, share)));
  for (const file of random.sample(files, count)) {
    file.damage = random.pick(DAMAGE_KINDS) as DamageKind;
  }
}
