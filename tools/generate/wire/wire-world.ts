/**
 * The invented world a wire archive reports on: a pool of companies (a few thousand at
 * archive sizes that need them, with tickers, industries, home cities, officers and a size)
 * and a set of countries (capital, currency, central bank, ministers, what they grow, mine and
 * pump). Companies and countries are drawn with Zipf popularity, so a few recur across
 * hundreds of stories of every category — as in real wires, where a name is not a topic.
 *
 * Everything is fixed by the seed; the world is built once per archive and kept (small).
 */
import { pronounceableName } from '../pronounceable-word';
import type { SeededRandom } from '../seeded-random';
import { ZipfSampler } from '../zipf-sampler';
import type { Industry } from './wire-lexicon';
import {
  CORPORATE_SUFFIXES,
  COUNTRY_ENDINGS,
  CURRENCIES,
  FOREIGN_CITIES,
  FOREIGN_SUFFIXES,
  HOME_CITIES,
  INDUSTRIES,
  NAME_PREFIXES,
  WIRE_FIRST_NAMES,
} from './wire-lexicon';

export interface Company {
  index: number;
  /** `Brandor Tool Corp` */
  name: string;
  /** How later sentences and short headlines call it: `Brandor Tool`, `Brandor`. */
  short: string;
  /** `BRTL`, written `<BRTL>` after the name in headlines and first mentions. */
  ticker: string;
  industry: Industry;
  /** The dateline place of its stories: `HOUSTON`, `HARTFORD, Conn.`. */
  city: string;
  foreign: boolean;
  chairman: string;
  president: string;
  /** Yearly revenue in millions of dollars: scales every figure its stories give. */
  size: number;
  /** Shares outstanding, millions. */
  shares: number;
}

/** Commodities a country may produce or buy (keys used by the commodity stories). */
export const COUNTRY_COMMODITIES = [
  'oil',
  'gas',
  'wheat',
  'corn',
  'soybeans',
  'sugar',
  'coffee',
  'cocoa',
  'copper',
  'gold',
  'cattle',
  'palm oil',
] as const;
export type CountryCommodity = (typeof COUNTRY_COMMODITIES)[number];

export interface Country {
  index: number;
  /** `Varonia` */
  name: string;
  /** `Varonian` */
  adjective: string;
  /** Dateline of its government's stories: `VELMAR`. */
  capital: string;
  currency: string;
  /** `the Bank of Varonia` or `the Varonian central bank`. */
  centralBank: string;
  /** As headlines name it: `BANK OF VARONIA`, `VARONIAN CENTRAL BANK`. */
  centralBankHeadline: string;
  financeMinister: string;
  bankGovernor: string;
  tradeMinister: string;
  agricultureMinister: string;
  oilMinister: string;
  statsOffice: string;
  produces: CountryCommodity[];
  /** Major economies: their currencies are traded against the dollar in market reports. */
  major: boolean;
}

export interface WireWorld {
  companies: Company[];
  countries: Country[];
  /** A company by popularity (optionally of some industries). */
  company(random: SeededRandom, industries?: readonly string[]): Company;
  country(random: SeededRandom, produces?: CountryCommodity): Country;
}

const COUNTRIES = 34;

/** Company pool size for an archive of `stories` stories: a few thousand at 20,000. */
export function companyPoolSize(stories: number): number {
  return Math.min(4000, Math.max(60, Math.round(stories * 0.15)));
}

export function createWireWorld(random: SeededRandom, stories: number): WireWorld {
  const names = new Set<string>();
  const tickers = new Set<string>();
  const companies: Company[] = [];
  const poolSize = companyPoolSize(stories);
  const industryWeights = INDUSTRIES.map((industry) => industry.weight);
  const weightTotal = industryWeights.reduce((a, b) => a + b, 0);
  while (companies.length < poolSize) {
    let roll = random.next() * weightTotal;
    let industry = INDUSTRIES[0]!;
    for (const candidate of INDUSTRIES) {
      roll -= candidate.weight;
      if (roll < 0) {
        industry = candidate;
        break;
      }
    }
    const company = makeCompany(random, companies.length, industry, names, tickers);
    if (company) companies.push(company);
  }
  // Popularity: the pool in a random order, drawn with a Zipf law.
  const byPopularity = random.shuffle([...companies]);
  const sampler = new ZipfSampler(byPopularity.length, 0.6, 8);
  const byIndustry = new Map<string, Company[]>();
  for (const company of byPopularity) {
    const list = byIndustry.get(company.industry.key);
    if (list) list.push(company);
    else byIndustry.set(company.industry.key, [company]);
  }
  const industrySamplers = new Map<string, ZipfSampler>();
  const mixed = new Map<string, { list: Company[]; sampler: ZipfSampler }>();

  const countries = makeCountries(random);
  const countrySampler = new ZipfSampler(countries.length, 1.1, 1.5);
  const byCommodity = new Map<string, Country[]>();
  for (const country of countries) {
    for (const commodity of country.produces) {
      const list = byCommodity.get(commodity);
      if (list) list.push(country);
      else byCommodity.set(commodity, [country]);
    }
  }

  return {
    companies,
    countries,
    company(r, industries) {
      if (!industries || industries.length === 0) return sampler.pick(r, byPopularity);
      const key = industries.join('+');
      let entry = mixed.get(key);
      if (!entry) {
        const list = byPopularity.filter((company) => industries.includes(company.industry.key));
        const size = Math.max(1, list.length);
        let shared = industrySamplers.get(String(size));
        if (!shared) {
          shared = new ZipfSampler(size, 0.75, 4);
          industrySamplers.set(String(size), shared);
        }
        entry = { list: list.length > 0 ? list : byPopularity.slice(0, 1), sampler: shared };
        mixed.set(key, entry);
      }
      return entry.sampler.pick(r, entry.list);
    },
    country(r, produces) {
      if (produces === undefined) return countrySampler.pick(r, countries);
      const list = byCommodity.get(produces) ?? countries;
      // Producers: the first few listed (the most popular countries) are the big ones.
      return list[Math.min(list.length - 1, Math.floor(Math.pow(r.next(), 1.8) * list.length))]!;
    },
  };
}

/** Irregular plurals of the currencies (wire-lexicon.ts). */
// prettier-ignore
const PLURALS: Record<string, string> = {
  won: 'won', baht: 'baht', rand: 'rand', real: 'reais', lev: 'leva', sol: 'soles', lira: 'lire',
  krona: 'kronor',
};

/** `crowns`, `won`, `lire`: the country's currency in the plural. */
export function currencies(country: Country): string {
  return PLURALS[country.currency] ?? `${country.currency}s`;
}

export function personName(random: SeededRandom): string {
  return `${random.pick(WIRE_FIRST_NAMES)} ${pronounceableName(random, random.chance(0.7) ? 2 : 3)}`;
}

function makeCompany(
  random: SeededRandom,
  index: number,
  industry: Industry,
  names: Set<string>,
  tickers: Set<string>,
): Company | null {
  const foreign = random.chance(0.1);
  const stem = pronounceableName(random, random.chance(0.7) ? 2 : 3);
  const word = random.pick(industry.nameWords);
  const roll = random.next();
  let short: string;
  if (roll < 0.45) short = `${stem} ${word}`;
  else if (roll < 0.65) short = `${random.pick(NAME_PREFIXES)} ${word}`;
  else if (roll < 0.85) short = stem;
  else if (roll < 0.93) short = `${random.pick(NAME_PREFIXES)} ${stem}`;
  else short = `${stem}-${pronounceableName(random, 2)}`;
  const suffix = foreign ? random.pick(FOREIGN_SUFFIXES) : random.pick(CORPORATE_SUFFIXES);
  const name = `${short} ${suffix}`;
  if (names.has(name.toLowerCase())) return null;
  const ticker = makeTicker(random, short, tickers);
  names.add(name.toLowerCase());
  tickers.add(ticker);
  const size = Math.round(Math.exp(4.2 + random.normal() * 1.5) * 10) / 10;
  return {
    index,
    name,
    // Later mentions drop the suffix, and sometimes the industry word after an invented stem.
    short: short.startsWith(stem) && random.chance(0.5) ? stem : short,
    ticker,
    industry,
    city: foreign ? random.pick(FOREIGN_CITIES) : homeCity(random),
    foreign,
    chairman: personName(random),
    president: personName(random),
    size: Math.max(2, size),
    shares: Math.max(0.8, Math.round(size * (0.02 + random.next() * 0.08) * 10) / 10),
  };
}

function homeCity(random: SeededRandom): string {
  if (random.chance(0.8)) return random.pick(HOME_CITIES);
  const regions = ['Texas', 'Calif.', 'Ohio', 'N.J.', 'Mass.', 'Ill.', 'Pa.', 'Mich.', 'Minn.'];
  return `${pronounceableName(random, 2).toUpperCase()}, ${random.pick(regions)}`;
}

function makeTicker(random: SeededRandom, short: string, taken: Set<string>): string {
  const letters = short.toUpperCase().replace(/[^A-Z]/g, '');
  for (let attempt = 0; attempt < 40; attempt++) {
    const length = random.chance(0.6) ? 4 : 3;
    let ticker = letters.charAt(0);
    for (let i = 1; i < length; i++) {
      ticker +=
        attempt < 10 && letters.length > i
          ? letters.charAt(Math.min(letters.length - 1, i + random.int(3)))
          : String.fromCharCode(65 + random.int(26));
    }
    if (!taken.has(ticker)) return ticker;
  }
  let ticker = `${letters.slice(0, 2)}${random.int(1000)}`;
  while (taken.has(ticker)) ticker = `${letters.slice(0, 2)}${random.int(100000)}`;
  return ticker;
}

function makeCountries(random: SeededRandom): Country[] {
  const countries: Country[] = [];
  const taken = new Set<string>();
  const currencies = random.shuffle([...CURRENCIES]);
  while (countries.length < COUNTRIES) {
    const stem = pronounceableName(random, 2);
    const ending = random.pick(COUNTRY_ENDINGS);
    const name = stem.replace(/[aeiou]+$/, '') + ending;
    if (name.length < 5 || taken.has(name)) continue;
    taken.add(name);
    const adjective = name.endsWith('land')
      ? `${name.slice(0, -4)}lish`
      : name.endsWith('ay')
        ? `${name}an`
        : `${name}n`;
    const index = countries.length;
    const usesName = random.chance(0.5);
    const produces = random.sample([...COUNTRY_COMMODITIES], random.range(2, 5));
    countries.push({
      index,
      name,
      adjective,
      capital: pronounceableName(random, random.chance(0.6) ? 2 : 3).toUpperCase(),
      currency: currencies[index % currencies.length]!,
      centralBank: usesName ? `the Bank of ${name}` : `the ${adjective} central bank`,
      centralBankHeadline: usesName ? `BANK OF ${name}` : `${adjective} CENTRAL BANK`,
      financeMinister: personName(random),
      bankGovernor: personName(random),
      tradeMinister: personName(random),
      agricultureMinister: personName(random),
      oilMinister: personName(random),
      statsOffice: random.chance(0.5)
        ? `the ${adjective} Statistics Office`
        : `the ${name} Bureau of Statistics`,
      produces,
      major: index < 8,
    });
  }
  return countries;
}
