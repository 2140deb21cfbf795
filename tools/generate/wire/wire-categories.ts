/**
 * The categories of the wire style, with the share of stories each takes (the shape of a real
 * newswire: results ~36%, acquisitions ~20%, currencies, rates, trade, oil and grain a few
 * percent each, a long tail of commodities and economic indicators at 1–2%), the site section
 * each is filed under, the categories a story may also carry (a small share of stories is
 * multi-category), and which categories have running stories (threads) and how many of their
 * stories belong to one.
 */

// prettier-ignore
export const WIRE_CATEGORIES = [
  'earn', 'acq', 'money-fx', 'interest', 'money-supply', 'trade', 'crude', 'nat-gas', 'grain',
  'ship', 'sugar', 'coffee', 'cocoa', 'gold', 'copper', 'livestock', 'veg-oil', 'jobs', 'cpi',
  'gnp', 'ipi', 'bop', 'reserves', 'housing', 'retail', 'wpi', 'income', 'alum', 'tin', 'zinc',
  'nickel', 'lead', 'silver', 'iron-steel', 'rubber', 'cotton', 'tea', 'orange', 'lumber',
  'pet-chem', 'heat', 'fuel',
] as const;
export type WireCategory = (typeof WIRE_CATEGORIES)[number];

export type ThreadKind =
  | 'takeover'
  | 'port-strike'
  | 'producers-meeting'
  | 'trade-dispute'
  | 'pact-talks'
  | 'currency-pressure'
  | 'mine-strike';

export interface CategoryInfo {
  key: WireCategory;
  /** Relative share of stories whose first category this is. */
  share: number;
  section: string;
  /** Second categories a story of this one may also carry. */
  partners: readonly WireCategory[];
  /** Running stories of this category: their kind and the share of its stories in one. */
  thread?: { kind: ThreadKind; share: number };
}

// prettier-ignore
export const CATEGORY_INFO: readonly CategoryInfo[] = [
  { key: 'earn', share: 37, section: 'business', partners: ['acq'] },
  { key: 'acq', share: 20.5, section: 'business', partners: ['earn'],
    thread: { kind: 'takeover', share: 0.3 } },
  { key: 'money-fx', share: 6, section: 'markets', partners: ['interest', 'trade'],
    thread: { kind: 'currency-pressure', share: 0.15 } },
  { key: 'interest', share: 4, section: 'markets', partners: ['money-fx', 'money-supply'] },
  { key: 'money-supply', share: 1.4, section: 'markets', partners: ['interest'] },
  { key: 'trade', share: 4.2, section: 'economy', partners: ['money-fx', 'bop'],
    thread: { kind: 'trade-dispute', share: 0.15 } },
  { key: 'crude', share: 5, section: 'energy', partners: ['nat-gas', 'ship'],
    thread: { kind: 'producers-meeting', share: 0.25 } },
  { key: 'nat-gas', share: 1.1, section: 'energy', partners: ['crude'] },
  { key: 'grain', share: 5, section: 'commodities', partners: ['ship'] },
  { key: 'ship', share: 2, section: 'transport', partners: ['grain', 'crude'],
    thread: { kind: 'port-strike', share: 0.25 } },
  { key: 'sugar', share: 1.4, section: 'commodities', partners: ['ship'],
    thread: { kind: 'pact-talks', share: 0.2 } },
  { key: 'coffee', share: 1.3, section: 'commodities', partners: [],
    thread: { kind: 'pact-talks', share: 0.2 } },
  { key: 'cocoa', share: 0.9, section: 'commodities', partners: [],
    thread: { kind: 'pact-talks', share: 0.2 } },
  { key: 'gold', share: 1.2, section: 'commodities', partners: ['copper'] },
  { key: 'copper', share: 0.8, section: 'commodities', partners: ['gold'],
    thread: { kind: 'mine-strike', share: 0.3 } },
  { key: 'livestock', share: 0.9, section: 'commodities', partners: ['grain'] },
  { key: 'veg-oil', share: 1.0, section: 'commodities', partners: ['grain'] },
  { key: 'jobs', share: 0.8, section: 'economy', partners: ['gnp'] },
  { key: 'cpi', share: 0.9, section: 'economy', partners: ['interest'] },
  { key: 'gnp', share: 1.2, section: 'economy', partners: ['bop', 'jobs'] },
  { key: 'ipi', share: 0.6, section: 'economy', partners: ['gnp'] },
  { key: 'bop', share: 0.7, section: 'economy', partners: ['trade'] },
  { key: 'reserves', share: 0.7, section: 'economy', partners: ['money-fx'] },
  { key: 'housing', share: 0.3, section: 'economy', partners: [] },
  { key: 'retail', share: 0.3, section: 'economy', partners: [] },
  // The long tail: categories of a few stories in a thousand, as real wires have dozens of.
  { key: 'wpi', share: 0.25, section: 'economy', partners: ['cpi'] },
  { key: 'income', share: 0.15, section: 'economy', partners: [] },
  { key: 'alum', share: 0.35, section: 'commodities', partners: [] },
  { key: 'tin', share: 0.25, section: 'commodities', partners: [] },
  { key: 'zinc', share: 0.2, section: 'commodities', partners: ['lead'] },
  { key: 'nickel', share: 0.1, section: 'commodities', partners: [] },
  { key: 'lead', share: 0.1, section: 'commodities', partners: ['zinc'] },
  { key: 'silver', share: 0.15, section: 'commodities', partners: ['gold'] },
  { key: 'iron-steel', share: 0.4, section: 'business', partners: [] },
  { key: 'rubber', share: 0.3, section: 'commodities', partners: [] },
  { key: 'cotton', share: 0.35, section: 'commodities', partners: [] },
  { key: 'tea', share: 0.1, section: 'commodities', partners: [] },
  { key: 'orange', share: 0.15, section: 'commodities', partners: [] },
  { key: 'lumber', share: 0.1, section: 'commodities', partners: [] },
  { key: 'pet-chem', share: 0.15, section: 'business', partners: [] },
  { key: 'heat', share: 0.1, section: 'energy', partners: ['crude'] },
  { key: 'fuel', share: 0.1, section: 'energy', partners: ['crude'] },
];

/** Which background a category's stories draw on (wire-context.ts). */
export type CategoryFamily = 'company' | 'economy' | 'farm' | 'industry';

// prettier-ignore
const FAMILY: Record<WireCategory, CategoryFamily> = {
  earn: 'company', acq: 'company', 'money-fx': 'economy', interest: 'economy',
  'money-supply': 'economy', trade: 'economy', crude: 'industry', 'nat-gas': 'industry',
  grain: 'farm', ship: 'industry', sugar: 'farm', coffee: 'farm', cocoa: 'farm', gold: 'industry',
  copper: 'industry', livestock: 'farm', 'veg-oil': 'farm', jobs: 'economy', cpi: 'economy',
  gnp: 'economy', ipi: 'economy', bop: 'economy', reserves: 'economy', housing: 'economy',
  retail: 'economy', wpi: 'economy', income: 'economy', alum: 'industry', tin: 'industry',
  zinc: 'industry', nickel: 'industry', lead: 'industry', silver: 'industry',
  'iron-steel': 'industry', rubber: 'farm', cotton: 'farm', tea: 'farm', orange: 'farm',
  lumber: 'industry', 'pet-chem': 'industry', heat: 'industry', fuel: 'industry',
};

export function familyOf(category: WireCategory): CategoryFamily {
  return FAMILY[category];
}

export const CATEGORY_BY_KEY: ReadonlyMap<WireCategory, CategoryInfo> = new Map(
  CATEGORY_INFO.map((info) => [info.key, info]),
);

/** Chance that a story whose category has partners carries a second category (~5% overall). */
export const MULTI_CATEGORY_CHANCE = 0.06;

export function sectionOf(category: WireCategory): string {
  return CATEGORY_BY_KEY.get(category)!.section;
}
