/**
 * How a site's related block may spell a headline differently from the story's own title:
 * other case, curly instead of straight quotes, another dash, dropped accents, doubled
 * spaces. Every variant folds back to the same normalised title, so a good resolver links it.
 */
import type { SeededRandom } from './seeded-random';

export type HeadlineVariantKind =
  'lower' | 'title-case' | 'curly-quotes' | 'dash' | 'accents' | 'spaces';

export const HEADLINE_VARIANT_KINDS: readonly HeadlineVariantKind[] = [
  'lower',
  'title-case',
  'curly-quotes',
  'dash',
  'accents',
  'spaces',
];

export function headlineVariant(headline: string, kind: HeadlineVariantKind): string {
  switch (kind) {
    case 'lower':
      return headline.toLowerCase();
    case 'title-case':
      return headline.replace(
        /(^|\s)(\p{Ll})/gu,
        (_match, space: string, letter: string) => space + letter.toUpperCase(),
      );
    case 'curly-quotes':
      return headline
        .replace(/(^|[\s(])'/g, '$1\u2018')
        .replace(/'/g, '\u2019')
        .replace(/(^|[\s(])"/g, '$1\u201c')
        .replace(/"/g, '\u201d');
    case 'dash':
      return headline.replace(/ [-–—] /g, (dash) => (dash === ' - ' ? ' – ' : ' - '));
    case 'accents':
      return headline.normalize('NFD').replace(/\p{M}/gu, '');
    case 'spaces':
      return headline.replace(' ', '  ');
  }
}

/** A variant that actually changes the headline, or the headline itself when none does. */
export function someHeadlineVariant(random: SeededRandom, headline: string): string {
  for (const kind of random.shuffle([...HEADLINE_VARIANT_KINDS])) {
    const variant = headlineVariant(headline, kind);
    if (variant !== headline) return variant;
  }
  return headline;
}
