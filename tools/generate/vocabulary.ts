/**
 * The generated archive's vocabulary: function words, a few thousand content words (real
 * news words first, then made-up pronounceable ones for the long tail), each section's
 * subject words, with Zipf samplers that give the frequency shape of real text. Shared general
 * words dominate every story, as in real news; topics add their own words on top (see
 * topic-model.ts), which is what makes related-story quality measurable but not trivial.
 */
import { FUNCTION_WORDS, NEWS_WORDS, SECTION_WORDS } from './english-lexicon';
import { pronounceableWord } from './pronounceable-word';
import type { SeededRandom } from './seeded-random';
import { ZipfSampler } from './zipf-sampler';

export interface Vocabulary {
  functionWords: readonly string[];
  functionSampler: ZipfSampler;
  /** Content words, most frequent first. */
  general: readonly string[];
  generalSampler: ZipfSampler;
  sections: readonly string[];
  sectionWords: Readonly<Record<string, readonly string[]>>;
  /** One sampler per section pool size (pools are sampled with a Zipf law too). */
  sectionSampler: (section: string) => ZipfSampler;
}

/** How many made-up words extend the real ones into a long tail. */
const MADE_UP_WORDS = 3200;

export function createVocabulary(random: SeededRandom): Vocabulary {
  const taken = new Set<string>([...FUNCTION_WORDS, ...Object.values(SECTION_WORDS).flat()]);
  const general: string[] = [];
  for (const word of NEWS_WORDS) {
    if (!taken.has(word)) {
      taken.add(word);
      general.push(word);
    }
  }
  while (general.length < NEWS_WORDS.length + MADE_UP_WORDS) {
    const word = pronounceableWord(random, random.chance(0.55) ? 2 : 3);
    if (word.length < 4 || taken.has(word)) continue;
    taken.add(word);
    general.push(word);
  }
  const samplers = new Map<number, ZipfSampler>();
  const sectionWords: Record<string, readonly string[]> = {};
  for (const [section, words] of Object.entries(SECTION_WORDS)) {
    sectionWords[section] = random.shuffle([...new Set(words)]);
  }
  return {
    functionWords: FUNCTION_WORDS,
    functionSampler: new ZipfSampler(FUNCTION_WORDS.length, 1),
    general,
    generalSampler: new ZipfSampler(general.length, 1.05, 2.7),
    sections: Object.keys(SECTION_WORDS),
    sectionWords,
    sectionSampler(section) {
      const size = sectionWords[section]?.length ?? 1;
      let sampler = samplers.get(size);
      if (!sampler) {
        sampler = new ZipfSampler(size, 0.8);
        samplers.set(size, sampler);
      }
      return sampler;
    },
  };
}
