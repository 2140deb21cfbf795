/**
 * What every wire-story template works with: the story's random stream, the world, its date,
 * and the little formatting a wire uses — `12.4 mln dlrs`, `1.20 dlrs`, `45 cts`, `5.5 pct`,
 * stock prices in fractions (`22-1/2`), `April 15` — plus the shapes templates hand back
 * (a draft: headline, dateline place, paragraphs, and the subject a second category's
 * paragraphs may speak about).
 */
import type { SeededRandom } from '../seeded-random';
import type { ThreadKind, WireCategory } from './wire-categories';
import { MONTH_FULL, NUMBER_WORDS } from './wire-lexicon';
import type { Company, Country, CountryCommodity, WireWorld } from './wire-world';
import { personName } from './wire-world';

const DAY_MS = 86_400_000;
const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

/** What a story is about, for the paragraphs a second category adds. */
export interface StorySubject {
  company?: Company;
  other?: Company;
  country?: Country;
  commodity?: string;
}

export interface WireDraft {
  /** Headline in natural case; the composer upper-cases most. */
  title: string;
  /** Dateline place: `NEW YORK`, `HARTFORD, Conn.`, `VELMAR`. */
  place: string;
  /** Body paragraphs; a table is one paragraph of lines joined by `\n`. */
  paragraphs: string[];
  subject: StorySubject;
  /** How many background sentences (wire-context.ts) it may take; its family's default else. */
  background?: [number, number];
}

/** A running story as one of its stories sees it. */
export interface ThreadRef {
  id: string;
  kind: ThreadKind;
  /** 0 for the first story of the thread. */
  stage: number;
  size: number;
  companies: readonly Company[];
  countries: readonly Country[];
  commodity: string;
  /** A number the thread's stories share (an offer price, a strike's start). */
  base: number;
}

export interface StorySpec {
  categories: readonly WireCategory[];
  day: number;
  thread: ThreadRef | null;
}

export class WireWriter {
  readonly month: number;
  readonly year: number;
  readonly dayOfMonth: number;
  readonly weekdayIndex: number;

  constructor(
    readonly random: SeededRandom,
    readonly world: WireWorld,
    readonly day: number,
  ) {
    const date = new Date(day * DAY_MS);
    this.month = date.getUTCMonth();
    this.year = date.getUTCFullYear();
    this.dayOfMonth = date.getUTCDate();
    this.weekdayIndex = date.getUTCDay();
  }

  pick<T>(items: readonly T[]): T {
    return this.random.pick(items);
  }

  chance(p: number): boolean {
    return this.random.chance(p);
  }

  range(min: number, max: number): number {
    return this.random.range(min, max);
  }

  /** A uniform number in [min, max). */
  between(min: number, max: number): number {
    return min + this.random.next() * (max - min);
  }

  company(industries?: readonly string[]): Company {
    return this.world.company(this.random, industries);
  }

  /** A company other than `not` (popular ones come up, as in real wires). */
  otherCompany(not: readonly Company[], industries?: readonly string[]): Company {
    for (let attempt = 0; attempt < 20; attempt++) {
      const company = this.world.company(this.random, attempt < 10 ? industries : undefined);
      if (!not.includes(company)) return company;
    }
    return this.world.companies.find((company) => !not.includes(company))!;
  }

  country(produces?: CountryCommodity): Country {
    return this.world.country(this.random, produces);
  }

  otherCountry(not: readonly Country[], produces?: CountryCommodity): Country {
    for (let attempt = 0; attempt < 20; attempt++) {
      const country = this.world.country(this.random, attempt < 10 ? produces : undefined);
      if (!not.includes(country)) return country;
    }
    return this.world.countries.find((country) => !not.includes(country))!;
  }

  person(): string {
    return personName(this.random);
  }

  /** The month `offset` months from the story's (`-1`: last month), by name. */
  monthName(offset = 0): string {
    return MONTH_FULL[(((this.month + offset) % 12) + 12) % 12]!;
  }

  /** The weekday the story reports on: usually its own day, sometimes the day before. */
  weekday(): string {
    const back = this.chance(0.3) ? 1 : 0;
    return WEEKDAY_NAMES[(this.weekdayIndex + 7 - back) % 7]!;
  }

  /** A date `min`–`max` days after (negative: before) the story's day: `April 15`. */
  dateFromNow(min: number, max: number): string {
    const date = new Date((this.day + this.range(min, max)) * DAY_MS);
    return `${MONTH_FULL[date.getUTCMonth()]} ${date.getUTCDate()}`;
  }

  /** The year results refer to (last year early in the year). */
  reportingYear(): number {
    return this.month < 3 ? this.year - 1 : this.year;
  }

  /** Sentences → paragraphs: wire paragraphs are mostly one sentence, sometimes two. */
  paragraphs(sentences: readonly string[]): string[] {
    const out: string[] = [];
    for (let i = 0; i < sentences.length; i++) {
      const next = sentences[i + 1];
      if (i > 0 && next !== undefined && this.chance(0.18)) {
        out.push(`${sentences[i]} ${next}`);
        i += 1;
      } else out.push(sentences[i]!);
    }
    return out;
  }

  /**
   * `count` optional sentences of `pool` (functions, so only the chosen ones draw numbers), in
   * a loosely kept order: the pool is written in a sensible order and neighbours may swap.
   */
  some(pool: readonly (() => string)[], min: number, max: number): string[] {
    const chosen = this.random
      .sample(
        pool.map((make, order) => ({ make, order })),
        this.range(min, Math.min(max, pool.length)),
      )
      .sort((a, b) => a.order - b.order);
    for (let i = 0; i + 1 < chosen.length; i++) {
      if (this.chance(0.25)) [chosen[i], chosen[i + 1]] = [chosen[i + 1]!, chosen[i]!];
    }
    return chosen.map((entry) => entry.make());
  }
}

/** `12.4 mln`, `1.24 billion`, `451,000` (a figure in millions). */
export function amount(millions: number): string {
  const value = Math.abs(millions);
  if (value >= 1000) return `${(value / 1000).toFixed(value >= 10_000 ? 1 : 2)} billion`;
  if (value >= 1) return `${value.toFixed(value >= 100 ? 1 : value >= 10 ? 1 : 2)} mln`;
  return whole(Math.max(1, Math.round(value * 1000)) * 1000);
}

/** `12.4 mln dlrs`; thousands read `451,000 dlrs`. */
export function dollars(millions: number): string {
  return `${amount(millions)} dlrs`;
}

/** A per-share figure: `1.20 dlrs`, `45 cts`, `one ct`. */
export function perShare(value: number): string {
  const v = Math.abs(value);
  if (v >= 1) return `${v.toFixed(2)} dlrs`;
  const cents = Math.max(1, Math.round(v * 100));
  return cents === 1 ? 'one ct' : `${cents} cts`;
}

/** `5.5 pct`; `digits` decimals (one by default). */
export function pct(value: number, digits = 1): string {
  return `${Math.abs(value).toFixed(digits)} pct`;
}

const EIGHTHS = ['', '-1/8', '-1/4', '-3/8', '-1/2', '-5/8', '-3/4', '-7/8'];

/** A stock price in eighths: `22-1/2`. */
export function price(value: number): string {
  const eighths = Math.max(1, Math.round(value * 8));
  const units = Math.floor(eighths / 8);
  const part = eighths % 8;
  if (units === 0) return EIGHTHS[part]!.slice(1);
  return `${units}${EIGHTHS[part]}`;
}

/** A small change in eighths: `1/4`, `1-1/2`. */
export function change(value: number): string {
  return price(Math.max(0.125, Math.abs(value)));
}

/** `three` for small counts, digits above ten. */
export function countWord(count: number): string {
  return count <= 10 ? NUMBER_WORDS[count]! : String(count);
}

/** `1st`, `2nd`, `3rd`, `4th`. */
export function ordinal(n: number): string {
  return n === 1 ? '1st' : n === 2 ? '2nd' : n === 3 ? '3rd' : `${n}th`;
}

/** `1,250,000` */
export function whole(value: number): string {
  // By hand, not toLocaleString: output must not depend on the machine's ICU data.
  const digits = String(Math.round(Math.abs(value)));
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Tonnes as wires write them: `250,000 tonnes`, `1.2 mln tonnes`. */
export function tonnes(value: number): string {
  return value >= 1_000_000 ? `${amount(value / 1_000_000)} tonnes` : `${whole(value)} tonnes`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A company as a headline names it: `Brandor Tool Corp <BRTL>` or `Brandor Tool <BRTL>`. */
export function headlineName(w: WireWriter, company: Company, ticker = 0.8): string {
  const name = w.chance(0.5) ? company.name : company.short;
  return w.chance(ticker) ? `${name} <${company.ticker}>` : name;
}

/** First mention in a body: the full name, sometimes with its ticker. */
export function firstMention(w: WireWriter, company: Company): string {
  return w.chance(0.2) ? `${company.name} <${company.ticker}>` : company.name;
}
