/**
 * The body of a generated story: paragraphs of sentences whose words come from a mixture of
 * function words, general news vocabulary (Zipf-distributed), the section's subject words and
 * the topic's own words and names, with quotes and attributions as news copy has them. The
 * text is not meant to be read, only to have the statistics of news text: what the search and
 * related-story engines see.
 */
import { fullName } from './named-entities';
import type { SeededRandom } from './seeded-random';
import type { Topic } from './topic-model';
import type { Vocabulary } from './vocabulary';

/** Share of content words drawn from the section's subject words. */
const SECTION_SHARE = 0.07;
const WEEKDAY_WORDS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
];

export interface BodyOptions {
  topic: Topic;
  vocabulary: Vocabulary;
  /** Words to write, roughly (the last paragraph is finished). */
  words: number;
  /** Share of this story's content words taken from its topic (varies story to story). */
  focus: number;
}

export function writeBody(random: SeededRandom, options: BodyOptions): string[] {
  const writer = new SentenceWriter(random, options);
  const paragraphs: string[] = [];
  let written = 0;
  while (written < options.words) {
    const sentences = paragraphs.length === 0 ? random.range(1, 2) : random.range(1, 3);
    const parts: string[] = [];
    for (let i = 0; i < sentences; i++) parts.push(writer.sentence());
    paragraphs.push(parts.join(' '));
    written += writer.takeWordCount();
  }
  return paragraphs;
}

class SentenceWriter {
  private words = 0;
  private readonly sectionWords: readonly string[];

  constructor(
    private readonly random: SeededRandom,
    private readonly options: BodyOptions,
  ) {
    this.sectionWords = options.vocabulary.sectionWords[options.topic.section] ?? [];
  }

  takeWordCount(): number {
    const count = this.words;
    this.words = 0;
    return count;
  }

  sentence(): string {
    const roll = this.random.next();
    if (roll < 0.18) {
      const person = this.random.pick(this.options.topic.people);
      const speaker = this.random.chance(0.5) ? fullName(person) : person.last;
      this.words += speaker.split(' ').length + 1;
      return `"${this.clause(8, 22)}," ${speaker} said.`;
    }
    if (roll < 0.33) {
      const person = this.random.pick(this.options.topic.people);
      this.words += 6;
      return `${this.clause(10, 24)}, ${fullName(person)}, a ${person.role}, said on ${this.random.pick(WEEKDAY_WORDS)}.`;
    }
    return `${this.clause(10, 30)}.`;
  }

  /** Words with commas, capitalised, without the final stop. */
  private clause(min: number, max: number): string {
    const random = this.random;
    const { vocabulary, topic, focus } = this.options;
    const length = random.range(min, max);
    const tokens: string[] = [];
    let previousWasFunction = random.chance(0.5);
    for (let i = 0; i < length; i++) {
      let token: string;
      const roll = random.next();
      if (roll < 0.025) token = this.entity();
      else if (roll < 0.035) token = this.number();
      else if (random.chance(previousWasFunction ? 0.3 : 0.62)) {
        token = vocabulary.functionSampler.pick(random, vocabulary.functionWords);
        previousWasFunction = true;
      } else {
        previousWasFunction = false;
        const source = random.next();
        if (source < focus) token = topic.keywordSampler.pick(random, topic.keywords);
        else if (source < focus + SECTION_SHARE)
          token = vocabulary.sectionSampler(topic.section).pick(random, this.sectionWords);
        else token = vocabulary.generalSampler.pick(random, vocabulary.general);
      }
      if (i > 2 && i < length - 2 && random.chance(0.05)) token += ',';
      tokens.push(token);
    }
    this.words += length;
    const text = tokens.join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  private entity(): string {
    const { topic } = this.options;
    const random = this.random;
    const roll = random.next();
    if (roll < 0.45) {
      const person = random.pick(topic.people);
      return random.chance(0.5)
        ? fullName(person)
        : `${person.last}${random.chance(0.15) ? "'s" : ''}`;
    }
    if (roll < 0.8) return `${random.pick(topic.places)}${random.chance(0.1) ? "'s" : ''}`;
    return `the ${random.pick(topic.organisations)}`;
  }

  private number(): string {
    const random = this.random;
    const roll = random.next();
    if (roll < 0.4) return String(random.range(2, 99));
    if (roll < 0.7) return `${random.range(1, 9)}.${random.range(1, 9)} percent`;
    if (roll < 0.85)
      return `${random.range(1, 999)},${String(random.range(0, 999)).padStart(3, '0')}`;
    return String(random.range(1990, 2022));
  }
}
