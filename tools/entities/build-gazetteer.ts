/**
 * `npx tsx tools/entities/build-gazetteer.ts` writes main/core/entities/gazetteer.json: the
 * word lists the entity extractor looks names up in. Most come from compromise's lexicon
 * (countries, regions, cities, organisations, sports teams, first and last names, and the
 * common English words that are not names); the aliases a newswire uses ("U.S.", "EC") are
 * curated below. Generated once and committed, so the index workers load a small JSON file
 * and never run compromise's tagger (about 3 ms a sentence: far over the indexing budget).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { CURATED_ORGANISATIONS, CURATED_PEOPLE, CURATED_PLACES } from './curated-names';

type Lexicon = Record<string, string | string[]>;

const lexicon = (nlp.model() as { one: { lexicon: Lexicon } }).one.lexicon;
const tagsOf = (word: string): string[] => {
  const tags = lexicon[word];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
};
const wordsTagged = (...wanted: string[]): string[] =>
  Object.keys(lexicon).filter((word) => tagsOf(word).some((tag) => wanted.includes(tag)));

const NAME_TAGS = new Set([
  'FirstName',
  'MaleName',
  'FemaleName',
  'LastName',
  'Person',
  'ProperNoun',
  'Place',
  'City',
  'Country',
  'Region',
  'Organization',
  'SportsTeam',
]);

/** Words the lexicon tags as organisations that are parts of names, not names. */
const ORGANISATION_WORDS = new Set([
  'dept',
  'univ',
  'assn',
  'bros',
  'inc',
  'ltd',
  'co',
  'corp',
  'plc',
]);

/** "new york" → "New York"; "at&t" keeps its letters' case rules simple. */
function titleCase(words: string): string {
  return words.replace(/(^|[\s-])(\p{L})/gu, (_all, space: string, letter: string) => {
    return space + letter.toUpperCase();
  });
}

/** alias (lower case) → canonical name, from the lexicon plus the curated lists. */
function aliasTable(lexiconWords: string[], curated: Record<string, string[]>) {
  const table: Record<string, string> = {};
  for (const word of lexiconWords) {
    if (word.length > 2 && !/\d/.test(word)) table[word] = titleCase(word);
  }
  for (const [canonical, aliases] of Object.entries(curated)) {
    table[canonical.toLowerCase()] = canonical;
    for (const alias of aliases) table[alias.toLowerCase()] = canonical;
  }
  return table;
}

const placeWords = wordsTagged('Country', 'City', 'Region').concat(
  wordsTagged('Place').filter(
    (word) => word.includes(' ') && !tagsOf(word).includes('Abbreviation'),
  ),
);
const gazetteer = {
  places: aliasTable(placeWords, CURATED_PLACES),
  // Not the lexicon's abbreviations of organisation words (`inc`, `ltd`, `dept`).
  organisations: aliasTable(
    wordsTagged('Organization', 'SportsTeam').filter(
      (word) => !tagsOf(word).includes('Abbreviation') && !ORGANISATION_WORDS.has(word),
    ),
    CURATED_ORGANISATIONS,
  ),
  people: aliasTable(
    wordsTagged('Person').filter((word) => word.includes(' ')),
    CURATED_PEOPLE,
  ),
  /** Countries (lower case): a city in a sports story is its team, a country its side. */
  countries: [
    ...wordsTagged('Country'),
    ...Object.keys(CURATED_PLACES)
      .filter((name) => tagsOf(name.toLowerCase()).includes('Country'))
      .map((name) => name.toLowerCase()),
    'united states',
    'united kingdom',
    'soviet union',
    'west indies',
    'england',
    'scotland',
    'wales',
    'northern ireland',
  ].sort(),
  firstNames: wordsTagged('FirstName', 'MaleName', 'FemaleName')
    .filter((word) => !word.includes(' '))
    .sort(),
  lastNames: wordsTagged('LastName')
    .filter((word) => !word.includes(' '))
    .sort(),
  /** Words a sentence may open with that are not names ("The", "But", "Prices"). */
  commonWords: Object.keys(lexicon)
    .filter(
      (word) =>
        !word.includes(' ') &&
        (tagsOf(word).includes('Demonym') || !tagsOf(word).some((tag) => NAME_TAGS.has(tag))),
    )
    .sort(),
};

const target = join(import.meta.dirname, '../../main/core/entities/gazetteer.json');
writeFileSync(target, `${JSON.stringify(gazetteer)}\n`);
process.stdout.write(
  `Wrote ${target}: ${Object.keys(gazetteer.places).length} places, ${Object.keys(gazetteer.organisations).length} organisations, ${gazetteer.firstNames.length} first names, ${gazetteer.commonWords.length} common words\n`,
);
