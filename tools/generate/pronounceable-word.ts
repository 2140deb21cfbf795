/**
 * Made-up but pronounceable words (syllable by syllable), for the long tail of the generated
 * vocabulary and for fictional names: they read like words, are never copied from real
 * stories, and a seed fixes them all.
 */
import type { SeededRandom } from './seeded-random';

// prettier-ignore
const ONSETS = [
  'b', 'br', 'c', 'ch', 'd', 'dr', 'f', 'g', 'gr', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'pr',
  'r', 's', 'sh', 'st', 't', 'tr', 'v', 'w', 'z', 'bl', 'fr', 'pl', 'sl', 'm', 'l', 'r', 'n',
] as const;
// prettier-ignore
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'i', 'o', 'a', 'ai', 'ee', 'ou', 'oo'] as const;
// prettier-ignore
const CODAS = ['', '', '', '', 'n', 'r', 'l', 's', 't', 'm', 'nd', 'st', 'k', 'x', 'sh'] as const;
/** Accented vowels, used sparingly in names so accent folding gets exercised. */
const ACCENTED: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ö', u: 'ü' };

/** A lower-case word of `syllables` syllables. */
export function pronounceableWord(random: SeededRandom, syllables: number): string {
  let word = '';
  let endsInVowel = false;
  for (let i = 0; i < syllables; i++) {
    // A vowel after a vowel reads badly: a syllable after an open one always has an onset.
    const onset = endsInVowel || (i === 0 ? random.chance(0.85) : random.chance(0.7));
    const coda =
      i === syllables - 1 ? random.pick(CODAS) : random.chance(0.25) ? random.pick(CODAS) : '';
    word += (onset ? random.pick(ONSETS) : '') + random.pick(VOWELS) + coda;
    endsInVowel = coda === '';
  }
  return word;
}

/** A capitalised name; with `accentChance`, one plain vowel becomes an accented one. */
export function pronounceableName(
  random: SeededRandom,
  syllables: number,
  accentChance = 0,
): string {
  let word = pronounceableWord(random, syllables);
  if (random.chance(accentChance)) {
    const positions = [...word].flatMap((letter, index) => (letter in ACCENTED ? [index] : []));
    if (positions.length > 0) {
      const at = random.pick(positions);
      word = word.slice(0, at) + (ACCENTED[word[at] as string] as string) + word.slice(at + 1);
    }
  }
  return word.charAt(0).toUpperCase() + word.slice(1);
}
