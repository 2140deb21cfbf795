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
import { NOT_NAMES, SPORTS_SLUG, TEAM_SPORTS_SLUG } from './name-cues';
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

/** Captions read per story (they name again whom the body names). */
const MAX_CAPTIONS = 2;
/**
 * The body is read up to the paragraph that reaches this many characters: the names a story
 * is about are in its first paragraphs (a wire story's lead), and reading all of a long story
 * would cost the index more than its budget. Counts are of the mentions read.
 */
const MAX_BODY_CHARACTERS = 1800;

export function emptyEntities(): StoryEntities {
  return { people: [], organisations: [], places: [] };
}

export function extractEntities(story: EntitySource, options: ExtractOptions = {}): StoryEntities {
  const fold = options.fold ?? true;
  const blocks = blocksOf(story);
  if (!mostlyLatin(blocks)) return emptyEntities();
  const mentions: Mention[] = datelinePlaces(story.dateline);
  const pending: Pending[] = [];
  const lowerWords = new Set<string>();
  const runs: { run: NameRun; allCaps: boolean }[] = [];
  for (const block of blocks) {
    const allCaps = isAllCaps(block);
    for (const run of nameRuns(block, lowerWords)) runs.push({ run, allCaps });
  }
  const teams = TEAM_SPORTS_SLUG.test(story.title);
  for (const { run, allCaps } of runs) {
    const team = teams && run.beforeNumber ? teamOf(run.words) : null;
    if (team) {
      mentions.push(team);
      continue;
    }
    const found = classifyRun(run, { allCaps, lowerWords });
    mentions.push(...found.mentions);
    pending.push(...found.pending);
  }
  const sports = SPORTS_SLUG.test(story.title);
  const sport = teams ? 'team' : sports ? 'other' : null;
  const resolved = resolvePending(mentions, pending, fold, sport);
  return tally(sports ? mentions.map(asTeam) : mentions, resolved, fold);
}

/** The title, a few captions, and the body's first paragraphs (MAX_BODY_CHARACTERS). */
function blocksOf(story: EntitySource): string[] {
  // Captions repeat (a picture's alt text and its caption): each once.
  const blocks = [story.title, ...new Set(story.captions)].slice(0, 1 + MAX_CAPTIONS);
  let characters = 0;
  for (const paragraph of story.paragraphs) {
    if (characters >= MAX_BODY_CHARACTERS) break;
    blocks.push(paragraph);
    characters += paragraph.length;
  }
  return blocks;
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

/** A name before a score in a team sport's story: the team (a country's side is a place). */
function teamOf(words: readonly string[]): Mention | null {
  const kept = words.filter((word) => !NOT_NAMES.has(word.toLowerCase()));
  const name = kept.join(' ');
  if (name === '' || /^\p{L}$/u.test(name)) return null;
  // A scorer or a player with his figures (`Alan Shearer 2`) is a person, not a team.
  const first = (kept[0] as string).toLowerCase();
  if (kept.length > 1 && gazetteer().firstNames.has(first) && !gazetteer().commonWords.has(first)) {
    return null;
  }
  const place = knownName('place', name);
  if (place && gazetteer().countries.has(foldName(place))) {
    return { kind: 'place', name: place, written: name };
  }
  return { kind: 'organisation', name: knownName('organisation', name) ?? name, written: name };
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
  sport: 'team' | 'other' | null,
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
    else if (firstNames.has(folded)) continue;
    // An unknown capitalised word: a club in a team sport's story, a player in another
    // sport's (cricket, tennis, golf); elsewhere too uncertain to keep.
    else if (sport === 'team') resolved.push({ kind: 'organisation', name: one.word });
    else if (sport === 'other') resolved.push({ kind: 'person', name: one.word });
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

/** Latin letters are at least half of the first letters of the story's first blocks. */
function mostlyLatin(blocks: readonly string[]): boolean {
  let letters = 0;
  let latin = 0;
  for (const block of blocks.slice(0, 4)) {
    for (let i = 0; i < block.length && letters < 400; i += 1) {
      const code = block.charCodeAt(i);
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) {
        letters += 1;
        latin += 1;
      } else if (code >= 128) {
        const char = block[i] as string;
        if (LETTER.test(char)) {
          letters += 1;
          if (LATIN.test(char)) latin += 1;
        }
      }
    }
  }
  return letters > 0 && latin * 2 >= letters;
}

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;

/** A block in capitals (a wire headline): every word looks like a name, so only lists count. */
function isAllCaps(block: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < block.length; i += 1) {
    const code = block.charCodeAt(i);
    if (code >= 65 && code <= 90) upper += 1;
    else if (code >= 97 && code <= 122) lower += 1;
    else if (code >= 128) {
      const char = block[i] as string;
      if (char !== char.toLowerCase()) upper += 1;
      else if (char !== char.toUpperCase()) lower += 1;
    }
    // Plain text: its lower case shows at once.
    if (lower > 40) return false;
  }
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
