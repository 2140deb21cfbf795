/**
 * Names in the rest of a story's body, past the lead the tagger reads: a cheap pass that only
 * recognises names already known — the ones the story's lead named (with the kind they were
 * tagged), and the gazetteer's (countries, cities, organisations, people, with their aliases).
 * It finds `Italy` in a results table at the end of a wire story at a fraction of the
 * tagger's cost: one scan for runs of capitalised words, then look-ups.
 */
import type { EntityKind } from '../model/entities';
import { gazetteer, lookupKey } from './gazetteer';
import type { TaggedName } from './name-tagger';

/** Capitalised words, with the small words names hold between them. */
const CAPITAL_RUN =
  /\p{Lu}[\p{L}\p{M}\p{N}.&'’-]*(?: (?:of |and |de |the |for )?\p{Lu}[\p{L}\p{M}\p{N}.&'’-]*)*/gu;
const ABBREVIATION = /^(?:\p{L}\.)+$/u;
const KINDS: EntityKind[] = ['place', 'organisation', 'person'];
/** Longest name looked up, in words. */
const LONGEST = 4;

/** The word as names are looked up: no possessive, no sentence dot (`U.S.` keeps its dots). */
function cleanWord(word: string): string {
  let clean = word.replace(/[’']s?$/u, '').replace(/-+$/u, '');
  if (clean.endsWith('.') && !ABBREVIATION.test(clean)) clean = clean.replace(/\.+$/u, '');
  return clean;
}

function kindOf(key: string, story: ReadonlyMap<string, EntityKind>): EntityKind | undefined {
  const told = story.get(key);
  if (told) return told;
  const names = gazetteer().names;
  return KINDS.find((kind) => names[kind].has(key));
}

/** Last words that make a run an organisation's name (`… Corp`, `… Ministry`). */
export const ORGANISATION_TAILS = new Set(
  (
    'inc corp corporation co company ltd plc ag sa nv gmbh llc group holdings bank party ' +
    'ministry council union association agency commission committee university airlines ' +
    'airways organisation organization federation institute department fund exchange ' +
    'industries motors bureau trust foundation society assembly parliament securities ' +
    'partners investments petroleum chemicals systems'
  ).split(' '),
);

/** The length of an organisation's name at `at` (the run up to a tail word), or 0. */
function organisationAt(words: readonly string[], at: number): number {
  for (let length = Math.min(5, words.length - at); length >= 2; length -= 1) {
    const last = (words[at + length - 1] as string).toLowerCase();
    if (ORGANISATION_TAILS.has(last)) return length;
  }
  return 0;
}

/** The length of a person's name at `at` (a listed first name, then surnames), or 0. */
function personAt(words: readonly string[], at: number): number {
  const { firstNames, commonWords } = gazetteer();
  const first = (words[at] as string).toLowerCase();
  if (!firstNames.has(first) || commonWords.has(first)) return 0;
  let length = 1;
  while (
    length < 3 &&
    at + length < words.length &&
    /^\p{Lu}\p{Ll}/u.test(words[at + length] as string)
  ) {
    length += 1;
  }
  return length > 1 ? length : 0;
}

/**
 * The known names in `paragraphs`, read up to `maxCharacters`; `story`: folded name → kind,
 * the names the story's lead gave.
 */
export function laterNames(
  paragraphs: readonly string[],
  story: ReadonlyMap<string, EntityKind>,
  maxCharacters: number,
): TaggedName[] {
  const found: TaggedName[] = [];
  let characters = 0;
  for (const paragraph of paragraphs) {
    if (characters >= maxCharacters) break;
    characters += paragraph.length;
    for (const match of paragraph.matchAll(CAPITAL_RUN)) {
      const words = match[0].split(' ').map(cleanWord);
      let at = 0;
      while (at < words.length) {
        let length = Math.min(LONGEST, words.length - at);
        for (; length > 0; length -= 1) {
          const span = words.slice(at, at + length);
          const kind = kindOf(lookupKey(span.join(' ')), story);
          if (kind) {
            found.push({ kind, words: span });
            break;
          }
        }
        if (length === 0) {
          // `Andrea Gaudenzi`: a listed first name and one or two more capitalised words.
          length = organisationAt(words, at);
          if (length > 0) found.push({ kind: 'organisation', words: words.slice(at, at + length) });
          else {
            length = personAt(words, at);
            if (length > 0) found.push({ kind: 'person', words: words.slice(at, at + length) });
          }
        }
        at += Math.max(1, length);
      }
    }
  }
  return found;
}
