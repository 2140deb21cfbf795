/**
 * Commodity and energy stories: oil (`crude`), natural gas, grain (wheat, corn, soybean and a
 * few other flavours), shipping, sugar, coffee, cocoa, gold, copper, livestock and vegetable
 * oils. Generic shapes every commodity shares (a country buys at a tender, a crop estimate,
 * export figures, a market report, producers' council talks) give the large common vocabulary
 * of commodity copy (tonnes, crop, exports, traders, prices); each commodity adds its nouns,
 * units and a few stories of its own (oil postings and finds, port strikes, gold assays,
 * copper producer prices, hog and cattle reports). Running stories: producers' meetings,
 * pact talks, port and mine strikes.
 */
import type { WireCategory } from './wire-categories';
import { cityName } from './wire-context';
import type { Company, Country, CountryCommodity } from './wire-world';
import type { StorySpec, StorySubject, WireDraft, WireWriter } from './wire-writer';
import {
  capitalise,
  change,
  countWord,
  dollars,
  firstMention,
  headlineName,
  pct,
  tonnes,
  whole,
} from './wire-writer';

interface Commodity {
  category: WireCategory;
  /** `wheat`, `sugar`, `crude oil`. */
  noun: string;
  grades: readonly string[];
  /** Volumes: tonnes, 60-kg bags, barrels. */
  unit: 'tonnes' | 'bags';
  /** Grown (crops, weather, farmers) rather than mined or made. */
  farm: boolean;
  /** Countries that produce it, when the world tracks them; else any country. */
  producer?: CountryCommodity;
  council: string | null;
  /** Price as markets quote it. */
  quote: { unit: string; min: number; max: number };
  /** Typical crop, in units. */
  crop: [number, number];
  /** Companies that trade it. */
  traders: readonly string[];
}

const COMMODITIES = {
  wheat: {
    farm: true,
    category: 'grain',
    noun: 'wheat',
    grades: [
      'soft red winter wheat',
      'hard red winter wheat',
      'durum wheat',
      'milling wheat',
      'feed wheat',
    ],
    unit: 'tonnes',
    producer: 'wheat',
    council: null,
    quote: { unit: 'dlrs a bushel', min: 2.5, max: 4.2 },
    crop: [2e6, 60e6],
    traders: ['food'],
  },
  corn: {
    farm: true,
    category: 'grain',
    noun: 'corn',
    grades: ['yellow corn', 'number two yellow corn', 'white maize', 'feed corn'],
    unit: 'tonnes',
    producer: 'corn',
    council: null,
    quote: { unit: 'dlrs a bushel', min: 1.4, max: 2.6 },
    crop: [2e6, 180e6],
    traders: ['food'],
  },
  soybeans: {
    farm: true,
    category: 'grain',
    noun: 'soybeans',
    grades: ['soybeans', 'soybean meal', 'soymeal pellets'],
    unit: 'tonnes',
    producer: 'soybeans',
    council: null,
    quote: { unit: 'dlrs a bushel', min: 4.5, max: 6.5 },
    crop: [1e6, 50e6],
    traders: ['food'],
  },
  barley: {
    farm: true,
    category: 'grain',
    noun: 'barley',
    grades: ['feed barley', 'malting barley'],
    unit: 'tonnes',
    producer: 'wheat',
    council: null,
    quote: { unit: 'dlrs a tonne', min: 60, max: 110 },
    crop: [1e6, 12e6],
    traders: ['food'],
  },
  sugar: {
    farm: true,
    category: 'sugar',
    noun: 'sugar',
    grades: ['raw sugar', 'white sugar', 'refined sugar', 'beet sugar', 'cane sugar'],
    unit: 'tonnes',
    producer: 'sugar',
    council: 'the International Sugar Council',
    quote: { unit: 'cts a lb', min: 6, max: 9.5 },
    crop: [4e5, 9e6],
    traders: ['food'],
  },
  coffee: {
    farm: true,
    category: 'coffee',
    noun: 'coffee',
    grades: ['robusta coffee', 'arabica coffee', 'green coffee', 'washed arabicas'],
    unit: 'bags',
    producer: 'coffee',
    council: 'the International Coffee Council',
    quote: { unit: 'cts a lb', min: 95, max: 150 },
    crop: [1e6, 30e6],
    traders: ['food'],
  },
  cocoa: {
    farm: true,
    category: 'cocoa',
    noun: 'cocoa',
    grades: ['cocoa beans', 'main crop cocoa', 'mid-crop cocoa', 'cocoa butter'],
    unit: 'tonnes',
    producer: 'cocoa',
    council: 'the International Cocoa Council',
    quote: { unit: 'stg a tonne', min: 1200, max: 1700 },
    crop: [5e4, 7e5],
    traders: ['food'],
  },
  palm: {
    farm: true,
    category: 'veg-oil',
    noun: 'palm oil',
    grades: [
      'crude palm oil',
      'refined palm olein',
      'soybean oil',
      'rapeseed oil',
      'sunflowerseed oil',
    ],
    unit: 'tonnes',
    producer: 'palm oil',
    council: null,
    quote: { unit: 'dlrs a tonne', min: 280, max: 420 },
    crop: [2e5, 5e6],
    traders: ['food'],
  },
  copper: {
    farm: false,
    category: 'copper',
    noun: 'copper',
    grades: ['copper cathodes', 'refined copper', 'copper concentrates', 'blister copper'],
    unit: 'tonnes',
    producer: 'copper',
    council: null,
    quote: { unit: 'cts a lb', min: 60, max: 95 },
    crop: [5e4, 1.2e6],
    traders: ['mining'],
  },
  tin: {
    farm: false,
    category: 'tin',
    noun: 'tin',
    grades: ['tin metal', 'tin concentrates', 'refined tin'],
    unit: 'tonnes',
    council: 'the International Tin Council',
    quote: { unit: 'ringgit a kilo', min: 15, max: 19 },
    crop: [5e3, 6e4],
    traders: ['mining'],
  },
  zinc: {
    farm: false,
    category: 'zinc',
    noun: 'zinc',
    grades: ['zinc metal', 'zinc concentrates', 'high grade zinc'],
    unit: 'tonnes',
    council: null,
    quote: { unit: 'dlrs a tonne', min: 700, max: 900 },
    crop: [5e4, 6e5],
    traders: ['mining'],
  },
  lead: {
    farm: false,
    category: 'lead',
    noun: 'lead',
    grades: ['refined lead', 'lead concentrates', 'lead bullion'],
    unit: 'tonnes',
    council: null,
    quote: { unit: 'stg a tonne', min: 280, max: 380 },
    crop: [3e4, 4e5],
    traders: ['mining'],
  },
  nickel: {
    farm: false,
    category: 'nickel',
    noun: 'nickel',
    grades: ['nickel cathodes', 'ferronickel', 'nickel matte'],
    unit: 'tonnes',
    council: null,
    quote: { unit: 'dlrs a lb', min: 1.6, max: 2.4 },
    crop: [1e4, 2e5],
    traders: ['mining'],
  },
  alum: {
    farm: false,
    category: 'alum',
    noun: 'aluminium',
    grades: ['primary aluminium', 'aluminium ingot', 'alumina', 'bauxite'],
    unit: 'tonnes',
    council: null,
    quote: { unit: 'cts a lb', min: 55, max: 75 },
    crop: [5e4, 1.5e6],
    traders: ['mining', 'industrial'],
  },
  silver: {
    farm: false,
    category: 'silver',
    noun: 'silver',
    grades: ['silver bullion', 'refined silver'],
    unit: 'tonnes',
    producer: 'gold',
    council: null,
    quote: { unit: 'dlrs an ounce', min: 5.2, max: 8.5 },
    crop: [100, 3000],
    traders: ['mining'],
  },
  steel: {
    farm: false,
    category: 'iron-steel',
    noun: 'steel',
    grades: ['steel plate', 'hot-rolled coil', 'steel pipe', 'iron ore', 'pig iron'],
    unit: 'tonnes',
    council: null,
    quote: { unit: 'dlrs a tonne', min: 280, max: 420 },
    crop: [5e5, 9e7],
    traders: ['industrial'],
  },
  rubber: {
    farm: true,
    category: 'rubber',
    noun: 'rubber',
    grades: ['natural rubber', 'smoked sheet rubber', 'latex'],
    unit: 'tonnes',
    council: 'the International Rubber Council',
    quote: { unit: 'cts a kilo', min: 180, max: 240 },
    crop: [5e4, 1.6e6],
    traders: ['food', 'chemical'],
  },
  cotton: {
    farm: true,
    category: 'cotton',
    noun: 'cotton',
    grades: ['upland cotton', 'long staple cotton', 'raw cotton'],
    unit: 'tonnes',
    council: null,
    quote: { unit: 'cts a lb', min: 52, max: 78 },
    crop: [1e5, 4e6],
    traders: ['food'],
  },
  tea: {
    farm: true,
    category: 'tea',
    noun: 'tea',
    grades: ['black tea', 'green tea', 'leaf tea'],
    unit: 'tonnes',
    council: null,
    quote: { unit: 'pence a kilo', min: 120, max: 220 },
    crop: [2e4, 6e5],
    traders: ['food'],
  },
  orange: {
    farm: true,
    category: 'orange',
    noun: 'orange juice',
    grades: ['frozen concentrated orange juice', 'orange juice concentrate', 'fresh oranges'],
    unit: 'tonnes',
    council: null,
    quote: { unit: 'cts a lb', min: 110, max: 170 },
    crop: [5e4, 1.2e6],
    traders: ['food'],
  },
  lumber: {
    farm: false,
    category: 'lumber',
    noun: 'lumber',
    grades: ['softwood lumber', 'plywood', 'timber', 'logs'],
    unit: 'tonnes',
    council: null,
    quote: { unit: 'dlrs per 1,000 board feet', min: 170, max: 230 },
    crop: [1e6, 3e7],
    traders: ['property', 'industrial'],
  },
  petchem: {
    farm: false,
    category: 'pet-chem',
    noun: 'petrochemicals',
    grades: ['ethylene', 'polyethylene', 'propylene', 'benzene', 'methanol'],
    unit: 'tonnes',
    producer: 'oil',
    council: null,
    quote: { unit: 'dlrs a tonne', min: 300, max: 650 },
    crop: [1e5, 4e6],
    traders: ['chemical', 'oil'],
  },
  heat: {
    farm: false,
    category: 'heat',
    noun: 'heating oil',
    grades: ['heating oil', 'number two heating oil', 'gas oil'],
    unit: 'tonnes',
    producer: 'oil',
    council: null,
    quote: { unit: 'cts a gallon', min: 42, max: 58 },
    crop: [1e5, 5e6],
    traders: ['oil'],
  },
  fuel: {
    farm: false,
    category: 'fuel',
    noun: 'fuel oil',
    grades: ['residual fuel oil', 'bunker fuel', 'high sulphur fuel oil'],
    unit: 'tonnes',
    producer: 'oil',
    council: null,
    quote: { unit: 'dlrs a barrel', min: 11, max: 17 },
    crop: [1e5, 5e6],
    traders: ['oil'],
  },
} satisfies Record<string, Commodity>;

const GRAIN_FLAVOURS: CommodityKey[] = [
  'wheat',
  'wheat',
  'wheat',
  'wheat',
  'corn',
  'corn',
  'corn',
  'soybeans',
  'soybeans',
  'barley',
];
const PETROLEUM_COUNCIL = 'the Petroleum Exporters Council';
const PETROLEUM_COUNCIL_SHORT = 'PEC';
const FARM_AGENCY = 'the Agriculture Department';

function volume(c: Commodity, units: number): string {
  return c.unit === 'bags' ? `${whole(units)} bags` : tonnes(units);
}

function roundVolume(w: WireWriter, min: number, max: number): number {
  const raw = min * Math.pow(max / min, w.random.next());
  const step = raw > 1e6 ? 1e5 : raw > 1e5 ? 1e4 : 1e3;
  return Math.round(raw / step) * step;
}

function traders(w: WireWriter): string {
  return w.pick(['traders said', 'trade sources said', 'dealers said', 'market sources said']);
}

// ── shapes every commodity shares ────────────────────────────────────────────────────────

function purchase(w: WireWriter, c: Commodity, buyer: Country): WireDraft {
  const grade = w.pick(c.grades);
  const size = roundVolume(w, 2e4, 6e5);
  const seller = w.company(c.traders);
  const title = w.pick([
    () => `${buyer.name} buys ${volume(c, size)} of ${grade}`,
    () => `${buyer.name} ${w.pick(['tenders for', 'seeks'])} ${grade}`,
    () =>
      `${buyer.name} ${c.noun} tender ${w.pick(['results', 'awarded', 'rejected'])} -- ${w.pick(['traders', 'trade'])}`,
  ])();
  const sentences = [
    `${buyer.name} ${w.pick(['bought', 'has bought', 'was reported to have bought'])} ${volume(c, size)} of ${grade} for ${w.monthName(w.range(0, 3))} shipment at its tender on ${w.weekday()}, ${traders(w)}.`,
    ...w.some(
      [
        () =>
          `The price was ${(w.between(c.quote.min, c.quote.max) * (c.quote.unit.startsWith('dlrs a bushel') ? 36 : 1)).toFixed(2)} ${c.quote.unit.startsWith('dlrs a bushel') ? 'dlrs a tonne' : c.quote.unit} ${w.pick(['cost and freight', 'free on board', 'CIF'])}.`,
        () =>
          `The ${grade} was sold by ${seller.name}, ${w.pick(['traders said', 'the sources added'])}.`,
        () =>
          `${buyer.name} has bought about ${volume(c, size * w.range(3, 9))} so far this season.`,
        () =>
          `${capitalise(traders(w))} ${buyer.name} may return to the market for another ${volume(c, size / 2)} ${w.pick(['later this month', 'next week', 'soon'])}.`,
        () => `Offers were received from ${countWord(w.range(3, 9))} trade houses.`,
        () => `${buyer.adjective} officials were not available for comment.`,
      ],
      1,
      3,
    ),
  ];
  return {
    title,
    place: w.chance(0.5) ? w.pick(['LONDON', 'PARIS', 'HAMBURG']) : buyer.capital,
    paragraphs: w.paragraphs(sentences),
    subject: { country: buyer, company: seller, commodity: c.noun },
  };
}

function cropEstimate(w: WireWriter, c: Commodity, country: Country): WireDraft {
  const crop = roundVolume(w, c.crop[0], c.crop[1]);
  const prior = crop / w.between(0.8, 1.2);
  const up = crop >= prior;
  const word = c.farm ? 'crop' : w.pick(['output', 'production']);
  const title = w.pick([
    () =>
      `${country.name} ${c.noun} ${word} ${w.pick(['seen', 'estimated', 'forecast'])} at ${volume(c, crop)}`,
    () => `${country.name} ${w.pick(['raises', 'cuts'])} ${c.noun} ${word} estimate`,
    () =>
      `${capitalise(c.noun)} ${w.pick(['output', 'production', word])} seen ${up ? 'higher' : 'lower'} -- ${country.adjective} ${w.pick(['ministry', 'officials'])}`,
  ])();
  const season = c.farm
    ? `${w.reportingYear()}/${String((w.reportingYear() + 1) % 100).padStart(2, '0')}`
    : String(w.reportingYear() + (w.month < 3 ? 1 : 0));
  const body = c.farm
    ? w.pick(['Agriculture Ministry', 'producers association', 'marketing board'])
    : w.pick(['Mines Ministry', 'industry association', 'Industry Ministry']);
  const farmOnly: (() => string)[] = c.farm
    ? [
        () =>
          `${w.pick(['Dry weather', 'Heavy rains', 'Frost', 'Good growing conditions'])} in the ${w.pick(['north', 'south', 'main producing areas'])} ${w.pick(['cut yields', 'raised yields', 'delayed the harvest'])}, it said.`,
        () => `The area planted was ${whole(w.between(0.2, 12) * 1e6)} hectares.`,
      ]
    : [
        () =>
          `${capitalise(w.pick(['a new plant', 'an expansion at the main mine', 'a strike at the largest producer', 'power shortages']))} ${w.pick(['raised', 'cut'])} output, it said.`,
        () => `Capacity is being expanded to ${volume(c, crop * w.between(1.1, 1.5))} a year.`,
      ];
  const sentences = [
    `${country.name}'s ${season} ${c.noun} ${word} is estimated at ${volume(c, crop)}, ${up ? 'up' : 'down'} from ${volume(c, prior)} ${c.farm ? 'last season' : 'last year'}, the ${country.adjective} ${body} said.`,
    ...w.some(
      [
        ...farmOnly,
        () =>
          `Exports are forecast at ${volume(c, crop * w.between(0.2, 0.7))}, against ${volume(c, prior * w.between(0.2, 0.7))} ${c.farm ? 'last season' : 'last year'}.`,
        () => `Domestic consumption is put at ${volume(c, crop * w.between(0.2, 0.6))}.`,
        () =>
          `${country.agricultureMinister}, the ${c.farm ? 'agriculture' : 'mines'} minister, said ${w.pick(['the government would support prices', 'stocks were adequate', 'output would allow more exports'])}.`,
        () =>
          `Private trade estimates range from ${volume(c, crop * 0.95)} to ${volume(c, crop * 1.05)}.`,
      ],
      1,
      3,
    ),
  ];
  return {
    title,
    place: country.capital,
    paragraphs: w.paragraphs(sentences),
    subject: { country, commodity: c.noun },
  };
}

function exportFigures(w: WireWriter, c: Commodity, country: Country): WireDraft {
  const month = w.monthName(-1);
  const amountNow = roundVolume(w, c.crop[0] / 20, c.crop[1] / 8);
  const before = amountNow / w.between(0.7, 1.3);
  const up = amountNow >= before;
  const title = `${country.name} ${month} ${c.noun} exports ${up ? 'rise' : 'fall'}`;
  const sentences = [
    `${country.name}'s ${c.noun} exports in ${month} totalled ${volume(c, amountNow)}, against ${volume(c, before)} in the same month last year, ${w.pick(['official figures show', 'the marketing board said', country.statsOffice + ' said'])}.`,
    ...w.some(
      [
        () =>
          `Exports in the first ${countWord(w.range(2, 10))} months of the season were ${volume(c, amountNow * w.range(3, 9))}.`,
        () =>
          `The main buyers were ${w.otherCountry([country]).name} and ${w.otherCountry([country]).name}.`,
        () => `Export earnings ${up ? 'rose' : 'fell'} to ${dollars(w.between(20, 900))}.`,
        () =>
          `${capitalise(traders(w))} shipments were ${w.pick(['slowed by port congestion', 'helped by lower freight rates', 'in line with expectations'])}.`,
      ],
      1,
      2,
    ),
  ];
  return {
    title,
    place: country.capital,
    paragraphs: w.paragraphs(sentences),
    subject: { country, commodity: c.noun },
  };
}

function marketReport(w: WireWriter, c: Commodity): WireDraft {
  const city = c.category === 'grain' ? 'CHICAGO' : w.pick(['LONDON', 'NEW YORK']);
  const up = w.chance(0.5);
  const level = w.between(c.quote.min, c.quote.max);
  const grade = w.pick(c.grades);
  const title = w.pick([
    () =>
      `${capitalise(c.noun)} ${w.pick(['futures', 'prices'])} ${up ? w.pick(['firm', 'rise', 'close higher']) : w.pick(['ease', 'fall', 'close lower'])} ${w.pick(['on', 'after'])} ${w.pick(['export demand', 'crop reports', 'profit taking', 'weather news', 'trade buying'])}`,
    () =>
      `${capitalise(c.noun)} market ${up ? 'firmer' : 'weaker'} in ${cityName(city)}, ${w.monthName(w.range(1, 5)).slice(0, 3)} at ${level.toFixed(2)}`,
    () =>
      `${cityName(city)} ${c.noun} ${w.pick(['futures', 'prices'])} close ${(level * w.between(0.005, 0.03)).toFixed(2)} ${up ? 'higher' : 'lower'}`,
  ])();
  const sentences = [
    `${capitalise(grade)} ${w.pick(['futures', 'prices'])} ${up ? 'rose' : 'fell'} on the ${cityName(city)} ${w.pick(['futures exchange', 'market', 'terminal market'])} on ${w.weekday()}, ${traders(w)}.`,
    ...w.some(
      [
        () =>
          `The ${w.monthName(w.range(1, 5))} contract ${up ? 'gained' : 'lost'} ${(level * w.between(0.005, 0.03)).toFixed(2)} to ${level.toFixed(2)} ${c.quote.unit}.`,
        () =>
          `${capitalise(traders(w))} ${w.pick([`reports of ${c.noun} purchases by ${w.country().name} supported the market`, 'speculative selling weighed on prices', 'trade houses were buying on dips', `the ${FARM_AGENCY.replace('the ', '')} report was in line with expectations`])}.`,
        () =>
          `Volume was ${w.pick(['light', 'moderate', 'heavy'])} at about ${whole(w.range(2, 40) * 1000)} lots.`,
        () =>
          `${capitalise(c.noun)} stocks ${w.pick(['rose', 'fell'])} to ${volume(c, roundVolume(w, c.crop[0] / 4, c.crop[1] / 4))}, ${traders(w)}.`,
        () =>
          `The market is expected to ${w.pick(['remain volatile', 'trade in a narrow range', 'follow weather news'])} ${w.pick(['this week', 'until the next crop report'])}.`,
      ],
      1,
      3,
    ),
  ];
  return {
    title,
    place: city,
    paragraphs: w.paragraphs(sentences),
    subject: { commodity: c.noun },
  };
}

function councilTalks(w: WireWriter, c: Commodity, stage: number, country: Country): WireDraft {
  const council = c.council ?? 'the producers council';
  const topic = w.pick(
    c.unit === 'bags'
      ? ['export quotas', 'quota shares']
      : ['a new pact', 'the buffer stock', 'price support', 'export quotas'],
  );
  const kind = ['open', 'progress', 'deadlock', 'progress', 'end'][Math.min(4, stage)]!;
  const councilHead = council.replace(/^the /, '');
  const title =
    kind === 'open'
      ? `${councilHead} opens talks on ${topic} in ${w.pick(['London', 'Geneva', cityName(country.capital)])}`
      : kind === 'deadlock'
        ? `${c.noun} talks ${w.pick(['deadlocked', 'stalled'])} over ${topic}`
        : kind === 'end'
          ? `${c.noun} talks end ${w.pick(['without agreement on ' + topic, 'with accord on ' + topic, 'in deadlock over ' + topic])} -- ${country.adjective} delegate`
          : `${country.name} ${w.pick(['proposes', 'backs', 'rejects'])} ${c.noun} ${w.pick(['quota plan', 'compromise'])}`;
  const sentences = [
    kind === 'open'
      ? `Producers and consumers of ${c.noun} began ${w.pick(['a week of', 'special', 'fresh'])} talks in ${cityName('LONDON')} on ${topic} under ${council}, delegates said.`
      : kind === 'end'
        ? `Talks of ${council} on ${topic} ended ${w.pick(['without agreement', 'with an agreement in principle'])}, delegates said.`
        : `${country.adjective} delegates to ${council} ${w.pick(['put forward', 'rejected', 'backed'])} a compromise on ${topic}, delegates said.`,
    ...w.some(
      [
        () =>
          `Consumer members ${w.pick(['want', 'oppose'])} ${w.pick(['objective criteria for quota shares', 'a larger buffer stock', 'a lower price range'])}.`,
        () => `${capitalise(council)} will meet again in ${w.monthName(w.range(1, 4))}.`,
        () =>
          `${capitalise(c.noun)} prices ${w.pick(['fell', 'rose'])} on the news, ${traders(w)}.`,
        () => `Producers account for about ${pct(w.between(60, 95))} of world ${c.noun} exports.`,
        () =>
          `${country.agricultureMinister}, ${country.adjective} agriculture minister, said his country ${w.pick(['would not accept a smaller quota', 'was ready to compromise', 'wanted an early agreement'])}.`,
      ],
      1,
      3,
    ),
  ];
  return {
    title,
    place: 'LONDON',
    paragraphs: w.paragraphs(sentences),
    subject: { country, commodity: c.noun },
  };
}

function commodityStory(w: WireWriter, c: Commodity, spec: StorySpec): WireDraft {
  if (spec.thread?.kind === 'pact-talks') {
    return councilTalks(
      w,
      c,
      spec.thread.stage,
      spec.thread.countries[w.range(0, spec.thread.countries.length - 1)]!,
    );
  }
  const country = w.country(c.producer);
  const roll = w.random.next();
  if (roll < 0.3) return purchase(w, c, w.otherCountry([country]));
  if (roll < 0.55) return cropEstimate(w, c, country);
  if (roll < 0.7) return exportFigures(w, c, country);
  if (roll < 0.9 || !c.council) return marketReport(w, c);
  return councilTalks(w, c, w.range(0, 4), country);
}

function commodityAside(c: Commodity) {
  return (w: WireWriter, subject: StorySubject): string[] => {
    const country = subject.country ?? w.country(c.producer);
    return w.paragraphs([
      `${country.name} ${w.pick(['also exported', 'shipped', 'sold'])} ${volume(c, roundVolume(w, 2e4, 5e5))} of ${w.pick(c.grades)} in ${w.monthName(-1)}, ${traders(w)}.`,
      `${capitalise(c.noun)} ${w.pick(['prices', 'futures'])} ${w.pick(['rose', 'fell', 'were steady'])} on the news.`,
    ]);
  };
}

// ── grain ────────────────────────────────────────────────────────────────────────────────

function exportProgramme(w: WireWriter, c: Commodity): WireDraft {
  const buyer = w.country();
  const size = roundVolume(w, 5e4, 1e6);
  const title = w.pick([
    () => `${buyer.name} ${w.pick(['gets', 'granted'])} ${c.noun} export credit guarantees`,
    () => `Export bonus ${c.noun} offered to ${buyer.name} -- ${FARM_AGENCY.replace('the ', '')}`,
    () =>
      `${buyer.name} ${w.pick(['gets', 'wins'])} ${volume(c, size)} ${c.noun} under export bonus`,
  ])();
  const sentences = [
    `${capitalise(FARM_AGENCY)} said it ${w.pick(['authorised', 'approved'])} ${dollars(w.between(5, 150))} in export credit guarantees to cover sales of ${volume(c, size)} of ${w.pick(c.grades)} to ${buyer.name}.`,
    ...w.some(
      [
        () =>
          `The sales will be made under the export bonus programme, with the subsidy paid in surplus commodities from government stocks.`,
        () =>
          `Deliveries are to be made during the ${w.reportingYear()}/${String((w.reportingYear() + 1) % 100).padStart(2, '0')} marketing year.`,
        () =>
          `The department said it accepted ${countWord(w.range(2, 8))} bids from exporters at an average bonus of ${w.between(15, 45).toFixed(2)} dlrs a tonne.`,
        () =>
          `${buyer.name} has bought ${volume(c, size * w.range(2, 6))} under the programme since ${w.monthName(-w.range(2, 9))}.`,
      ],
      1,
      2,
    ),
  ];
  return {
    title,
    place: 'WASHINGTON',
    paragraphs: w.paragraphs(sentences),
    subject: { country: buyer, commodity: c.noun },
  };
}

export function composeGrain(w: WireWriter, spec: StorySpec): WireDraft {
  const c = COMMODITIES[w.pick(GRAIN_FLAVOURS)]!;
  if (w.chance(0.2)) return exportProgramme(w, c);
  return commodityStory(w, c, spec);
}

// ── crude and gas ────────────────────────────────────────────────────────────────────────

const CRUDE_GRADES = [
  'light sweet crude',
  'heavy sour crude',
  'benchmark crude',
  'light crude',
  'medium crude',
];

function postings(w: WireWriter): WireDraft {
  const company = w.company(['oil']);
  const up = w.chance(0.55);
  const step = w.pick([0.25, 0.5, 0.75, 1]);
  const level = w.between(14, 21);
  const grade = w.pick(CRUDE_GRADES);
  const title = `${headlineName(w, company, 0.6)} ${up ? 'raises' : 'cuts'} crude ${w.pick(['postings', 'prices', 'oil postings'])}`;
  const sentences = [
    `${firstMention(w, company)} said it ${up ? 'raised' : 'lowered'} the prices it pays for ${grade} oil by ${step >= 1 ? 'one dlr' : `${Math.round(step * 100)} cts`} a barrel, effective ${w.dateFromNow(0, 2)}.`,
    ...w.some(
      [
        () =>
          `The change brings its posted price for ${grade} to ${level.toFixed(2)} dlrs a barrel.`,
        () =>
          `The move follows similar ${up ? 'increases' : 'cuts'} by other oil companies ${w.pick(['this week', 'on ' + w.weekday()])}.`,
        () => `${company.short} last changed its crude postings on ${w.dateFromNow(-30, -5)}.`,
        () =>
          `Oil industry analysts said spot prices had ${up ? 'firmed' : 'weakened'} on ${w.pick(['reports of lower output by exporting countries', 'rising stocks', 'strong demand for heating oil'])}.`,
      ],
      1,
      2,
    ),
  ];
  return {
    title,
    place: company.city,
    paragraphs: w.paragraphs(sentences),
    subject: { company, commodity: 'oil' },
  };
}

function councilMeeting(w: WireWriter, country: Country, stage: number): WireDraft {
  const ceiling = w.between(14, 19).toFixed(1);
  const kind = ['before', 'opens', 'quarrel', 'agree', 'after'][Math.min(4, stage)]!;
  const title =
    kind === 'before'
      ? `${country.name} says ${PETROLEUM_COUNCIL_SHORT} will keep ${ceiling} mln bpd ceiling`
      : kind === 'opens'
        ? `${PETROLEUM_COUNCIL_SHORT} ministers ${w.pick(['meet', 'to meet', 'gather'])} ${w.dateFromNow(0, 10)} on ${w.pick(['output quotas', 'prices', 'the ' + ceiling + ' mln bpd ceiling'])}`
        : kind === 'quarrel'
          ? `${PETROLEUM_COUNCIL_SHORT} split over ${country.adjective} ${w.pick(['quota demand', 'call for higher quota', 'price proposal'])}`
          : kind === 'agree'
            ? `${PETROLEUM_COUNCIL_SHORT} agrees to hold output at ${ceiling} mln bpd`
            : `${country.name} oil minister sees prices ${w.pick(['firm', 'stable', 'rising'])} ${w.pick(['at', 'near', 'above'])} ${w.range(14, 21)} dlrs`;
  const sentences = [
    kind === 'agree'
      ? `${capitalise(PETROLEUM_COUNCIL)} (${PETROLEUM_COUNCIL_SHORT}) agreed to keep its crude oil output ceiling at ${ceiling} mln barrels per day (bpd) for the rest of the year, delegates said.`
      : `${country.adjective} oil minister ${country.oilMinister} said ${PETROLEUM_COUNCIL_SHORT} ${w.pick(['will keep its output ceiling of ' + ceiling + ' mln barrels per day', 'members are producing below their quotas', 'must defend its reference price of 18 dlrs a barrel'])}.`,
    ...w.some(
      [
        () =>
          `${capitalise(PETROLEUM_COUNCIL_SHORT)} ministers ${w.pick(['are due to meet', 'met'])} in ${w.pick(['Vienna', 'Geneva'])} ${w.pick(['next week', 'on ' + w.dateFromNow(2, 20)])}.`,
        () =>
          `${country.name} wants its quota raised to ${w.between(0.8, 2.5).toFixed(2)} mln bpd from ${w.between(0.6, 2).toFixed(2)} mln.`,
        () =>
          `Oil prices ${w.pick(['firmed', 'fell', 'held steady'])} on the news, with ${w.pick(CRUDE_GRADES)} trading at about ${w.between(14, 21).toFixed(2)} dlrs a barrel.`,
        () =>
          `Some members have been selling crude at discounts to official prices, oil traders said.`,
        () =>
          `${capitalise(PETROLEUM_COUNCIL_SHORT)} output in ${w.monthName(-1)} averaged ${w.between(14, 19).toFixed(1)} mln bpd, an industry survey showed.`,
      ],
      1,
      3,
    ),
  ];
  return {
    title,
    place: country.capital,
    paragraphs: w.paragraphs(sentences),
    subject: { country, commodity: 'oil' },
  };
}

function oilOutput(w: WireWriter, country: Country): WireDraft {
  const bpd = w.between(0.2, 5);
  const up = w.chance(0.5);
  const title = `${country.name} oil output ${up ? 'rises' : 'falls'} to ${bpd.toFixed(2)} mln bpd`;
  const sentences = [
    `${country.name}'s crude oil output ${up ? 'rose' : 'fell'} to an average of ${bpd.toFixed(2)} mln barrels per day in ${w.monthName(-1)} from ${(bpd * w.between(0.9, 1.1)).toFixed(2)} mln in ${w.monthName(-2)}, the oil ministry said.`,
    ...w.some(
      [
        () => `Exports averaged ${(bpd * w.between(0.4, 0.8)).toFixed(2)} mln bpd.`,
        () =>
          `Refinery runs ${w.pick(['rose', 'fell'])} to ${whole(w.range(100, 900) * 1000)} bpd.`,
        () => `Proven oil reserves are put at ${w.range(2, 90)} billion barrels.`,
        () =>
          `${country.oilMinister}, oil minister, said output would ${w.pick(['stay within the quota', 'rise when new fields come on stream', 'be cut to support prices'])}.`,
      ],
      1,
      2,
    ),
  ];
  return {
    title,
    place: country.capital,
    paragraphs: w.paragraphs(sentences),
    subject: { country, commodity: 'oil' },
  };
}

function oilFind(w: WireWriter, gas: boolean): WireDraft {
  const company = w.company(gas ? ['gas', 'oil'] : ['oil']);
  const country = w.country(gas ? 'gas' : 'oil');
  const well = `${company.short.split(' ')[0]} ${w.range(1, 40)}-${w.range(1, 9)}`;
  const flow = gas
    ? `${w.between(1, 40).toFixed(1)} mln cubic feet of gas per day`
    : `${whole(w.range(3, 90) * 100)} barrels of oil per day`;
  const title = `${headlineName(w, company, 0.6)} ${w.pick(['makes', 'reports'])} ${gas ? 'gas' : 'oil'} ${w.pick(['find', 'discovery'])} ${w.pick(['in', 'off'])} ${country.name}`;
  const sentences = [
    `${firstMention(w, company)} said its ${well} ${w.pick(['exploratory', 'wildcat', 'appraisal'])} well in ${country.name} tested at a rate of ${flow}.`,
    ...w.some(
      [
        () => `The well was drilled to a depth of ${whole(w.range(40, 160) * 100)} feet.`,
        () =>
          `${company.short} has a ${pct(w.between(10, 60))} interest in the ${w.pick(['block', 'concession', 'licence'])}, with ${w.otherCompany([company], ['oil']).name} holding the rest.`,
        () =>
          `The company said it will drill ${countWord(w.range(2, 5))} more wells to ${w.pick(['appraise the find', 'test the structure'])}.`,
        () =>
          gas
            ? `The gas could be sold to ${w.pick(['a nearby pipeline', 'local utilities', 'an export project'])}.`
            : `The crude is ${w.pick(['light', 'heavy', 'low in sulphur'])}.`,
      ],
      1,
      2,
    ),
  ];
  return {
    title,
    place: company.city,
    paragraphs: w.paragraphs(sentences),
    subject: { company, country, commodity: gas ? 'gas' : 'oil' },
  };
}

function oilMarket(w: WireWriter): WireDraft {
  const up = w.chance(0.5);
  const level = w.between(13, 21);
  const grade = w.pick(CRUDE_GRADES);
  const title = `${w.pick(['Crude oil', 'Oil', capitalise(w.pick(CRUDE_GRADES))])} ${w.pick(['prices', 'futures'])} ${up ? w.pick(['firm', 'rise']) : w.pick(['ease', 'fall'])} to ${level.toFixed(2)} dlrs ${w.pick(['on', 'after'])} ${w.pick(['supply fears', 'stock figures', 'quota reports', 'heating oil demand'])}`;
  const sentences = [
    `${capitalise(grade)} for ${w.monthName(1)} delivery ${up ? 'rose' : 'fell'} ${Math.round(w.between(5, 60))} cts to ${level.toFixed(2)} dlrs a barrel on the New York futures exchange, ${traders(w)}.`,
    ...w.some(
      [
        () => `Heating oil and gasoline futures ${w.pick(['followed', 'also rose', 'also fell'])}.`,
        () =>
          `Traders said ${w.pick(['reports that exporters were exceeding their quotas', 'a larger than expected fall in stocks', 'cold weather in the northeast'])} ${up ? 'supported' : 'weighed on'} prices.`,
        () => `Spot ${grade} was quoted at ${(level - 0.3).toFixed(2)} dlrs a barrel.`,
        () =>
          `Crude oil stocks ${w.pick(['rose', 'fell'])} ${w.between(1, 8).toFixed(1)} mln barrels last week, an industry group said.`,
      ],
      1,
      2,
    ),
  ];
  return {
    title,
    place: w.pick(['NEW YORK', 'LONDON']),
    paragraphs: w.paragraphs(sentences),
    subject: { commodity: 'oil' },
  };
}

export function composeCrude(w: WireWriter, spec: StorySpec): WireDraft {
  if (spec.thread?.kind === 'producers-meeting') {
    return councilMeeting(
      w,
      spec.thread.countries[w.range(0, spec.thread.countries.length - 1)]!,
      spec.thread.stage,
    );
  }
  const roll = w.random.next();
  if (roll < 0.22) return postings(w);
  if (roll < 0.4) return councilMeeting(w, w.country('oil'), w.range(0, 4));
  if (roll < 0.6) return oilOutput(w, w.country('oil'));
  if (roll < 0.78) return oilFind(w, false);
  return oilMarket(w);
}

export function crudeAside(w: WireWriter, subject: StorySubject): string[] {
  const country = subject.country ?? w.country('oil');
  return w.paragraphs([
    `${country.name} also produces about ${w.between(0.2, 3).toFixed(2)} mln barrels per day of crude oil, ${w.pick(['mostly for export', 'from offshore fields'])}.`,
    `Crude oil prices ${w.pick(['firmed', 'eased'])} to about ${w.between(14, 21).toFixed(2)} dlrs a barrel.`,
  ]);
}

function gasRates(w: WireWriter): WireDraft {
  const company = w.company(['gas']);
  const title = `${headlineName(w, company, 0.6)} ${w.pick(['seeks', 'gets', 'files for'])} gas rate ${w.pick(['increase', 'cut'])}`;
  const sentences = [
    `${firstMention(w, company)} said it ${w.pick(['asked regulators to approve', 'received approval for', 'filed for'])} a ${dollars(w.between(2, 80))} ${w.pick(['increase', 'reduction'])} in its natural gas rates.`,
    ...w.some(
      [
        () =>
          `The change would ${w.pick(['raise', 'lower'])} the average residential gas bill by ${pct(w.between(1, 9))}.`,
        () =>
          `${company.short} said lower ${w.pick(['wellhead prices', 'gas purchase costs'])} would be passed on to customers.`,
        () => `The company serves about ${whole(w.range(50, 900) * 1000)} gas customers.`,
        () =>
          `${company.short} said its pipeline throughput rose to ${w.between(0.5, 3).toFixed(2)} billion cubic feet a day.`,
      ],
      1,
      2,
    ),
  ];
  return {
    title,
    place: company.city,
    paragraphs: w.paragraphs(sentences),
    subject: { company, commodity: 'gas' },
  };
}

function gasOutput(w: WireWriter): WireDraft {
  const country = w.country('gas');
  const title = `${country.name} natural gas ${w.pick(['output', 'reserves', 'exports'])} ${w.pick(['rise', 'fall'])}`;
  const sentences = [
    `${country.name}'s natural gas ${w.pick(['production', 'exports'])} ${w.pick(['rose', 'fell'])} ${pct(w.between(1, 15))} in ${w.monthName(-1)} to ${w.between(0.5, 9).toFixed(2)} billion cubic metres, the energy ministry said.`,
    ...w.some(
      [
        () => `Proven gas reserves were estimated at ${w.range(100, 900)} billion cubic metres.`,
        () =>
          `A new pipeline to ${w.otherCountry([country]).name} is due to open ${w.pick(['next year', 'by the end of the year'])}.`,
        () => `Gas prices under long-term contracts are linked to the price of crude oil.`,
        () =>
          `Domestic demand for gas ${w.pick(['rose', 'fell'])} because of ${w.pick(['cold weather', 'lower industrial use'])}.`,
      ],
      1,
      2,
    ),
  ];
  return {
    title,
    place: country.capital,
    paragraphs: w.paragraphs(sentences),
    subject: { country, commodity: 'gas' },
  };
}

export function composeNatGas(w: WireWriter, _spec: StorySpec): WireDraft {
  const roll = w.random.next();
  if (roll < 0.4) return gasRates(w);
  if (roll < 0.7) return oilFind(w, true);
  return gasOutput(w);
}

export function natGasAside(w: WireWriter, subject: StorySubject): string[] {
  return w.paragraphs([
    `${subject.company ? subject.company.short : 'The company'} said ${w.pick(['it also found natural gas', 'associated natural gas will be piped ashore', 'natural gas reserves in the field are estimated at ' + w.range(50, 900) + ' billion cubic feet'])}.`,
    `Natural gas ${w.pick(['prices', 'sales'])} ${w.pick(['rose', 'fell'])} in the period.`,
  ]);
}

// ── shipping ─────────────────────────────────────────────────────────────────────────────

function portStrike(w: WireWriter, country: Country, stage: number, days: number): WireDraft {
  const port = `${cityName(country.capital)} port`;
  const kind = ['start', 'spread', 'talks', 'spread', 'end'][Math.min(4, stage)]!;
  const ships = w.range(10, 120);
  const title =
    kind === 'start'
      ? `${country.name} ${w.pick(['port workers', 'dockers', 'seamen'])} ${w.pick(['strike', 'walk out'])}`
      : kind === 'end'
        ? `${country.name} port strike ${w.pick(['ends', 'called off'])} after ${days} days`
        : kind === 'talks'
          ? `${country.name} port strike talks ${w.pick(['resume', 'fail'])}`
          : `${ships} ships idle in ${country.name} port strike`;
  const sentences = [
    kind === 'start'
      ? `${w.pick(['Dock workers', 'Port workers', 'Seamen'])} at ${port} and other ${country.adjective} ports began a strike over ${w.pick(['pay', 'job cuts', 'new cargo handling rules'])}, halting ${w.pick(['grain and oil shipments', 'container traffic', 'most cargo handling'])}, shipping sources said.`
      : kind === 'end'
        ? `${country.adjective} port workers ended their ${days}-day strike after the union accepted ${w.pick(['a new pay offer', 'a government-brokered settlement'])}, port officials said.`
        : `The strike by ${country.adjective} port workers entered its ${days > 1 ? `${days}th` : 'second'} day, with ${ships} ships waiting to load or discharge, shipping sources said.`,
    ...w.some(
      [
        () =>
          `Grain exporters said ${volume(COMMODITIES.wheat!, roundVolume(w, 5e4, 6e5))} of ${w.pick(['wheat', 'corn', 'soybeans'])} awaited loading.`,
        () =>
          `Talks between the union and the port authority ${w.pick(['broke down', 'are set to resume', 'made little progress'])} on ${w.weekday()}.`,
        () =>
          `Shipowners said the strike was costing ${dollars(w.between(0.2, 3))} a day in demurrage.`,
        () => `Some vessels were diverted to ${w.otherCountry([country]).name}.`,
        () =>
          `The government said it might ${w.pick(['use the army to move cargo', 'order the strikers back to work', 'appoint a mediator'])}.`,
      ],
      1,
      3,
    ),
  ];
  return {
    title,
    place: country.capital,
    paragraphs: w.paragraphs(sentences),
    subject: { country },
  };
}

function shipping(w: WireWriter): WireDraft {
  const roll = w.random.next();
  if (roll < 0.35) {
    const owner = w.company(['shipping']);
    const ships = w.range(2, 12);
    const title = `${headlineName(w, owner, 0.5)} orders ${countWord(ships)} ${w.pick(['tankers', 'bulk carriers', 'container ships'])}`;
    const sentences = [
      `${firstMention(w, owner)} said it ordered ${countWord(ships)} ${w.pick(['tankers', 'bulk carriers', 'container ships'])} of ${whole(w.range(30, 250) * 1000)} deadweight tonnes each from ${w.country().adjective} shipyards for ${dollars(w.between(40, 600))}.`,
      ...w.some(
        [
          () =>
            `Delivery of the vessels is due ${w.pick(['next year', 'in two years', 'from ' + (w.year + 1)])}.`,
          () => `${owner.short} operates a fleet of ${w.range(10, 80)} vessels.`,
          () =>
            `Freight rates for ${w.pick(['grain', 'oil', 'coal'])} cargoes have ${w.pick(['recovered', 'weakened'])} this year, shipbrokers said.`,
        ],
        1,
        3,
      ),
    ];
    return {
      title,
      place: owner.city,
      paragraphs: w.paragraphs(sentences),
      subject: { company: owner },
    };
  }
  if (roll < 0.65) {
    const strait = `the ${w.country().adjective} Strait`;
    const tanker = `${w.country().adjective}-flag tanker`;
    const title = `${capitalise(tanker)} ${w.pick(['hit', 'attacked', 'damaged'])} in ${strait.replace('the ', '')}`;
    const sentences = [
      `A ${whole(w.range(40, 300) * 1000)}-tonne ${tanker} was ${w.pick(['hit by a missile', 'attacked by gunboats', 'damaged by a mine'])} in ${strait} on ${w.weekday()}, shipping sources said.`,
      ...w.some(
        [
          () =>
            `The vessel was carrying ${w.pick(['crude oil', 'refined products', 'liquefied gas'])} and ${w.pick(['caught fire', 'was towed to port', 'continued under its own power'])}.`,
          () => `Marine insurers raised war risk premiums for ships using the waterway.`,
          () =>
            `It was the ${w.pick(['third', 'fifth', 'latest'])} attack on shipping in the area this month.`,
          () => `No casualties were reported among the crew of ${w.range(18, 40)}.`,
        ],
        2,
        3,
      ),
    ];
    return {
      title,
      place: w.pick(['LONDON', 'ATHENS', 'OSLO']),
      paragraphs: w.paragraphs(sentences),
      subject: {},
    };
  }
  const up = w.chance(0.5);
  const fixed = w.between(6, 30);
  const title = `${w.pick(['Freight', 'Tanker', 'Dry cargo', 'Grain freight'])} rates ${up ? 'firm' : 'ease'}${w.chance(0.6) ? ` to ${fixed.toFixed(2)} dlrs` : ''} ${w.pick(['on grain demand', 'as tonnage builds up', 'in quiet market', 'on Gulf cargoes'])}`;
  const sentences = [
    `${w.pick(['Dry cargo', 'Tanker', 'Grain'])} freight rates ${up ? 'firmed' : 'eased'} this week ${w.pick(['on more cargoes from the Gulf', 'as more tonnage became available', 'on demand for grain vessels'])}, shipbrokers said.`,
    ...w.some(
      [
        () =>
          `A ${whole(w.range(20, 120) * 1000)}-tonne cargo of ${w.pick(['grain', 'coal', 'iron ore'])} was fixed at ${fixed.toFixed(2)} dlrs a tonne.`,
        () =>
          `The number of idle ships ${w.pick(['fell', 'rose'])} to ${w.range(100, 900)}, brokers said.`,
        () => `Port congestion in ${w.country().name} ${w.pick(['eased', 'worsened'])}.`,
      ],
      1,
      2,
    ),
  ];
  return { title, place: 'LONDON', paragraphs: w.paragraphs(sentences), subject: {} };
}

export function composeShip(w: WireWriter, spec: StorySpec): WireDraft {
  if (spec.thread?.kind === 'port-strike') {
    const draft = portStrike(
      w,
      spec.thread.countries[0]!,
      spec.thread.stage,
      spec.day - spec.thread.base + 1,
    );
    draft.subject.commodity = w.pick(['grain', 'crude oil', 'sugar', 'wheat', 'soybeans']);
    return draft;
  }
  const draft = w.chance(0.2)
    ? portStrike(w, w.country(), w.range(0, 4), w.range(1, 12))
    : shipping(w);
  // Shipping news is about cargoes: its background speaks of grain, oil, sugar and ore.
  draft.subject.commodity ??= w.pick(['grain', 'crude oil', 'coal', 'sugar', 'iron ore', 'wheat']);
  draft.subject.country ??= w.country();
  return draft;
}

export function shipAside(w: WireWriter, subject: StorySubject): string[] {
  return w.paragraphs([
    `Shipping sources said ${w.range(3, 40)} vessels were waiting to load ${subject.commodity ?? 'cargo'} at ${subject.country ? subject.country.name + "'s" : 'the'} main ports.`,
    `Freight rates ${w.pick(['firmed', 'eased'])} to about ${w.between(6, 30).toFixed(2)} dlrs a tonne.`,
  ]);
}

// ── metals ───────────────────────────────────────────────────────────────────────────────

function goldMine(w: WireWriter, company: Company): WireDraft {
  const grade = w.between(0.05, 0.9);
  const roll = w.random.next();
  if (roll < 0.5) {
    const title = `${headlineName(w, company, 0.7)} ${w.pick(['reports', 'has'])} ${w.pick(['gold assays', 'high-grade gold', 'gold drilling results'])}`;
    const sentences = [
      `${firstMention(w, company)} said drilling on its ${company.short.split(' ')[0]} ${w.pick(['property', 'claims', 'project'])} returned assays of ${grade.toFixed(2)} ounce of gold a ton over ${w.range(3, 40)} feet.`,
      ...w.some(
        [
          () =>
            `The company said the ore body ${w.pick(['remains open at depth', 'extends along a strike length of ' + whole(w.range(2, 30) * 100) + ' feet'])}.`,
          () =>
            `Reserves are estimated at ${whole(w.range(1, 40) * 100000)} tons grading ${(grade * 0.6).toFixed(2)} ounce of gold a ton.`,
          () =>
            `${company.short} plans to begin ${w.pick(['production', 'a feasibility study', 'underground development'])} ${w.pick(['next year', 'this summer', 'in ' + (w.year + 1)])}.`,
          () =>
            `${w.otherCompany([company], ['mining']).name} holds a ${pct(w.between(10, 50), 0)} interest in the project.`,
        ],
        1,
        3,
      ),
    ];
    return {
      title,
      place: company.city,
      paragraphs: w.paragraphs(sentences),
      subject: { company, commodity: 'gold' },
    };
  }
  const ounces = w.range(20, 900) * 1000;
  const title = `${headlineName(w, company, 0.7)} gold output ${w.pick(['rises', 'falls'])}`;
  const sentences = [
    `${firstMention(w, company)} said gold production ${w.pick(['rose', 'fell'])} to ${whole(ounces)} ounces in the ${w.pick(['first quarter', 'second quarter', 'third quarter', 'year'])} from ${whole(ounces * w.between(0.8, 1.2))} ounces a year earlier.`,
    ...w.some(
      [
        () => `Cash costs averaged ${w.range(180, 350)} dlrs an ounce.`,
        () =>
          `The company said ${w.pick(['higher ore grades', 'the new mill', 'lower recoveries'])} ${w.pick(['helped output', 'hurt output'])}.`,
        () => `The average gold price received was ${w.range(380, 480)} dlrs an ounce.`,
      ],
      1,
      2,
    ),
  ];
  return {
    title,
    place: company.city,
    paragraphs: w.paragraphs(sentences),
    subject: { company, commodity: 'gold' },
  };
}

function goldMarket(w: WireWriter): WireDraft {
  const country = w.country('gold');
  const up = w.chance(0.5);
  const level = w.between(380, 480);
  const title = w.pick([
    () =>
      `Gold ${up ? 'rises' : 'falls'} in ${w.pick(['quiet', 'active'])} ${w.pick(['London', 'Zurich', 'Hong Kong'])} trading`,
    () => `${country.name} gold ${w.pick(['output', 'sales', 'exports'])} ${up ? 'rise' : 'fall'}`,
  ])();
  const sentences = [
    w.chance(0.5)
      ? `Gold ${up ? 'rose' : 'fell'} to ${level.toFixed(2)} dlrs an ounce at the afternoon fixing from ${(level + (up ? -4 : 4)).toFixed(2)} dlrs, dealers said.`
      : `${country.name}'s gold ${w.pick(['output', 'sales'])} ${up ? 'rose' : 'fell'} to ${whole(w.range(5, 700) * 1000)} ounces in ${w.monthName(-1)}, the mines ministry said.`,
    ...w.some(
      [
        () =>
          `Dealers said ${w.pick(['the weaker dollar', 'central bank selling', 'investment demand from the Middle East', 'firmer oil prices'])} ${up ? 'supported' : 'weighed on'} the metal.`,
        () => `Silver ${w.pick(['rose', 'fell'])} to ${w.between(5, 8).toFixed(2)} dlrs an ounce.`,
        () =>
          `${capitalise(country.centralBank)} ${w.pick(['sold', 'bought'])} ${w.range(2, 30)} tonnes of gold this year, dealers said.`,
      ],
      1,
      2,
    ),
  ];
  return {
    title,
    place: w.pick(['LONDON', 'ZURICH', 'HONG KONG']),
    paragraphs: w.paragraphs(sentences),
    subject: { country, commodity: 'gold' },
  };
}

export function composeGold(w: WireWriter, _spec: StorySpec): WireDraft {
  return w.chance(0.6) ? goldMine(w, w.company(['mining'])) : goldMarket(w);
}

export function goldAside(w: WireWriter, subject: StorySubject): string[] {
  const name = subject.company ? subject.company.short : 'The company';
  return w.paragraphs([
    `${name} also said gold production at its ${w.pick(['main mine', 'new mill'])} was ${whole(w.range(10, 200) * 1000)} ounces.`,
    `Ore grades averaged ${w.between(0.05, 0.4).toFixed(2)} ounce of gold a ton.`,
  ]);
}

function producerPrice(w: WireWriter, c: Commodity): WireDraft {
  const company = w.company(c.traders);
  const up = w.chance(0.5);
  const level = w.between(c.quote.min, c.quote.max);
  const grade = w.pick(c.grades);
  const title = `${headlineName(w, company, 0.6)} ${up ? 'raises' : 'cuts'} ${c.noun} price`;
  const sentences = [
    `${firstMention(w, company)} said it ${up ? 'raised' : 'cut'} its price for ${grade} by ${pct(w.between(1, 6))} to ${level.toFixed(2)} ${c.quote.unit}, effective ${w.dateFromNow(0, 2)}.`,
    ...w.some(
      [
        () =>
          `${capitalise(c.noun)} futures ${up ? 'rose' : 'fell'} ${change(w.between(0.2, 1.5))} on the news.`,
        () => `Other producers are expected to follow, ${traders(w)}.`,
        () =>
          `${capitalise(c.noun)} stocks in exchange warehouses ${w.pick(['rose', 'fell'])} ${tonnes(w.range(2, 40) * 1000)} last week.`,
        () => `${company.short} last changed its ${c.noun} price on ${w.dateFromNow(-40, -7)}.`,
      ],
      1,
      2,
    ),
  ];
  return {
    title,
    place: company.city,
    paragraphs: w.paragraphs(sentences),
    subject: { company, commodity: c.noun },
  };
}

function mineStrike(w: WireWriter, company: Company, country: Country, stage: number): WireDraft {
  const kind = ['start', 'losses', 'talks', 'losses', 'end'][Math.min(4, stage)]!;
  const mine = `${company.short.split(' ')[0]} copper mine`;
  const title =
    kind === 'start'
      ? `Workers strike at ${country.adjective} copper mine`
      : kind === 'end'
        ? `${country.adjective} copper mine strike ends`
        : kind === 'talks'
          ? `Talks to end ${country.adjective} copper strike ${w.pick(['fail', 'resume'])}`
          : `${capitalise(company.short)} declares force majeure on copper shipments`;
  const sentences = [
    kind === 'start'
      ? `${whole(w.range(2, 12) * 1000)} workers at the ${mine} in ${country.name} went on strike for higher pay, ${firstMention(w, company)} said.`
      : kind === 'end'
        ? `Workers at the ${mine} in ${country.name} returned to work after accepting a ${pct(w.between(5, 20))} pay rise, the company said.`
        : `${firstMention(w, company)} said the strike at its ${mine} in ${country.name} had cost ${tonnes(w.range(2, 30) * 1000)} of copper output so far.`,
    ...w.some(
      [
        () => `The mine produces about ${tonnes(w.range(100, 400) * 1000)} of copper a year.`,
        () =>
          `Copper prices ${w.pick(['rose', 'firmed'])} on the ${w.pick(['London', 'New York'])} market on supply fears, ${traders(w)}.`,
        () =>
          `${company.short} declared force majeure on ${w.pick(['some', 'all'])} shipments of ${w.pick(['cathodes', 'concentrates'])}.`,
        () =>
          `The ${country.adjective} government urged both sides to ${w.pick(['resume talks', 'accept arbitration'])}.`,
      ],
      1,
      2,
    ),
  ];
  return {
    title,
    place: country.capital,
    paragraphs: w.paragraphs(sentences),
    subject: { company, country, commodity: 'copper' },
  };
}

export function composeCopper(w: WireWriter, spec: StorySpec): WireDraft {
  const thread = spec.thread;
  if (thread?.kind === 'mine-strike')
    return mineStrike(w, thread.companies[0]!, thread.countries[0]!, thread.stage);
  const roll = w.random.next();
  if (roll < 0.35) return producerPrice(w, COMMODITIES.copper!);
  if (roll < 0.45) return mineStrike(w, w.company(['mining']), w.country('copper'), w.range(0, 4));
  return commodityStory(w, COMMODITIES.copper!, spec);
}

export function copperAside(w: WireWriter, subject: StorySubject): string[] {
  return w.paragraphs([
    `${subject.company ? subject.company.short : 'The company'} also produced ${tonnes(w.range(5, 120) * 1000)} of copper in the period.`,
    `Copper prices ${w.pick(['rose', 'fell'])} to about ${w.between(60, 95).toFixed(2)} cts a lb.`,
  ]);
}

// ── livestock ────────────────────────────────────────────────────────────────────────────

export function composeLivestock(w: WireWriter, _spec: StorySpec): WireDraft {
  const animal = w.pick(['cattle', 'hogs', 'cattle', 'hogs', 'sheep']);
  const meat = animal === 'cattle' ? 'beef' : animal === 'hogs' ? 'pork' : 'lamb';
  const up = w.chance(0.5);
  const roll = w.random.next();
  if (roll < 0.55) {
    const title = w.pick([
      () =>
        `${capitalise(meat)} output seen ${pct(w.between(1, 9), 0)} ${up ? 'higher' : 'lower'} -- ${FARM_AGENCY.replace('the ', '')}`,
      () =>
        `${capitalise(animal)} on feed ${up ? 'up' : 'down'} ${pct(w.between(1, 9), 0)} -- ${FARM_AGENCY.replace('the ', '')}`,
      () => `${capitalise(animal)} slaughter ${up ? 'rises' : 'falls'} in ${w.monthName(-1)}`,
    ])();
    const sentences = [
      `${capitalise(FARM_AGENCY)} said ${animal} ${w.pick(['on feed', 'slaughter', 'numbers'])} in the major producing states ${up ? 'rose' : 'fell'} ${pct(w.between(1, 9))} from a year ago, to ${w.between(5, 60).toFixed(2)} mln head.`,
      ...w.some(
        [
          () =>
            `${capitalise(meat)} production is forecast at ${w.between(2, 25).toFixed(2)} billion lbs this year, ${up ? 'up' : 'down'} from last year.`,
          () =>
            `Placements of ${animal} ${w.pick(['rose', 'fell'])} ${pct(w.between(1, 12))} in ${w.monthName(-1)}.`,
          () =>
            `Live ${animal} futures ${w.pick(['rose', 'fell'])} ${w.between(0.2, 1.5).toFixed(2)} cts a lb on the ${w.pick(['Chicago', 'Omaha'])} exchange after the report.`,
          () =>
            `Analysts had expected ${w.pick(['a smaller', 'a larger'])} ${w.pick(['increase', 'decline'])}.`,
          () =>
            `Lower feed ${w.pick(['corn', 'grain'])} prices have encouraged producers to expand ${w.pick(['herds', 'hog numbers'])}.`,
        ],
        2,
        4,
      ),
    ];
    return {
      title,
      place: w.pick(['WASHINGTON', 'CHICAGO', 'OMAHA']),
      paragraphs: w.paragraphs(sentences),
      subject: { commodity: meat },
    };
  }
  const country = w.country('cattle');
  const title = w.pick([
    () => `${country.name} ${meat} exports ${up ? 'rise' : 'fall'}`,
    () => `${country.name} ${w.pick(['bans', 'lifts ban on'])} ${meat} imports`,
    () => `${w.pick(['Disease', 'Drought'])} hits ${country.adjective} ${animal} herds`,
  ])();
  const sentences = [
    `${country.name}'s ${meat} exports ${up ? 'rose' : 'fell'} to ${tonnes(w.range(5, 300) * 1000)} in ${w.monthName(-1)}, the ${country.adjective} meat board said.`,
    ...w.some(
      [
        () =>
          `The national ${animal === 'hogs' ? 'hog' : animal} herd is estimated at ${w.between(1, 60).toFixed(1)} mln head.`,
        () =>
          `${w.pick(['Foot and mouth disease', 'Drought', 'Swine fever'])} has ${w.pick(['cut herds in the north', 'led to import bans by several countries'])}.`,
        () =>
          `Prices for live ${animal} ${w.pick(['rose', 'fell'])} ${pct(w.between(1, 15))} at ${w.pick(['main', 'regional'])} markets.`,
        () =>
          `${country.agricultureMinister}, the agriculture minister, said exports to ${w.otherCountry([country]).name} would ${w.pick(['resume', 'be increased'])}.`,
      ],
      1,
      2,
    ),
  ];
  return {
    title,
    place: country.capital,
    paragraphs: w.paragraphs(sentences),
    subject: { country, commodity: meat },
  };
}

export function livestockAside(w: WireWriter, subject: StorySubject): string[] {
  return w.paragraphs([
    `${subject.country ? subject.country.name + "'s" : 'The'} ${w.pick(['cattle', 'hog'])} numbers ${w.pick(['rose', 'fell'])} ${pct(w.between(1, 8))}, ${w.pick(['officials', 'the meat board'])} said.`,
    `Feed demand from livestock producers was ${w.pick(['strong', 'weak'])}.`,
  ]);
}

// ── per category ─────────────────────────────────────────────────────────────────────────

export type CommodityKey = keyof typeof COMMODITIES;

export function composeCommodity(key: CommodityKey) {
  return (w: WireWriter, spec: StorySpec): WireDraft => commodityStory(w, COMMODITIES[key]!, spec);
}

/** Metals and industrial goods: producers' price changes as well as the shared shapes. */
export function composeProduced(key: CommodityKey) {
  return (w: WireWriter, spec: StorySpec): WireDraft => {
    const c = COMMODITIES[key]!;
    return w.chance(0.35) ? producerPrice(w, c) : commodityStory(w, c, spec);
  };
}

export function commodityAsideOf(key: CommodityKey) {
  return commodityAside(COMMODITIES[key]!);
}
