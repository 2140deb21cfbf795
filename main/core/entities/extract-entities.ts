/**
 * The people, organisations and places a story names, with how often: run at index time in
 * the index workers, on the title, captions, dateline and body. The learned tagger
 * (name-tagger.ts) marks the names sentence by sentence; a run-on block costs at most
 * MAX_TOKENS_PER_BLOCK tokens.
 *
 * Within a story a name has one kind (the one it is tagged most often), a surname alone
 * (`Baker`, `Mr Baker`) is the full name the story gives (`James Baker`), before or after it,
 * and aliases fold to one name (`U.S.` → `United States`). Text that is not mostly in Latin
 * letters (an Urdu or Arabic story) gives none: the tagger learnt English.
 */
import type { EntityKind, NamedEntity, StoryEntities } from '../model/entities';
import type { Story } from '../model/story';
import { knownName, lookupKey } from './gazetteer';
import { laterNames, ORGANISATION_TAILS } from './later-names';
import { sentencesOf } from './name-tokens';
import { isScored, tagSentence, taggedNames } from './name-tagger';
import type { TaggedName } from './name-tagger';
import { isCapitalised, storyContext, viewSentence } from './tagger-features';

interface Mention {
  kind: EntityKind;
  /** The canonical name (folded) or the name as written (raw). */
  name: string;
  written?: string;
}

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
 * The tagger reads the body up to the paragraph that reaches this many characters (the lead,
 * where a wire story names whom it is about); tagging whole stories would cost the index far
 * more than its budget. Counts are of the mentions read.
 */
const MAX_BODY_CHARACTERS = 1800;
/**
 * The rest of the body is read for known names (later-names.ts, a fraction of the tagger's
 * cost a character) up to this many characters more.
 */
const MAX_LATER_CHARACTERS = 20_000;
/** Tokens read per block at most: a run-on block cannot cost more. */
const MAX_TOKENS_PER_BLOCK = 4000;

export function emptyEntities(): StoryEntities {
  return { people: [], organisations: [], places: [] };
}

export function extractEntities(story: EntitySource, options: ExtractOptions = {}): StoryEntities {
  const fold = options.fold ?? true;
  const blocks = blocksOf(story);
  if (!mostlyLatin(blocks)) return emptyEntities();
  const sentences: string[][] = [];
  for (const block of blocks) sentences.push(...sentencesOf(block, MAX_TOKENS_PER_BLOCK));
  const context = storyContext(story.title, sentences);
  const tagged: TaggedName[] = [];
  /** Names tagged in a headline in capitals, where every word looks like a name. */
  const headline: TaggedName[] = [];
  const untagged: string[] = [];
  for (const sentence of sentences) {
    // Most sentences of plain prose hold no name: nothing to tag.
    if (!sentence.some((token, at) => isScored(token, 'O', at))) continue;
    const inCaps = context.inCaps.has(sentence);
    const labels = tagSentence(viewSentence(sentence, inCaps), context);
    for (const name of taggedNames(sentence, labels)) (inCaps ? headline : tagged).push(name);
    for (let at = 0; at < sentence.length; at += 1) {
      const token = sentence[at] as string;
      const label = labels[at] as string;
      // A name left untagged, or tagged as other (MISC), may be one the story names elsewhere.
      if ((label === 'O' || label.endsWith('MISC')) && token.length > 1 && isCapitalised(token)) {
        untagged.push(token);
      }
    }
  }
  const later = laterNames(
    story.paragraphs.slice(leadParagraphs(story)),
    kindsNamed(tagged),
    MAX_LATER_CHARACTERS,
  );
  tagged.push(...later, ...confirmed(headline, tagged));
  for (const one of tagged) {
    // `Quorvex Holdings`: a name that ends in an organisation's word is one.
    const last = (one.words[one.words.length - 1] as string).toLowerCase();
    if (one.words.length > 1 && ORGANISATION_TAILS.has(last)) one.kind = 'organisation';
  }
  const mentions = [
    ...datelinePlaces(story.dateline),
    ...namedMentions(tagged, fold),
    ...namedAgain(tagged, untagged, fold),
  ];
  return tally(mentions, fold);
}

/** A headline's names: a place only when listed or named in the story's text. */
function confirmed(headline: readonly TaggedName[], text: readonly TaggedName[]): TaggedName[] {
  const named = new Set(text.map((one) => lookupKey(one.words.join(' '))));
  return headline.filter((one) => {
    const written = one.words.join(' ');
    // A club, a company or a person is often named in capitals only in the headline; a
    // capitalised common word (`PACT`) is most often taken for a place.
    if (one.kind !== 'place') return true;
    return named.has(lookupKey(written)) || knownName(one.kind, written) !== null;
  });
}

/** How many of the body's paragraphs the lead holds (MAX_BODY_CHARACTERS). */
function leadParagraphs(story: EntitySource): number {
  let characters = 0;
  let count = 0;
  for (const paragraph of story.paragraphs) {
    if (characters >= MAX_BODY_CHARACTERS) break;
    count += 1;
    characters += paragraph.length;
  }
  return count;
}

/** The names the lead tagged, folded, with their kind; a person's surname too. */
function kindsNamed(tagged: readonly TaggedName[]): Map<string, EntityKind> {
  const kinds = new Map<string, EntityKind>();
  for (const one of tagged) {
    kinds.set(lookupKey(one.words.join(' ')), one.kind);
    if (one.kind === 'person' && one.words.length > 1) {
      kinds.set(lookupKey(one.words[one.words.length - 1] as string), 'person');
    }
  }
  return kinds;
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
    mentions.push({ kind: 'place', name, written });
  }
  return mentions;
}

/**
 * The tagged names as mentions: one kind per name in a story (the kind it is tagged most
 * often), aliases folded to their canonical name, and a surname alone joined to the full name
 * the story gives, before or after it.
 */
function namedMentions(tagged: readonly TaggedName[], fold: boolean): Mention[] {
  const votes = new Map<string, Map<EntityKind, number>>();
  const written = tagged.map((one) => one.words.join(' ').replace(/ (['’]s)\b/gu, '$1'));
  tagged.forEach((one, at) => {
    const key = lookupKey(written[at] as string);
    const kinds = votes.get(key) ?? new Map<EntityKind, number>();
    kinds.set(one.kind, (kinds.get(one.kind) ?? 0) + 1);
    votes.set(key, kinds);
  });
  const voted = (name: string): EntityKind => {
    const kinds = [...(votes.get(lookupKey(name)) ?? new Map<EntityKind, number>())];
    return kinds.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
  };
  const bySurname = new Map<string, string>();
  for (const name of written) {
    const parts = name.split(' ');
    if (parts.length < 2 || voted(name) !== 'person') continue;
    const surname = lookupKey(parts[parts.length - 1] as string);
    if (!bySurname.has(surname)) bySurname.set(surname, name);
  }
  // A surname alone is the person the story names in full, whatever it was tagged.
  const kindOf = (name: string): EntityKind =>
    !name.includes(' ') && bySurname.has(lookupKey(name)) ? 'person' : voted(name);
  return written.map((name) => {
    const kind = kindOf(name);
    if (!fold) return { kind, name, written: name };
    const listed = knownName(kind, name);
    if (listed) return { kind, name: listed, written: name };
    const full = kind === 'person' && !name.includes(' ') ? bySurname.get(lookupKey(name)) : null;
    return { kind, name: full ? (knownName('person', full) ?? full) : name, written: name };
  });
}

/**
 * Capitalised words the tagger let go that the story names elsewhere (`Mr Baker` after
 * `James Baker`): counted as that name. They add to counts, not names.
 */
function namedAgain(
  tagged: readonly TaggedName[],
  untagged: readonly string[],
  fold: boolean,
): Mention[] {
  const named = new Map<string, Mention>();
  for (const one of tagged) {
    if (one.kind !== 'person' || one.words.length < 2) continue;
    const surname = lookupKey(one.words[one.words.length - 1] as string);
    if (!named.has(surname)) named.set(surname, { kind: 'person', name: one.words.join(' ') });
  }
  for (const one of tagged) {
    const key = lookupKey(one.words[0] as string);
    if (one.words.length === 1 && !named.has(key)) {
      named.set(key, { kind: one.kind, name: one.words[0] as string });
    }
  }
  const mentions: Mention[] = [];
  for (const word of untagged) {
    const mention = named.get(lookupKey(word));
    if (!mention) continue;
    const name = fold ? (knownName(mention.kind, mention.name) ?? mention.name) : word;
    mentions.push({ kind: mention.kind, name, written: word });
  }
  return mentions;
}

function tally(mentions: readonly Mention[], fold: boolean): StoryEntities {
  const counts: Record<EntityKind, Map<string, NamedEntity>> = {
    person: new Map(),
    organisation: new Map(),
    place: new Map(),
  };
  for (const mention of mentions) {
    const name = fold ? mention.name : (mention.written ?? mention.name);
    const key = lookupKey(name);
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
