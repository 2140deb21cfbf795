/**
 * What a run of capitalised words names (name-runs.ts): a person, an organisation, a place,
 * or nothing. Known names first (the gazetteer, with aliases), then the words around and
 * inside the run (a title before a person, an organisation's head or tail word), then the
 * shape of what is left (a first name, a surname, unknown capitalised words). A single word
 * that may be a surname is left to the story's second look (extract-entities.ts).
 */
import type { EntityKind } from '../model/entities';
import { foldName, gazetteer } from './gazetteer';
import type { NameRun } from './name-runs';
import {
  NOT_NAMES,
  ORGANISATION_HEADS,
  ORGANISATION_TAILS,
  PERSON_CUES,
  PERSON_TITLES,
  PLACE_HEADS,
  PLACE_WORDS,
} from './name-cues';

export interface Mention {
  kind: EntityKind;
  name: string;
  /** The words as the story wrote them, when `name` is a list's canonical name. */
  written?: string;
  /** The story's dateline: a place whatever the story is about. */
  dateline?: true;
}

/** A single word that may be a person's surname, decided once the whole story is read. */
export interface Pending {
  word: string;
  /** A title or cue said it is a person (`Mr Baker`, `striker Shearer`). */
  person: boolean;
  /** Capitalised where a sentence does not start: a name, if the story says whose. */
  midSentence?: boolean;
}

export interface RunResult {
  mentions: Mention[];
  pending: Pending[];
}

/** What the story tells about its words. */
export interface RunContext {
  /** The block is in capitals (a wire headline): only known names are taken. */
  allCaps: boolean;
  /** Words the story writes in lower case somewhere: not names when capitalised. */
  lowerWords: ReadonlySet<string>;
}

const CONNECTOR = /^(?:of|de|del|da|van|von|der|den|al|bin|ibn|la|le|du|for|and|&|the)$/;
const KINDS: EntityKind[] = ['place', 'organisation', 'person'];
/** Runs longer than this are headlines in title case or lists: only known names are taken. */
const LONGEST_NAME = 6;

function known(words: readonly string[]): Mention | null {
  const written = words.join(' ');
  const folded = foldName(written);
  const names = gazetteer().names;
  for (const kind of KINDS) {
    const name = names[kind].get(folded);
    if (name !== undefined) return { kind, name, written };
  }
  return null;
}

/** `Top-seeded`, `Third-stringer`: a sentence's first word, not a name. */
const LOWER_COMPOUND = /^\p{Lu}\p{Ll}*-\p{Ll}+$/u;
const isAcronym = (word: string): boolean => /^\p{Lu}{2,6}$/u.test(word);
function isTitle(word: string): boolean {
  let lower = word.toLowerCase();
  // `Lieutenant-General`: the last part says; `Gen.`: without its dot.
  const hyphen = lower.lastIndexOf('-');
  if (hyphen >= 0) lower = lower.slice(hyphen + 1);
  if (lower.endsWith('.')) lower = lower.slice(0, -1);
  return PERSON_TITLES.has(lower) || PERSON_CUES.has(lower);
}

/** A word that is not a name on its own: a common English word, a word the story writes in lower case, a title. */
function isCommonIn(context: RunContext, word: string): boolean {
  const lower = word.toLowerCase();
  return gazetteer().commonWords.has(lower) || context.lowerWords.has(lower) || isTitle(word);
}

export function classifyRun(run: NameRun, context: RunContext): RunResult {
  const words = trimLead(run);
  if (words.length === 0) return { mentions: [], pending: [] };
  const whole = known(words);
  if (whole) return { mentions: [whole], pending: [] };
  if (context.allCaps) return { mentions: knownParts(words), pending: [] };
  const splitAt = words.findIndex((word) => word === 'and' || word === '&' || word === 'for');
  if (splitAt > 0) return splitRun(run, words, splitAt, context);
  if (words.length > LONGEST_NAME) return { mentions: knownParts(words), pending: [] };
  const byCue = classifyByCue(words);
  if (byCue) return { mentions: [byCue], pending: [] };
  // `Paolo Fulci of Italy`, `Secretary of State James Baker`: each side on its own.
  const ofAt = words.indexOf('of');
  if (ofAt > 0) return splitRun(run, words, ofAt, context);
  return classifyByShape(run, words, context);
}

/**
 * The run without what opens it but is not a name: small words, days and months (`In
 * Friday New York …`), and a sentence's capitalised first word when it is a common word.
 * Titles stay: they say a person follows.
 */
function trimLead(run: NameRun): string[] {
  let words = run.words;
  let first = true;
  for (;;) {
    const word = words[0];
    if (word === undefined || isTitle(word)) return words;
    // `New York …` at a sentence's start: a known name opens the run.
    if (first && words.length > 1 && known(words.slice(0, 2))) return words;
    const lower = word.toLowerCase();
    const drop =
      CONNECTOR.test(lower) ||
      NOT_NAMES.has(lower) ||
      (first &&
        run.sentenceStart &&
        words.length > 1 &&
        ((gazetteer().commonWords.has(lower) && !gazetteer().firstNames.has(lower)) ||
          LOWER_COMPOUND.test(word)));
    if (!drop) return words;
    words = words.slice(1);
    first = false;
  }
}

/** An organisation's head or tail word, a place word, a known place inside a team's name. */
function classifyByCue(words: readonly string[]): Mention | null {
  if (words.length < 2) return null;
  const name = words.join(' ');
  const first = (words[0] as string).toLowerCase();
  const last = (words[words.length - 1] as string).toLowerCase();
  if (ORGANISATION_TAILS.has(last) || ORGANISATION_HEADS.has(first)) {
    return { kind: 'organisation', name };
  }
  if (PLACE_WORDS.has(last) || PLACE_HEADS.has(first)) return { kind: 'place', name };
  // `Bayern Munich`, `Ajax Amsterdam`: a place at one end of two words, no first name.
  const places = gazetteer().names.place;
  if (
    words.length === 2 &&
    !gazetteer().firstNames.has(first) &&
    !isTitle(first) &&
    (places.has(foldName(words[0] as string)) || places.has(last))
  ) {
    return { kind: 'organisation', name };
  }
  return null;
}

function classifyByShape(run: NameRun, words: readonly string[], context: RunContext): RunResult {
  // The name proper: from a first name after the titles, or else the words after the last
  // title or common word (`Secretary of State James Baker` → `James Baker`; `But Tokyo` →
  // `Tokyo`). Surnames that are also words (Baker, Major) need the first name.
  const start = nameStart(words, context);
  const prefix = words.slice(0, start);
  const core = words.slice(start);
  const titled = prefix.some(isTitle) || (prefix.length === 0 && PERSON_CUES.has(run.before));
  if (core.length === 0) {
    if (words.length === 1)
      return { mentions: [], pending: [{ word: words[0] as string, person: false }] };
    if (titled)
      return { mentions: [], pending: [{ word: words[words.length - 1] as string, person: true }] };
    return { mentions: knownParts(words), pending: [] };
  }
  const coreKnown = known(core);
  if (coreKnown && !(titled && coreKnown.kind !== 'person')) {
    return { mentions: [coreKnown], pending: [] };
  }
  if (core.length === 1) {
    const word = core[0] as string;
    if (NOT_NAMES.has(word.toLowerCase())) return { mentions: [], pending: [] };
    if (titled) return { mentions: [], pending: [{ word, person: true }] };
    if (isAcronym(word) && !run.sentenceStart) {
      return { mentions: [{ kind: 'organisation', name: word }], pending: [] };
    }
    return { mentions: [], pending: [{ word, person: false, midSentence: !run.sentenceStart }] };
  }
  if (titled || looksLikePersonName(core)) {
    return { mentions: [{ kind: 'person', name: core.join(' ') }], pending: [] };
  }
  return { mentions: knownParts(core), pending: [] };
}

function nameStart(words: readonly string[], context: RunContext): number {
  const { firstNames } = gazetteer();
  let start = words.length;
  while (
    start > 0 &&
    !isCommonIn(context, words[start - 1] as string) &&
    !CONNECTOR.test(words[start - 1] as string)
  ) {
    start -= 1;
  }
  // A first name after other words starts the name (`Queenslander Daniel Herbert`).
  const last = start === 0 ? Math.min(2, words.length - 2) : start - 1;
  for (let at = 0; at <= last && at < words.length - 1; at += 1) {
    const word = words[at] as string;
    if (firstNames.has(word.toLowerCase()) && !isTitle(word)) return at;
  }
  return start;
}

/** `Japan and China` → each part; `Johnson & Johnson` was known whole before this. */
function splitRun(run: NameRun, words: string[], at: number, context: RunContext): RunResult {
  const left = classifyRun({ ...run, words: words.slice(0, at) }, context);
  const right = classifyRun(
    { ...run, words: words.slice(at + 1), sentenceStart: false, before: '' },
    context,
  );
  return {
    mentions: [...left.mentions, ...right.mentions],
    pending: [...left.pending, ...right.pending],
  };
}

/** A first name then more, a known surname last, or two or three unknown capitalised words. */
function looksLikePersonName(core: readonly string[]): boolean {
  if (core.length > 4) return false;
  const { firstNames, lastNames } = gazetteer();
  if (core.some((word) => isAcronym(word) || /^\p{L}$|\p{N}/u.test(word))) return false;
  if (firstNames.has((core[0] as string).toLowerCase())) return true;
  if (lastNames.has((core[core.length - 1] as string).toLowerCase())) return true;
  return core.length <= 3;
}

/** Known names inside a run, longest first, left to right (`JAPAN GET LUCKY WIN` → Japan). */
function knownParts(words: readonly string[]): Mention[] {
  const mentions: Mention[] = [];
  let at = 0;
  while (at < words.length) {
    let found: Mention | null = null;
    let length = Math.min(4, words.length - at);
    for (; length > 0; length -= 1) {
      found = known(words.slice(at, at + length));
      if (found) break;
    }
    if (found) {
      mentions.push(found);
      at += length;
    } else at += 1;
  }
  return mentions;
}
