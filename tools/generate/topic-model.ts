/**
 * Topics: what the generated news is about. A topic is one running story (a strike, a
 * summit, a transfer saga) with its section, its time window (days to weeks), its own
 * characteristic words (some from its section's subject words, which neighbouring topics share,
 * some rarer general words, a made-up name or two) and its own people, places and
 * organisations. Stories of a topic are written from its words, so they resemble each other
 * more than other stories — but general vocabulary still dominates every text.
 */
import type { EntityPool, Person } from './named-entities';
import { makeOrganisation, makePerson, makePlace } from './named-entities';
import { pronounceableName } from './pronounceable-word';
import type { SeededRandom } from './seeded-random';
import type { Vocabulary } from './vocabulary';
import { ZipfSampler } from './zipf-sampler';

export interface Topic {
  /** `t00042`: the label written to the labels file. */
  id: string;
  section: string;
  /** First day of the topic, in days since 1970-01-01 (UTC). */
  startDay: number;
  windowDays: number;
  /** Stories the site published on this topic (saved or not). */
  size: number;
  /** Characteristic words, drawn with `keywordSampler` (most characteristic first). */
  keywords: string[];
  keywordSampler: ZipfSampler;
  /** A short name for the running story, e.g. `Tarvel summit`, used in headlines. */
  name: string;
  people: Person[];
  places: string[];
  organisations: string[];
  /** How much of a story's content this topic's words take, on average (0–1). */
  focus: number;
}

/** Share of stories per section, roughly as a general news site files them. */
const SECTION_WEIGHTS: Record<string, number> = {
  world: 0.22,
  national: 0.2,
  business: 0.16,
  sport: 0.14,
  technology: 0.08,
  health: 0.08,
  science: 0.06,
  culture: 0.06,
};

const keywordSamplers = new Map<number, ZipfSampler>();

/**
 * A new topic. With `parent`, the topic continues an earlier one of the same section (a
 * follow-up weeks later, a related dispute): it shares much of the parent's words and people
 * but is labelled apart, as topic labels on real news are — so perfect precision is out of reach.
 */
export function createTopic(
  random: SeededRandom,
  index: number,
  vocabulary: Vocabulary,
  pools: Readonly<Record<string, EntityPool>>,
  span: { firstDay: number; days: number },
  parent?: Topic,
): Topic {
  const section = parent?.section ?? pickSection(random, vocabulary.sections);
  const pool = pools[section]!;
  // Lognormal sizes: many small running stories, a few long ones.
  const size = Math.min(150, Math.max(1, Math.round(Math.exp(random.normal() * 0.85 + 1.7))));
  const windowDays = Math.min(75, Math.max(2, Math.round(size * (1.2 + random.next() * 2.5))));
  const latestStart = span.firstDay + Math.max(1, span.days - windowDays);
  const startDay = parent
    ? Math.min(latestStart, parent.startDay + parent.windowDays + random.int(60))
    : span.firstDay + random.int(Math.max(1, span.days - windowDays));
  const sectionPool = vocabulary.sectionWords[section] ?? [];
  const name = parent?.name ?? `${pronounceableName(random, 2)} ${random.pick(sectionPool)}`;
  const keywords = [
    ...new Set([
      ...(parent ? random.sample(parent.keywords, 13) : []),
      ...random.sample(sectionPool, parent ? 3 : 9),
      ...random.sample(vocabulary.general.slice(120), parent ? 3 : 8),
      name.split(' ')[0]!.toLowerCase(),
    ]),
  ];
  random.shuffle(keywords);
  const keywordSampler = keywordSamplerFor(keywords.length);
  // Entities: a few of the topic's own, the rest from its section's regulars (or the parent's).
  const places = parent
    ? random.sample(parent.places, 2)
    : [random.chance(0.5) ? makePlace(random) : random.pick(pool.places)];
  if (random.chance(0.6)) places.push(random.pick(pool.places));
  const people = [
    ...(parent ? parent.people : [makePerson(random)]),
    ...random.sample(pool.people, random.range(1, 3)),
  ];
  if (random.chance(0.5)) people.push(makePerson(random));
  const organisations = parent
    ? random.sample(parent.organisations, 1)
    : [random.chance(0.5) ? makeOrganisation(random, places[0]!) : random.pick(pool.organisations)];
  if (random.chance(0.4)) organisations.push(random.pick(pool.organisations));
  return {
    id: `t${String(index).padStart(5, '0')}`,
    section,
    startDay,
    windowDays,
    size,
    keywords,
    keywordSampler,
    name,
    people: [...new Set(people)],
    places: [...new Set(places)],
    organisations: [...new Set(organisations)],
    focus: 0.04 + random.next() * 0.05,
  };
}

/** The Zipf sampler for a keyword list of `size` words (shared: samplers are immutable). */
export function keywordSamplerFor(size: number): ZipfSampler {
  let sampler = keywordSamplers.get(size);
  if (!sampler) {
    sampler = new ZipfSampler(size, 0.9);
    keywordSamplers.set(size, sampler);
  }
  return sampler;
}

/**
 * One story's angle on its topic: a part of the topic's words and people, so two stories of
 * a topic overlap without being copies of each other.
 */
export function storyAngle(random: SeededRandom, topic: Topic): Topic {
  const keywords = random.sample(topic.keywords, Math.ceil(topic.keywords.length * 0.6));
  return {
    ...topic,
    keywords,
    keywordSampler: keywordSamplerFor(keywords.length),
    people: random.sample(topic.people, Math.max(1, Math.ceil(topic.people.length * 0.6))),
  };
}

function pickSection(random: SeededRandom, sections: readonly string[]): string {
  let roll = random.next();
  for (const section of sections) {
    roll -= SECTION_WEIGHTS[section] ?? 0;
    if (roll < 0) return section;
  }
  return sections[0]!;
}
