/**
 * Small synthetic stories for the search tests: seeded, so every run sees the same texts.
 * Words come from a fixed list with inflections (so stemming and wildcards have work to do)
 * and a Zipf-like skew (so some words are common and some rare, as in news).
 */
import type { IndexedText } from '../../../main/core/search/index-fields';

export const WORDS = [
  'harbour',
  'shipment',
  'shipments',
  'shipping',
  'shipped',
  'ship',
  'cargo',
  'port',
  'ports',
  'minister',
  'ministers',
  'election',
  'elections',
  'elected',
  'vote',
  'voters',
  'voting',
  'storm',
  'storms',
  'flood',
  'flooding',
  'rain',
  'river',
  'rivers',
  'bridge',
  'bridges',
  'market',
  'markets',
  'price',
  'prices',
  'priced',
  'wheat',
  'grain',
  'grains',
  'oil',
  'soil',
  'coil',
  'boil',
  'the',
  'of',
  'and',
  'a',
  'in',
  'to',
  'said',
  'north',
  'south',
  'korea',
  'korean',
  'café',
  'Zürich',
  'naïve',
  'festival',
  'festivals',
  'music',
  'musicians',
  'strike',
  'strikes',
  'striking',
  'union',
  'unions',
  'teacher',
  'teachers',
  'school',
  'schools',
  'court',
  'courts',
  'judge',
  'judges',
  'ruling',
  'ruled',
  'rule',
  'rules',
  'bank',
  'banks',
  'banking',
  'rate',
  'rates',
  'inflation',
  'england',
  'budget',
  'budgets',
  'tax',
  'taxes',
  'taxed',
];

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4_294_967_296;
  };
}

export function pickWord(random: () => number): string {
  const skewed = Math.floor(WORDS.length * random() ** 2);
  return WORDS[Math.min(WORDS.length - 1, skewed)] as string;
}

function sentence(random: () => number, length: number): string {
  const words = Array.from({ length }, () => pickWord(random));
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

export function syntheticTexts(count: number, seed = 7): IndexedText[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => ({
    title: sentence(random, 4 + Math.floor(random() * 6)).slice(0, -1),
    captions: random() < 0.5 ? sentence(random, 8) : '',
    byline: random() < 0.8 ? 'Staff Reporter' : '',
    section: (['world', 'business', 'sport'] as const)[Math.floor(random() * 3)] as string,
    dateline: random() < 0.3 ? 'ZÜRICH' : '',
    body: Array.from({ length: 1 + Math.floor(random() * 4) }, () =>
      Array.from({ length: 2 + Math.floor(random() * 4) }, () =>
        sentence(random, 5 + Math.floor(random() * 10)),
      ).join(' '),
    ).join('\n\n'),
  }));
}
