/**
 * The features the name tagger (name-tagger.ts) reads for each token: the word, its
 * neighbours, its shape, the gazetteer's lists, and what the story tells about the word (it
 * writes it in lower case elsewhere, or capitalised mid-sentence). Shared by the tagger and
 * by tools/entities/train-tagger.ts, which learns the weights: both must read the same.
 */
import { gazetteer, lookupKey } from './gazetteer';
import type { EntityKind } from '../model/entities';

/** What the whole story tells the tagger. */
export interface StoryContext {
  /** Words the story writes all in lower case. */
  lowerWords: ReadonlySet<string>;
  /** Words (lower case) the story capitalises where a sentence does not start. */
  midCaps: ReadonlySet<string>;
  /** The story's sentences in capitals (wire headlines). */
  inCaps: ReadonlySet<readonly string[]>;
  /** A sports story (`SOCCER - …`): a city is often its club. */
  sport: boolean;
}

/** A sentence prepared once: what every token's features need. */
export interface SentenceView {
  tokens: readonly string[];
  /** Normal forms (normalise), filled as tokens are read (normAt). */
  norms: string[];
  /** Shapes, filled as tokens are read (shapeAt). */
  shapes: string[];
  /** Suffixes, filled as tokens are read (suffixAt). */
  suffixes: string[];
  /** Per token, the gazetteer's hits (`place-B`, `organisation-I`, …); none where unset. */
  gaz: (string[] | undefined)[];
  allCaps: boolean;
}

const KINDS: EntityKind[] = ['place', 'organisation', 'person'];
/** Longest name looked up in the gazetteer, in tokens. */
const LONGEST_LISTED = 4;
const SPORTS_SLUG =
  /^(?:soccer|football|basketball|baseball|ice hockey|hockey|rugby|cricket|tennis|golf|cycling|athletics|motor racing|boxing|skiing|horse racing|nfl|nba|nhl|sport|sports|olympics|badminton|squash|volleyball|handball|swimming)\b/i;

export function isSportsTitle(title: string): boolean {
  return SPORTS_SLUG.test(title);
}

export function isCapitalised(token: string): boolean {
  const code = token.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const char = String.fromCodePoint(token.codePointAt(0) ?? 0);
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

function isLower(token: string): boolean {
  const code = token.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  const char = String.fromCodePoint(token.codePointAt(0) ?? 0);
  return char !== char.toUpperCase();
}

/** Lower case, a trailing dot dropped, digits as 0. */
export function normalise(token: string): string {
  let norm = token.toLowerCase();
  if (norm.length > 1 && norm.endsWith('.')) norm = norm.slice(0, -1);
  return /\d/.test(norm) ? norm.replace(/\d/g, '0') : norm;
}

/** `Xx`, `X`, `X.X.`, `Xx-Xx`, `d`: classes of characters, repeats folded. */
export function shapeOf(token: string): string {
  let shape = '';
  let previous = '';
  for (let i = 0; i < token.length; i += 1) {
    const code = token.charCodeAt(i);
    let kind: string;
    if (code >= 48 && code <= 57) kind = 'd';
    else if (code >= 65 && code <= 90) kind = 'X';
    else if (code >= 97 && code <= 122) kind = 'x';
    else if (code < 128) kind = token[i] as string;
    else {
      const char = token[i] as string;
      kind = char !== char.toLowerCase() ? 'X' : char !== char.toUpperCase() ? 'x' : char;
    }
    if (kind !== previous) shape += kind;
    previous = kind;
  }
  return shape;
}

/** The words a story writes in lower case and capitalises mid-sentence. */
export function storyContext(
  title: string,
  sentences: readonly (readonly string[])[],
): StoryContext {
  const lowerWords = new Set<string>();
  const midCaps = new Set<string>();
  const inCaps = new Set<readonly string[]>();
  for (const sentence of sentences) {
    if (sentenceInCaps(sentence)) {
      inCaps.add(sentence);
      continue;
    }
    for (let at = 0; at < sentence.length; at += 1) {
      const token = sentence[at] as string;
      if (isLower(token)) lowerWords.add(token);
      else if (at > 0 && isCapitalised(token)) midCaps.add(token.toLowerCase());
    }
  }
  return { lowerWords, midCaps, inCaps, sport: isSportsTitle(title) };
}

/** A sentence in capitals (a wire headline): shape says little there. */
export function sentenceInCaps(tokens: readonly string[]): boolean {
  let upper = 0;
  let lower = 0;
  for (const token of tokens) {
    if (isLower(token)) lower += 1;
    else if (isCapitalised(token) && token.length > 1 && token === token.toUpperCase()) upper += 1;
  }
  return upper >= 2 && lower * 4 < upper;
}

/** `allCaps`: the sentence is in capitals (storyContext knows it of the story's sentences). */
export function viewSentence(
  tokens: readonly string[],
  allCaps = sentenceInCaps(tokens),
): SentenceView {
  const names = gazetteer().names;
  const gaz: (string[] | undefined)[] = [];
  const openers = nameOpeners();
  for (let start = 0; start < tokens.length; start += 1) {
    const first = tokens[start] as string;
    if (!isCapitalised(first) || !openers.has(lookupKey(first))) {
      continue;
    }
    let text = '';
    for (let length = 1; length <= LONGEST_LISTED && start + length <= tokens.length; length += 1) {
      const token = tokens[start + length - 1] as string;
      if (length > 1 && !isCapitalised(token) && !LISTED_INSIDE.has(token)) break;
      text = length === 1 ? token : `${text} ${token}`;
      const key = lookupKey(text);
      for (const kind of KINDS) {
        if (!names[kind].has(key)) continue;
        for (let at = start; at < start + length; at += 1) {
          gaz[at] ??= [];
          (gaz[at] as string[]).push(hitName(kind, at === start, length === 1));
        }
      }
    }
  }
  return {
    tokens,
    norms: [],
    shapes: [],
    suffixes: [],
    gaz,
    allCaps,
  };
}

const NO_HITS: string[] = [];
const HIT_NAMES = new Map<string, string>();
/** `place-B1`, `organisation-I`: one string per combination. */
function hitName(kind: EntityKind, begins: boolean, single: boolean): string {
  const key = `${kind}-${begins ? 'B' : 'I'}${single ? '1' : ''}`;
  let name = HIT_NAMES.get(key);
  if (name === undefined) {
    name = key;
    HIT_NAMES.set(key, name);
  }
  return name;
}
let openersLoaded: Set<string> | null = null;

/** The first words of the listed names: a token that opens none needs no look-up. */
function nameOpeners(): ReadonlySet<string> {
  if (openersLoaded) return openersLoaded;
  openersLoaded = new Set();
  for (const kind of KINDS) {
    for (const key of gazetteer().names[kind].keys())
      openersLoaded.add(key.split(' ')[0] as string);
  }
  return openersLoaded;
}
/** Small words inside listed names (`Bank of England`, `Trinidad and Tobago`). */
const LISTED_INSIDE = new Set([
  'of',
  'and',
  'de',
  'the',
  '&',
  'for',
  'la',
  'al',
  'el',
  'du',
  'van',
]);

/** The normal form of token `at`, worked out once. */
function normAt(view: SentenceView, at: number): string {
  if (at < 0 || at >= view.tokens.length) return at < 0 ? '<s>' : '</s>';
  return (view.norms[at] ??= normalise(view.tokens[at] as string));
}

/** The last three letters of token `at`'s normal form, worked out once. */
function suffixAt(view: SentenceView, at: number): string {
  return (view.suffixes[at] ??= normAt(view, at).slice(-3));
}

/** The shape of token `at`, worked out once. */
function shapeAt(view: SentenceView, at: number): string {
  if (at < 0 || at >= view.tokens.length) return at < 0 ? '<s>' : '</s>';
  return (view.shapes[at] ??= shapeOf(view.tokens[at] as string));
}

/** Receives one feature: its template (`w`, `p`, …) and its value (a word, a shape, …). */
export type FeatureSink = (template: string, value: string) => void;

const LABEL_NAMES = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'];
/** Templates that pair the previous label with a value, one constant string per label. */
const BY_LABEL = (prefix: string): Record<string, string> =>
  Object.fromEntries(LABEL_NAMES.map((label) => [label, `${prefix}${label}`]));
const TS = BY_LABEL('ts:');
const GT = BY_LABEL('gt:');
/** Flag values (`cwA1`: a common word, in a sentence in capitals, not first), kept, not built per token. */
const FLAGS: Record<string, string[]> = Object.fromEntries(
  ['ss', 'fn', 'ln', 'cw', 'ld', 'md'].map((name) => [
    name,
    ['a0', 'a1', 'A0', 'A1'].map((suffix) => `${name}${suffix}`),
  ]),
);
function flag(name: string, caps: boolean, mid = false): string {
  return (FLAGS[name] as string[])[(caps ? 2 : 0) + (mid ? 1 : 0)] as string;
}

/**
 * The features of token `at`, its previous label known (greedy, left to right), given to
 * `emit` as template and value: values are the sentence's own strings where they can be, so
 * the tagger looks them up without building a string per feature.
 */
export function tokenFeatures(
  view: SentenceView,
  at: number,
  previousLabel: string,
  story: StoryContext,
  emit: FeatureSink,
): void {
  const word = normAt(view, at);
  const shape = shapeAt(view, at);
  const { firstNames, lastNames, commonWords } = gazetteer();
  const caps = view.allCaps;
  const mid = at > 0;
  emit('b', '');
  emit('w', word);
  emit('s', shape);
  emit('x3', suffixAt(view, at));
  emit('p', normAt(view, at - 1));
  emit('n', normAt(view, at + 1));
  emit('pp', normAt(view, at - 2));
  emit('nn', normAt(view, at + 2));
  emit('t', previousLabel);
  emit(TS[previousLabel] as string, shape);
  if (!mid) emit('f', flag('ss', caps));
  if (firstNames.has(word)) emit('f', flag('fn', caps));
  if (lastNames.has(word)) emit('f', flag('ln', caps));
  if (commonWords.has(word)) emit('f', flag('cw', caps, mid));
  if (story.lowerWords.has(word)) emit('f', flag('ld', caps, mid));
  if (story.midCaps.has(word)) emit('f', flag('md', caps));
  for (const hit of view.gaz[at] ?? NO_HITS) {
    emit('g', hit);
    emit(caps ? 'gA' : 'ga', hit);
    emit(GT[previousLabel] as string, hit);
    if (story.sport) emit('sg', hit);
  }
  if (story.sport) {
    emit('sp', shape);
    emit('spn', normAt(view, at + 1));
  }
}
