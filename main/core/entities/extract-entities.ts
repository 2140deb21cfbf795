/**
 * The people, organisations and places a story names, with how often: run at index time in
 * the index workers, on the title, captions, dateline and body. Fast by design (no tagger:
 * capitalised runs looked up in the gazetteer and read by their cues, classify-run.ts), so
 * indexing stays within its budget; a run-on story costs at most MAX_BLOCKS blocks of
 * MAX_WORDS_PER_BLOCK words.
 *
 * Within a story a surname alone, or with a title (`Baker`, `Mr Baker`), is the full name the
 * story gives (`James Baker`), before or after it. Aliases fold to one name (`U.S.` → `United
 * States`). Text that is not mostly in Latin letters (an Urdu or Arabic story) gives none: the
 * cues are English. In a sports story (`SOCCER - …`) a city is its club.
 */
import type { EntityKind, NamedEntity, StoryEntities } from '../model/entities';
import type { Story } from '../model/story';
import { classifyRun } from './classify-run';
import type { Mention, Pending } from './classify-run';
import { foldName, gazetteer, knownName } from './gazetteer';
import { SPORTS_SLUG } from './name-cues';
import type { NameRun } from './name-runs';
import { nameRuns } from './name-runs';

export type EntitySource = Pick<Story, 'title' | 'dateline' | 'captions' | 'paragraphs'>;

export interface ExtractOptions {
  /**
   * False: names as written, for the evaluation's "raw" row: no alias folding, and a surname
   * alone is not joined to the full name. True (the index): folded.
   */
  fold?: boolean;
}

/** Blocks (title, captions, paragraphs) read per story. */
const MAX_BLOCKS = 80;

export function emptyEntities(): StoryEntities {
  return { people: [], organisations: [], places: [] };
}

export function extractEntities(story: EntitySource, options: ExtractOptions = {}): StoryEntities {
  const fold = options.fold ?? true;
  const blocks = [story.title, ...story.captions, ...story.paragraphs].slice(0, MAX_BLOCKS);
  if (!mostlyLatin(blocks)) return emptyEntities();
  const mentions: Mention[] = datelinePlaces(story.dateline);
  const pending: Pending[] = [];
  const lowerWords = new Set<string>();
  const runs: { run: NameRun; allCaps: boolean }[] = [];
  for (const block of blocks) {
    const allCaps = isAllCaps(block);
    for (const run of nameRuns(block, lowerWords)) runs.push({ run, allCaps });
  }
  for (const { run, allCaps } of runs) {
    const found = classifyRun(run, { allCaps, lowerWords });
    mentions.push(...found.mentions);
    pending.push(...found.pending);
  }
  const sports = SPORTS_SLUG.test(story.title);
  const resolved = resolvePending(mentions, pending, fold, sports);
  return tally(sports ? mentions.map(asTeam) : mentions, resolved, fold);
}

/** The dateline's place and region (`AL-AIN, United Arab Emirates`). */
function datelinePlaces(dateline: string | null): Mention[] {
  const mentions: Mention[] = [];
  for (const part of (dateline ?? '').split(',')) {
    const written = part.trim();
    if (written === '' || !/\p{L}/u.test(written)) continue;
    const name = knownName('place', written) ?? (isAllCaps(written) ? titleCase(written) : written);
    mentions.push({ kind: 'place', name, written, dateline: true });
  }
  return mentions;
}

/** In a sports story a city or region is a club; a country stays a place (its side). */
function asTeam(mention: Mention): Mention {
  if (mention.kind !== 'place' || mention.dateline) return mention;
  if (gazetteer().countries.has(foldName(mention.name))) return mention;
  return { ...mention, kind: 'organisation' };
}

/** Single words: a surname of a person the story names, a known alias, or a titled person. */
function resolvePending(
  mentions: readonly Mention[],
  pending: readonly Pending[],
  fold: boolean,
  sports: boolean,
): Mention[] {
  const { lastNames, firstNames, commonWords } = gazetteer();
  const bySurname = new Map<string, string>();
  for (const mention of mentions) {
    if (mention.kind !== 'person') continue;
    const parts = mention.name.split(' ');
    if (parts.length < 2) continue;
    const surname = foldName(parts[parts.length - 1] as string);
    if (!bySurname.has(surname)) bySurname.set(surname, mention.name);
  }
  const titledWords = new Set(pending.filter((one) => one.person).map((one) => foldName(one.word)));
  const resolved: Mention[] = [];
  for (const one of pending) {
    const folded = foldName(one.word);
    const full = bySurname.get(folded) ?? knownName('person', one.word);
    if (full) resolved.push({ kind: 'person', name: fold ? full : one.word });
    else if (titledWords.has(folded)) resolved.push({ kind: 'person', name: one.word });
    else if (commonWords.has(folded) || !one.midSentence) continue;
    else if (lastNames.has(folded)) resolved.push({ kind: 'person', name: one.word });
    else if (sports && !firstNames.has(folded)) {
      resolved.push({ kind: 'organisation', name: one.word });
    }
  }
  return resolved;
}

function tally(
  mentions: readonly Mention[],
  resolved: readonly Mention[],
  fold: boolean,
): StoryEntities {
  const counts: Record<EntityKind, Map<string, NamedEntity>> = {
    person: new Map(),
    organisation: new Map(),
    place: new Map(),
  };
  for (const mention of [...mentions, ...resolved]) {
    const name = fold ? mention.name : (mention.written ?? mention.name);
    const key = foldName(name);
    if (key === '') continue;
    const entry = counts[mention.kind].get(key);
    if (entry) entry.count += 1;
    else counts[mention.kind].set(key, { name, count: 1 });
  }
  const sorted = (kind: EntityKind) =>
    [...counts[kind].values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return {
    people: sorted('person'),
    organisations: sorted('organisation'),
    places: sorted('place'),
  };
}

/** Latin letters are at least half the letters of the story's first blocks. */
function mostlyLatin(blocks: readonly string[]): boolean {
  const sample = blocks.slice(0, 4).join(' ').slice(0, 2000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return false;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return latin * 2 >= letters;
}

/** A block in capitals (a wire headline): every word looks like a name, so only lists count. */
function isAllCaps(block: string): boolean {
  const upper = block.match(/\p{Lu}/gu)?.length ?? 0;
  const lower = block.match(/\p{Ll}/gu)?.length ?? 0;
  return upper > 3 && lower * 5 < upper;
}

function titleCase(place: string): string {
  return place
    .toLowerCase()
    .replace(
      /(^|[\s-])(\p{L})/gu,
      (_all, space: string, letter: string) => space + letter.toUpperCase(),
    );
}
