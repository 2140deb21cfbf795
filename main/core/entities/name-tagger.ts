/**
 * A learned name tagger: an averaged perceptron that labels each token of a sentence,
 * greedily left to right, as the beginning (B-) or inside (I-) of a person, organisation,
 * place or other name (MISC, which we drop), or none (O). Its weights (tagger-weights.json)
 * are learnt from CoNLL-2003's English training file by tools/entities/train-tagger.ts
 * (docs/entities.md). Only capitalised tokens, and the small words and numbers inside a name,
 * are scored: the rest of a sentence costs one test per token.
 */
import data from './tagger-weights.json';
import type { EntityKind } from '../model/entities';
import type { SentenceView, StoryContext } from './tagger-features';
import { isCapitalised, tokenFeatures } from './tagger-features';

export const LABELS = [
  'O',
  'B-PER',
  'I-PER',
  'B-ORG',
  'I-ORG',
  'B-LOC',
  'I-LOC',
  'B-MISC',
  'I-MISC',
];
const KIND_OF: Record<string, EntityKind | null> = {
  PER: 'person',
  ORG: 'organisation',
  LOC: 'place',
  MISC: null,
};
/** Small words a name may hold inside it (`Bank of England`, `Vincent van Gogh`). */
const INSIDE_WORDS = new Set([
  'of',
  'de',
  'del',
  'da',
  'van',
  'von',
  'der',
  'den',
  'al',
  'bin',
  'ibn',
  'la',
  'le',
  'du',
  'for',
  'and',
  '&',
  'the',
  'on',
  'y',
  'di',
  'in',
  "'s",
]);

/** The score of each label for token `at`. */
export type TokenScorer = (
  view: SentenceView,
  at: number,
  previousLabel: string,
  story: StoryContext,
) => ArrayLike<number>;

interface WeightsData {
  labels: string[];
  /** template → value → [label index, weight × scale, …] */
  weights: Record<string, Record<string, number[]>>;
  scale: number;
}

/** Template → value → the offset of its row in one flat table of weights. */
interface Weights {
  rows: Map<string, Map<string, number>>;
  table: Float32Array;
}

let loaded: Weights | null = null;

function weights(): Weights {
  if (loaded) return loaded;
  const source = data as WeightsData;
  const count = Object.values(source.weights).reduce(
    (sum, values) => sum + Object.keys(values).length,
    0,
  );
  const table = new Float32Array(count * LABELS.length);
  const rows = new Map<string, Map<string, number>>();
  let offset = 0;
  for (const [template, values] of Object.entries(source.weights)) {
    const byValue = new Map<string, number>();
    for (const [value, pairs] of Object.entries(values)) {
      for (let i = 0; i < pairs.length; i += 2) {
        table[offset + (pairs[i] as number)] = (pairs[i + 1] as number) / source.scale;
      }
      byValue.set(value, offset);
      offset += LABELS.length;
    }
    rows.set(template, byValue);
  }
  loaded = { rows, table };
  return loaded;
}

const scores = new Float32Array(LABELS.length);

function addFeature(template: string, value: string): void {
  const { rows, table } = loaded as Weights;
  const offset = rows.get(template)?.get(value);
  if (offset === undefined) return;
  for (let i = 0; i < LABELS.length; i += 1) (scores[i] as number) += table[offset + i] as number;
}

/** The shipped weights' score of each label. */
export const shippedScorer: TokenScorer = (view, at, previousLabel, story) => {
  weights();
  scores.fill(0);
  tokenFeatures(view, at, previousLabel, story, addFeature);
  return scores;
};

/**
 * Capitalised words that open a sentence and never start a name there: not scored (most of
 * a sentence's capitals in plain prose).
 */
const OPENERS = new Set(
  (
    'the a an in but he she it they we i this that these those there his her its their our ' +
    'on at for and as if when while after before with by from to of not no so yet also ' +
    'however meanwhile some many most all one two three what who which where why how you ' +
    'my your us be is was are were has have had will would can could may should'
  ).split(' '),
);

/** Whether the tagger looks at this token at all (else it is O). */
export function isScored(token: string, previousLabel: string, at = 1): boolean {
  if (isCapitalised(token)) {
    return at !== 0 || token.length > 8 || !OPENERS.has(token.toLowerCase());
  }
  if (previousLabel === 'O') return false;
  return INSIDE_WORDS.has(token) || /^\d/.test(token);
}

/** Each label's kind (`PER`), and whether it continues a name (I-). */
const LABEL_TYPES = LABELS.map((label) => label.slice(2));
const INSIDE = LABELS.map((label) => label.startsWith('I-'));

/** The best label allowed after `previous` (an I- only continues its own kind). */
export function bestLabel(score: ArrayLike<number>, previous: string): number {
  const previousType = previous === 'O' ? '' : previous.slice(2);
  let best = 0;
  for (let i = 1; i < LABELS.length; i += 1) {
    if (INSIDE[i] && LABEL_TYPES[i] !== previousType) continue;
    if ((score[i] as number) > (score[best] as number)) best = i;
  }
  return best;
}

export function tagSentence(
  view: SentenceView,
  story: StoryContext,
  scorer: TokenScorer = shippedScorer,
): string[] {
  const labels: string[] = [];
  let previous = 'O';
  for (let at = 0; at < view.tokens.length; at += 1) {
    let label = 'O';
    if (isScored(view.tokens[at] as string, previous, at)) {
      label = LABELS[bestLabel(scorer(view, at, previous, story), previous)] as string;
    }
    labels.push(label);
    previous = label;
  }
  return labels;
}

export interface TaggedName {
  kind: EntityKind;
  words: string[];
}

/** The names the labels mark (MISC dropped; a trailing small word is not part of a name). */
export function taggedNames(tokens: readonly string[], labels: readonly string[]): TaggedName[] {
  const names: TaggedName[] = [];
  let current: { type: string; words: string[] } | null = null;
  const close = () => {
    if (current) {
      while (current.words.length > 0 && INSIDE_WORDS.has(current.words.at(-1) as string)) {
        current.words.pop();
      }
      const kind = KIND_OF[current.type];
      if (kind && current.words.length > 0) names.push({ kind, words: current.words });
    }
    current = null;
  };
  labels.forEach((label, at) => {
    if (label === 'O') return close();
    const type = label.slice(2);
    if (label.startsWith('B-') || current?.type !== type) {
      close();
      current = { type, words: [] };
    }
    current?.words.push(tokens[at] as string);
  });
  close();
  return names;
}
