/**
 * One wire story's headline, dateline place and paragraphs, from its spec (categories, day,
 * running story) and its own random stream. Pure: the plan composes every story once for its
 * headline, and the renderer composes it again for its text with the same stream, getting the
 * same story. A second category adds a paragraph or two of its own about the same subject.
 */
import type { SeededRandom } from '../seeded-random';
import { acqAside, composeAcq, composeEarn, earnAside } from './wire-business';
import type { CategoryFamily, WireCategory } from './wire-categories';
import { familyOf } from './wire-categories';
import {
  commodityAsideOf,
  composeCommodity,
  composeProduced,
  composeCopper,
  composeCrude,
  composeGold,
  composeGrain,
  composeLivestock,
  composeNatGas,
  composeShip,
  copperAside,
  crudeAside,
  goldAside,
  livestockAside,
  natGasAside,
  shipAside,
} from './wire-commodities';
import {
  composeIndicator,
  composeInterest,
  composeMoneyFx,
  composeMoneySupply,
  composeTrade,
  indicatorAside,
  interestAside,
  moneyFxAside,
  moneySupplyAside,
  tradeAside,
} from './wire-economy';
import { companyContext, macroContext, marketContext } from './wire-context';
import type { SentenceMaker } from './wire-context';
import type { WireWorld } from './wire-world';
import type { StorySpec, StorySubject, WireDraft } from './wire-writer';
import { WireWriter } from './wire-writer';

type Composer = (w: WireWriter, spec: StorySpec) => WireDraft;
type Aside = (w: WireWriter, subject: StorySubject) => string[];

const COMPOSERS: Record<WireCategory, Composer> = {
  earn: composeEarn,
  acq: composeAcq,
  'money-fx': composeMoneyFx,
  interest: composeInterest,
  'money-supply': composeMoneySupply,
  trade: composeTrade,
  crude: composeCrude,
  'nat-gas': composeNatGas,
  grain: composeGrain,
  ship: composeShip,
  sugar: composeCommodity('sugar'),
  coffee: composeCommodity('coffee'),
  cocoa: composeCommodity('cocoa'),
  gold: composeGold,
  copper: composeCopper,
  livestock: composeLivestock,
  'veg-oil': composeCommodity('palm'),
  jobs: composeIndicator('jobs'),
  cpi: composeIndicator('cpi'),
  gnp: composeIndicator('gnp'),
  ipi: composeIndicator('ipi'),
  bop: composeIndicator('bop'),
  reserves: composeIndicator('reserves'),
  housing: composeIndicator('housing'),
  retail: composeIndicator('retail'),
  wpi: composeIndicator('wpi'),
  income: composeIndicator('income'),
  alum: composeProduced('alum'),
  tin: composeProduced('tin'),
  zinc: composeProduced('zinc'),
  nickel: composeProduced('nickel'),
  lead: composeProduced('lead'),
  silver: composeProduced('silver'),
  'iron-steel': composeProduced('steel'),
  rubber: composeCommodity('rubber'),
  cotton: composeCommodity('cotton'),
  tea: composeCommodity('tea'),
  orange: composeCommodity('orange'),
  lumber: composeProduced('lumber'),
  'pet-chem': composeProduced('petchem'),
  heat: composeProduced('heat'),
  fuel: composeProduced('fuel'),
};

const ASIDES: Record<WireCategory, Aside> = {
  earn: earnAside,
  acq: acqAside,
  'money-fx': moneyFxAside,
  interest: interestAside,
  'money-supply': moneySupplyAside,
  trade: tradeAside,
  crude: crudeAside,
  'nat-gas': natGasAside,
  grain: commodityAsideOf('wheat'),
  ship: shipAside,
  sugar: commodityAsideOf('sugar'),
  coffee: commodityAsideOf('coffee'),
  cocoa: commodityAsideOf('cocoa'),
  gold: goldAside,
  copper: copperAside,
  livestock: livestockAside,
  'veg-oil': commodityAsideOf('palm'),
  jobs: indicatorAside('jobs'),
  cpi: indicatorAside('cpi'),
  gnp: indicatorAside('gnp'),
  ipi: indicatorAside('ipi'),
  bop: indicatorAside('bop'),
  reserves: indicatorAside('reserves'),
  housing: indicatorAside('housing'),
  retail: indicatorAside('retail'),
  wpi: indicatorAside('wpi'),
  income: indicatorAside('income'),
  alum: commodityAsideOf('alum'),
  tin: commodityAsideOf('tin'),
  zinc: commodityAsideOf('zinc'),
  nickel: commodityAsideOf('nickel'),
  lead: commodityAsideOf('lead'),
  silver: commodityAsideOf('silver'),
  'iron-steel': commodityAsideOf('steel'),
  rubber: commodityAsideOf('rubber'),
  cotton: commodityAsideOf('cotton'),
  tea: commodityAsideOf('tea'),
  orange: commodityAsideOf('orange'),
  lumber: commodityAsideOf('lumber'),
  'pet-chem': commodityAsideOf('petchem'),
  heat: commodityAsideOf('heat'),
  fuel: commodityAsideOf('fuel'),
};

/** Background sentences a story adds (wire-context.ts), by its category's family. */
const BACKGROUND: Record<CategoryFamily, [number, number]> = {
  company: [3, 6],
  economy: [5, 8],
  farm: [5, 8],
  industry: [5, 8],
};

/**
 * The background a story may draw on: its subject's company, its country's economy or its
 * commodity's market — and, now and then, a neighbouring family's, as wire copy wanders.
 */
function backgroundPool(
  w: WireWriter,
  category: WireCategory,
  subject: StorySubject,
): SentenceMaker[] {
  const family = familyOf(category);
  const pool: SentenceMaker[] = [];
  if (subject.company) pool.push(...companyContext(w, subject.company));
  if (subject.other && w.chance(0.5)) pool.push(...companyContext(w, subject.other));
  const country = subject.country ?? w.country();
  if (family === 'economy' || (family === 'company' && !subject.company)) {
    pool.push(...macroContext(w, country));
    if (w.chance(0.25)) {
      const export_ = w.pick(country.produces);
      pool.push(
        ...marketContext(w, country, export_, !['oil', 'gas', 'copper', 'gold'].includes(export_)),
      );
    }
  } else if (family !== 'company') {
    pool.push(...marketContext(w, country, subject.commodity ?? category, family === 'farm'));
    if (w.chance(0.4)) pool.push(...macroContext(w, country));
    if (!subject.company && w.chance(0.3)) {
      pool.push(
        ...companyContext(
          w,
          w.company(
            family === 'farm' ? ['food', 'shipping'] : ['oil', 'mining', 'industrial', 'shipping'],
          ),
        ),
      );
    }
  }
  return pool;
}

/** Share of headlines written in capitals, as wires send them. */
const UPPER_CASE_TITLES = 0.88;

export interface ComposedStory extends WireDraft {
  /** The writer, to keep drawing from the same stream (dateline, captions, related block). */
  writer: WireWriter;
}

export function composeWireStory(
  random: SeededRandom,
  world: WireWorld,
  spec: StorySpec,
): ComposedStory {
  const w = new WireWriter(random, world, spec.day);
  const category = spec.categories[0]!;
  const draft = COMPOSERS[category](w, spec);
  const paragraphs = [...draft.paragraphs];
  for (const extra of spec.categories.slice(1)) paragraphs.push(...ASIDES[extra](w, draft.subject));
  const [fewest, most] = draft.background ?? BACKGROUND[familyOf(category)];
  const background = w.some(backgroundPool(w, category, draft.subject), fewest, most);
  // Background goes after the lead, in the body's second half mostly.
  for (const paragraph of w.paragraphs(background)) {
    const at = Math.max(1, paragraphs.length - w.range(0, Math.min(2, paragraphs.length - 1)));
    paragraphs.splice(at, 0, paragraph);
  }
  const natural = draft.title.charAt(0).toUpperCase() + draft.title.slice(1);
  const title = w.chance(UPPER_CASE_TITLES) ? natural.toUpperCase() : natural;
  return { ...draft, title, paragraphs, writer: w };
}
