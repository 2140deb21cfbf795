/**
 * Headlines for generated stories, built from the topic's words and entities in the shapes
 * news sites use: subject–verb–object, `Name: …` kickers, numbers, 'quoted phrases', dashes
 * and questions. Quotes, dashes, digits and accented names appear on purpose, because the
 * title resolver must fold them when related blocks spell a headline differently.
 */
import { HEADLINE_ADJECTIVES, HEADLINE_TAILS, HEADLINE_VERBS } from './english-lexicon';
import { fullName } from './named-entities';
import type { SeededRandom } from './seeded-random';
import type { Topic } from './topic-model';

const LINKS = ['in', 'over', 'after', 'amid', 'for', 'on', 'as', 'before'] as const;
const COUNTED = ['arrested', 'injured', 'held', 'rescued', 'evacuated', 'charged'] as const;
const COUNTED_NOUNS = ['people', 'workers', 'residents', 'protesters', 'fans', 'students'];

/**
 * One headline for a story of `topic`, with no word used twice (not checked for uniqueness
 * against other titles: the caller does that).
 */
export function writeHeadline(random: SeededRandom, topic: Topic): string {
  let headline = draftHeadline(random, topic);
  for (let attempt = 0; attempt < 10 && repeatsAWord(headline); attempt++) {
    headline = draftHeadline(random, topic);
  }
  return headline;
}

function repeatsAWord(headline: string): boolean {
  const words = headline.toLowerCase().match(/[\p{L}]{3,}/gu) ?? [];
  return new Set(words).size < words.length;
}

function draftHeadline(random: SeededRandom, topic: Topic): string {
  const keyword = (): string => topic.keywords[topic.keywordSampler.draw(random)]!;
  const verb = random.pick(HEADLINE_VERBS);
  const place = random.pick(topic.places);
  const person = random.pick(topic.people);
  const subject = (): string => {
    const roll = random.next();
    if (roll < 0.3) return fullName(person);
    if (roll < 0.45) return person.last;
    if (roll < 0.65) return place;
    if (roll < 0.8) return random.pick(topic.organisations);
    return `${place} ${keyword()}`;
  };
  const tail = (): string =>
    random.chance(0.6) ? ` ${random.pick(LINKS)} ${random.chance(0.4) ? place : keyword()}` : '';
  const adjective = (): string =>
    random.chance(0.35) ? `${random.pick(HEADLINE_ADJECTIVES)} ` : '';
  const roll = random.next();
  let headline: string;
  if (roll < 0.38)
    headline = `${subject()} ${verb[0]} ${adjective()}${keyword()} ${keyword()}${tail()}`;
  else if (roll < 0.5)
    headline = `${random.pick(topic.organisations)} to ${verb[1]} ${keyword()}${tail()}`;
  else if (roll < 0.62)
    headline = `${capitalise(topic.name)}: ${subject()} ${verb[0]} ${keyword()}${tail()}`;
  else if (roll < 0.7)
    headline = `${random.range(2, 120)} ${random.pick(COUNTED_NOUNS)} ${random.pick(COUNTED)} ${random.pick(['in', 'near', 'after'])} ${place} ${keyword()}`;
  else if (roll < 0.8)
    headline = `${person.last} says ${keyword()} is '${random.pick(HEADLINE_ADJECTIVES)} ${keyword()}'`;
  else if (roll < 0.9)
    headline = `${capitalise(keyword())} ${keyword()} in ${place} ${random.pick(['-', '–', '—'])} ${random.pick(HEADLINE_TAILS)}`;
  else headline = `Will ${place} ${verb[1]} ${adjective()}${keyword()}?`;
  return capitalise(headline);
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
