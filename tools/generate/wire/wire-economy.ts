/**
 * Government and market stories: currencies (`money-fx`), interest rates (`interest`), money
 * supply, trade (figures and disputes), and the economic indicators (`gnp`, `cpi`, `jobs`,
 * `ipi`, `bop`, `reserves`, `housing`, `retail`). They share a large vocabulary (pct, billion,
 * rose, central bank, economists, month), as real wire copy does, and differ in a few words.
 */
import { cityName } from './wire-context';
import { MARKET_CITIES } from './wire-lexicon';
import type { Country } from './wire-world';
import { currencies } from './wire-world';
import type { StorySpec, StorySubject, ThreadRef, WireDraft, WireWriter } from './wire-writer';
import { capitalise, countWord, headlineName, pct, whole } from './wire-writer';

function billions(w: WireWriter, min: number, max: number): string {
  return `${w.between(min, max).toFixed(2)} billion`;
}

function economists(w: WireWriter): string {
  return w.pick(['Economists', 'Analysts', 'Bank economists', 'Market analysts']);
}

// ── currencies ───────────────────────────────────────────────────────────────────────────

function fxReport(w: WireWriter, country: Country): WireDraft {
  const city = w.chance(0.6) ? w.pick(MARKET_CITIES) : country.capital;
  const up = w.chance(0.5);
  const rate = w.between(1.2, 180);
  const fmt = (v: number): string => v.toFixed(v > 20 ? 2 : 4);
  const title = w.pick([
    () =>
      `Dollar ${w.pick(['opens', 'closes', 'ends'])} ${up ? w.pick(['higher', 'firmer']) : w.pick(['lower', 'weaker'])} at ${fmt(rate)} ${currencies(country)} in ${cityName(city)}`,
    () =>
      `${capitalise(country.currency)} ${up ? 'eases' : 'firms'} to ${fmt(rate)} against dollar`,
    () =>
      `Dollar ${up ? 'rises' : 'falls'} to ${fmt(rate)} ${currencies(country)} in ${w.pick(['quiet', 'active', 'nervous'])} trading`,
    () => `Dollar seen in ${fmt(rate * 0.98)}-${fmt(rate * 1.02)} ${country.currency} range`,
  ])();
  const sentences = [
    `The dollar ${w.pick(['closed', 'ended', 'opened'])} ${up ? 'higher' : 'lower'} against most major currencies in ${cityName(city)} on ${w.weekday()}, ${w.pick(['dealers said', 'as the market awaited new guidance', 'in moderate trading'])}.`,
    ...w.some(
      [
        () =>
          `It ended at ${fmt(rate)} ${currencies(country)} against ${fmt(rate * (up ? 0.994 : 1.006))} at the opening.`,
        () =>
          `Dealers said ${w.pick([`the market was waiting for ${country.name}'s trade figures`, "central bank intervention limited the dollar's fall", `remarks by ${country.adjective} finance minister ${country.financeMinister} that currencies had stabilised supported the market`, `interest rate differentials continued to favour the ${country.currency}`, 'corporate demand for dollars was strong'])}.`,
        () =>
          `The ${country.currency} ${up ? 'fell' : 'rose'} to ${fmt(rate)} to the dollar from ${fmt(rate * (up ? 0.99 : 1.01))}.`,
        () =>
          `Trading was ${w.pick(['thin', 'active', 'nervous', 'quiet'])} ahead of ${w.pick(['the weekend', 'the meeting of finance ministers', 'the release of trade data', 'a holiday'])}.`,
        () => `${capitalise(country.centralBank)} was not seen in the market, dealers said.`,
        () =>
          `Dealers expect the dollar to trade between ${fmt(rate * 0.98)} and ${fmt(rate * 1.02)} ${currencies(country)} in the coming week.`,
        () =>
          `Sterling ${w.pick(['rose', 'fell', 'was steady'])} against the dollar and the mark was ${w.pick(['firmer', 'weaker', 'little changed'])}.`,
      ],
      1,
      4,
    ),
  ];
  return { title, place: city, paragraphs: w.paragraphs(sentences), subject: { country } };
}

function intervention(w: WireWriter, country: Country, pressure: boolean): WireDraft {
  const size = w.range(100, 900);
  const title = w.pick([
    () =>
      `${country.centralBankHeadline} ${w.pick(['intervenes', 'steps in'])} to support ${country.currency} at ${w.between(1.5, 9).toFixed(4)}`,
    () =>
      `${country.name} central bank buys ${size} mln dlrs of ${currencies(country)}, dealers say`,
    () => `${country.centralBankHeadline} ${w.pick(['sells', 'buys'])} ${size} mln dlrs in market`,
  ])();
  const sentences = [
    `${capitalise(country.centralBank)} intervened in the foreign exchange market to support the ${country.currency}, buying an estimated ${size} mln dlrs worth of ${currencies(country)}, dealers said.`,
    ...w.some(
      [
        () =>
          `The ${country.currency} had fallen to ${w.between(1.5, 9).toFixed(4)} to the dollar ${pressure ? 'after weeks of pressure' : 'earlier in the day'}.`,
        () =>
          `Dealers said the intervention was ${w.pick(['modest', 'heavy', 'coordinated with other central banks'])} and ${w.pick(['steadied the market', 'failed to halt the slide', 'took the market by surprise'])}.`,
        () =>
          `${country.financeMinister}, ${country.adjective} finance minister, said the government would not allow ${w.pick(['disorderly exchange rate movements', 'a further fall of the currency', 'speculation against the ' + country.currency])}.`,
        () =>
          `Money market rates ${w.pick(['rose', 'jumped', 'firmed'])} as the central bank drained liquidity.`,
        () =>
          `Dealers said the bank had spent about ${billions(w, 0.5, 4)} dlrs defending the ${country.currency} this month.`,
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

function officialComment(w: WireWriter, country: Country): WireDraft {
  const title = w.pick([
    () =>
      `${country.name} finance minister says ${country.currency} ${w.pick(['stable', 'level appropriate', 'undervalued'])}`,
    () =>
      `${country.name} to keep ${country.currency} stable, ${country.financeMinister.split(' ')[1]} ${w.pick(['says', 'tells parliament', 'tells reporters'])}`,
    () =>
      `${country.name} wants ${w.pick(['exchange rate', 'currency', country.currency])} stability -- ${country.financeMinister.split(' ')[1]}`,
  ])();
  const sentences = [
    `${country.adjective} finance minister ${country.financeMinister} said the government ${w.pick(['wants exchange rates to remain stable', 'sees no need for further currency adjustments', 'is satisfied with the present level of the ' + country.currency])}.`,
    ...w.some(
      [
        () =>
          `He told ${w.pick(['reporters', 'parliament', 'a news conference'])} that the leading industrial nations ${w.pick(['had agreed in ' + w.monthName(-w.range(1, 4)) + ' to cooperate on exchange rates', 'should coordinate their economic policies'])}.`,
        () =>
          `${country.financeMinister.split(' ')[1]} said a further fall of the dollar would ${w.pick(['hurt exports', 'damage world growth', "not be in anyone's interest"])}.`,
        () =>
          `The ${country.currency} has ${w.pick(['risen', 'fallen'])} about ${pct(w.between(3, 20))} against the dollar since ${w.monthName(-w.range(3, 10))}.`,
        () =>
          `Dealers said the comments ${w.pick(['had little effect on the market', 'helped the dollar recover', 'were seen as a warning to speculators'])}.`,
        () =>
          `He declined to comment on ${w.pick(['central bank intervention', 'interest rates', 'the trade figures due next week'])}.`,
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

function moneyMarket(w: WireWriter, country: Country): WireDraft {
  const provided = w.range(20, 900);
  const shortage = provided * w.between(0.8, 1.6);
  const title = w.pick([
    () =>
      `${country.centralBankHeadline} ${w.pick(['provides', 'adds', 'gives'])} ${provided} mln ${currencies(country)} assistance`,
    () =>
      `${country.name} money market ${w.pick(['shortage', 'deficit'])} forecast at ${Math.round(shortage)} mln`,
    () =>
      `${country.centralBankHeadline} ${w.pick(['drains', 'adds'])} ${provided} mln ${currencies(country)} in money market`,
  ])();
  const sentences = [
    `${capitalise(country.centralBank)} said it provided the money market with ${provided} mln ${currencies(country)} of assistance in the ${w.pick(['morning', 'afternoon', 'early'])} session.`,
    ...w.some(
      [
        () =>
          `This compares with the bank's estimate of a ${Math.round(shortage)} mln ${country.currency} shortage in the system today.`,
        () =>
          `The bank bought ${Math.round(provided * 0.6)} mln ${currencies(country)} of bank bills at ${pct(w.between(3, 12), 3)}.`,
        () =>
          `Money market dealers said overnight rates ${w.pick(['eased', 'firmed', 'were steady'])} at about ${pct(w.between(3, 12), 2)}.`,
        () =>
          `The bank revised its forecast of the shortage ${w.pick(['up', 'down'])} to ${Math.round(shortage * 1.1)} mln ${currencies(country)}.`,
        () =>
          `Dealers said the ${country.currency} was ${w.pick(['steady', 'firmer', 'weaker'])} against the dollar.`,
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

const PRESSURE_STAGES = [
  'report',
  'intervention',
  'comment',
  'rates',
  'intervention',
  'calm',
] as const;

function currencyThread(w: WireWriter, thread: ThreadRef): WireDraft {
  const country = thread.countries[0]!;
  const at = Math.min(PRESSURE_STAGES.length - 1, thread.stage);
  switch (PRESSURE_STAGES[at]) {
    case 'intervention':
      return intervention(w, country, true);
    case 'comment':
      return officialComment(w, country);
    case 'rates':
      return centralBankRate(w, country, 'raise');
    default:
      return fxReport(w, country);
  }
}

export function composeMoneyFx(w: WireWriter, spec: StorySpec): WireDraft {
  if (spec.thread?.kind === 'currency-pressure') return currencyThread(w, spec.thread);
  const country = w.country();
  const roll = w.random.next();
  if (roll < 0.35) return fxReport(w, country);
  if (roll < 0.52) return intervention(w, country, false);
  if (roll < 0.72) return officialComment(w, country);
  return moneyMarket(w, country);
}

export function moneyFxAside(w: WireWriter, subject: StorySubject): string[] {
  const country = subject.country ?? w.country();
  return w.paragraphs([
    `In the foreign exchange market, the ${country.currency} ${w.pick(['firmed', 'eased', 'was steady'])} against the dollar, dealers said.`,
    `${capitalise(country.centralBank)} ${w.pick(['was reported to have intervened to steady the currency', 'was not seen intervening', 'bought dollars to slow the ' + country.currency + "'s rise"])}.`,
  ]);
}

// ── interest rates ───────────────────────────────────────────────────────────────────────

function primeRate(w: WireWriter): WireDraft {
  const bank = w.company(['bank']);
  const up = w.chance(0.5);
  const from = w.between(6, 10);
  const to = from + (up ? 0.25 : -0.25) * w.range(1, 2);
  const fmt = (v: number): string => `${v.toFixed(2)} pct`;
  const title = `${headlineName(w, bank, 0.5)} ${up ? 'raises' : 'lowers'} prime rate to ${fmt(to)}`;
  const sentences = [
    `${bank.name} said it ${up ? 'raised' : 'lowered'} its prime lending rate to ${fmt(to)} from ${fmt(from)}, effective ${w.pick(['immediately', 'tomorrow', w.dateFromNow(1, 3)])}.`,
    ...w.some(
      [
        () =>
          `The move follows similar ${up ? 'increases' : 'cuts'} by other major banks ${w.pick(['on ' + w.weekday(), 'earlier this week'])}.`,
        () =>
          `${bank.short} is the ${w.pick(['first', 'second', 'latest'])} major bank to ${up ? 'raise' : 'cut'} its rate.`,
        () =>
          `${economists(w)} said the move reflects ${up ? 'higher' : 'lower'} money market rates and ${w.pick(['the weaker dollar', 'signs of rising inflation', 'slower economic growth'])}.`,
        () => `The prime rate is the base for many corporate and consumer loans.`,
        () =>
          `Rates on federal funds, which banks charge each other for overnight loans, were ${pct(w.between(5, 9), 2)}.`,
      ],
      1,
      2,
    ),
  ];
  return {
    title,
    place: bank.city,
    paragraphs: w.paragraphs(sentences),
    subject: { company: bank },
  };
}

function centralBankRate(
  w: WireWriter,
  country: Country,
  move: 'raise' | 'cut' | 'hold',
): WireDraft {
  const rate = w.between(2.5, 11);
  const step = w.pick([0.25, 0.5, 1]);
  const newRate = move === 'raise' ? rate + step : move === 'cut' ? rate - step : rate;
  const kind = w.pick(['discount', 'lombard', 'repurchase', 'key lending']);
  const title =
    move === 'hold'
      ? w.pick([
          `${country.centralBankHeadline} leaves credit policy unchanged`,
          `${country.centralBankHeadline} leaves ${kind} rate at ${pct(rate, 2)}`,
          `${country.name} keeps ${kind} rate steady at ${pct(rate, 2)}`,
        ])
      : `${country.centralBankHeadline} ${move === 'raise' ? 'raises' : 'cuts'} ${kind} rate to ${pct(newRate, 2)}`;
  const lead =
    move === 'hold'
      ? `${capitalise(country.centralBank)} left its ${kind} rate unchanged at ${pct(rate, 2)} after its regular ${w.pick(['council', 'board'])} meeting, a spokesman said.`
      : `${capitalise(country.centralBank)} said it ${move === 'raise' ? 'raised' : 'cut'} its ${kind} rate to ${pct(newRate, 2)} from ${pct(rate, 2)}, effective ${w.dateFromNow(0, 2)}.`;
  const sentences = [
    lead,
    ...w.some(
      [
        () =>
          `The move had been ${w.pick(['widely expected', 'expected by some dealers', 'unexpected'])} after ${w.pick(['a fall in money market rates', 'weeks of pressure on the ' + country.currency, 'weak growth figures', 'a rise in inflation'])}.`,
        () =>
          `${economists(w)} said the ${move === 'cut' ? 'cut' : 'decision'} was aimed at ${w.pick(['stimulating growth', 'supporting the ' + country.currency, 'curbing inflation', 'bringing down market rates'])}.`,
        () =>
          `${country.bankGovernor}, governor of the central bank, said monetary policy would remain ${w.pick(['cautious', 'unchanged', 'flexible'])}.`,
        () =>
          `Commercial banks are expected to ${move === 'raise' ? 'raise' : 'lower'} their lending rates ${w.pick(['soon', 'next week', 'in line'])}.`,
        () =>
          `Money market rates ${w.pick(['eased', 'firmed', 'were little changed'])} after the announcement.`,
        () => `Inflation in ${country.name} ran at ${pct(w.between(1, 9))} in ${w.monthName(-1)}.`,
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

function billAuction(w: WireWriter, country: Country): WireDraft {
  const term = w.pick(['three-month', 'six-month', '91-day', 'one-year']);
  const rate = w.between(3, 12);
  const up = w.chance(0.5);
  const title = `${country.name} ${term} bill rate ${up ? 'rises' : 'falls'} to ${pct(rate, 2)}`;
  const sentences = [
    `The average yield on ${country.name}'s ${term} treasury bills ${up ? 'rose' : 'fell'} to ${pct(rate, 2)} at this week's auction from ${pct(rate + (up ? -0.2 : 0.2), 2)} last week, the ${w.pick(['central bank', 'finance ministry'])} said.`,
    ...w.some(
      [
        () =>
          `Bids totalled ${billions(w, 1, 9)} ${currencies(country)} for the ${billions(w, 0.5, 3)} ${currencies(country)} offered.`,
        () =>
          `Dealers said ${w.pick(['demand was strong', 'demand was weak', 'the result was in line with expectations'])}.`,
        () =>
          `${economists(w)} said rates ${w.pick(['could ease further', 'were likely to stay firm', 'reflected tight money market conditions'])}.`,
      ],
      1,
      2,
    ),
  ];
  return {
    title,
    place: country.capital,
    paragraphs: w.paragraphs(sentences),
    subject: { country },
  };
}

export function composeInterest(w: WireWriter, _spec: StorySpec): WireDraft {
  const roll = w.random.next();
  if (roll < 0.3) return primeRate(w);
  const country = w.country();
  if (roll < 0.72)
    return centralBankRate(w, country, w.pick(['raise', 'cut', 'cut', 'hold'] as const));
  if (roll < 0.86) return billAuction(w, country);
  return moneyMarket(w, country);
}

export function interestAside(w: WireWriter, subject: StorySubject): string[] {
  const country = subject.country ?? w.country();
  return w.paragraphs([
    `${economists(w)} said the figures ${w.pick(['increase the chance of lower interest rates', 'make a rise in interest rates more likely', 'leave little room for a cut in interest rates'])} in ${country.name}.`,
    `${capitalise(country.centralBank)}'s discount rate has been ${pct(w.between(2.5, 10), 2)} since ${w.monthName(-w.range(1, 8))}.`,
  ]);
}

export function composeMoneySupply(w: WireWriter, _spec: StorySpec): WireDraft {
  const country = w.country();
  const growth = w.between(-1, 2.5);
  const measure = w.pick(['M-3', 'M-1', 'M-2', 'broad']);
  const title = `${country.name} ${measure} money supply ${growth >= 0 ? 'rises' : 'falls'} ${pct(growth)} in ${w.monthName(-1)}`;
  const sentences = [
    `${country.name}'s ${measure} money supply ${growth >= 0 ? 'rose' : 'fell'} ${pct(growth)} in ${w.monthName(-1)} to ${billions(w, 50, 900)} ${currencies(country)}, ${country.centralBank} said.`,
    ...w.some(
      [
        () =>
          `In ${w.monthName(-2)} it ${w.pick(['rose', 'fell'])} a revised ${pct(w.between(0, 2))}.`,
        () =>
          `The year-on-year rise was ${pct(w.between(2, 14))}, ${w.pick(['above', 'within', 'below'])} the bank's target range of ${w.range(3, 6)} to ${w.range(7, 9)} pct.`,
        () => `M-1 money supply ${w.pick(['rose', 'fell'])} ${pct(w.between(0, 3))} in the month.`,
        () =>
          `${economists(w)} said the figures ${w.pick(['reduce the chance of an early cut in interest rates', 'give the central bank room to ease credit', 'were in line with forecasts'])}.`,
        () =>
          `Bank lending to the private sector rose ${billions(w, 0.5, 5)} ${currencies(country)}.`,
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

// ── trade ────────────────────────────────────────────────────────────────────────────────

const TRADE_GOODS = [
  'semiconductors',
  'textiles',
  'steel',
  'farm products',
  'cars',
  'beef and citrus',
  'machine tools',
  'footwear',
  'consumer electronics',
  'lumber',
];

function tradeFigures(w: WireWriter, country: Country): WireDraft {
  const surplus = w.chance(0.5);
  const widened = w.chance(0.5);
  const balance = billions(w, 0.3, 9);
  const word = surplus ? 'surplus' : 'deficit';
  const title = w.pick([
    () => `${country.name} trade ${word} ${widened ? 'widens' : 'narrows'} in ${w.monthName(-1)}`,
    () => `${country.name} ${w.monthName(-1)} trade ${word} ${balance} ${currencies(country)}`,
  ])();
  const partner = w.otherCountry([country]);
  const sentences = [
    `${country.name}'s trade ${word} ${widened ? 'widened' : 'narrowed'} to ${balance} ${currencies(country)} in ${w.monthName(-1)} from ${billions(w, 0.3, 9)} in ${w.monthName(-2)}, ${country.statsOffice} said.`,
    ...w.some(
      [
        () =>
          `Exports ${w.pick(['rose', 'fell'])} ${pct(w.between(0.5, 15))} to ${billions(w, 5, 40)} ${currencies(country)}, while imports ${w.pick(['rose', 'fell'])} ${pct(w.between(0.5, 15))} to ${billions(w, 5, 40)}.`,
        () =>
          `The ${w.pick(['surplus', 'deficit'])} with ${partner.name} ${w.pick(['grew', 'shrank'])} to ${billions(w, 0.1, 4)} ${currencies(country)}.`,
        () =>
          `${economists(w)} had forecast a ${word} of about ${billions(w, 0.3, 9)} ${currencies(country)}.`,
        () =>
          `${country.tradeMinister}, the trade minister, said the figures showed ${w.pick(['that exports were recovering', 'the effect of the stronger ' + country.currency, 'a need for more restraint on imports'])}.`,
        () =>
          `Oil imports ${w.pick(['rose', 'fell'])} to ${billions(w, 0.2, 3)} ${currencies(country)} in the month.`,
        () =>
          `For the first ${countWord(w.range(2, 11))} months of the year the ${word} totalled ${billions(w, 2, 60)} ${currencies(country)}.`,
      ],
      1,
      4,
    ),
  ];
  return {
    title,
    place: country.capital,
    paragraphs: w.paragraphs(sentences),
    subject: { country },
  };
}

function tradeDispute(
  w: WireWriter,
  a: Country,
  b: Country,
  goods: string,
  stage: number,
): WireDraft {
  const value = w.range(100, 900);
  const kind = ['threat', 'talks', 'threat', 'tariffs', 'talks', 'deal'][Math.min(5, stage)]!;
  const title =
    kind === 'threat'
      ? `${a.name} threatens tariffs on ${b.adjective} ${goods}`
      : kind === 'talks'
        ? `${a.name}, ${b.name} trade talks ${w.pick(['end without agreement', 'make progress', 'to resume'])}`
        : kind === 'tariffs'
          ? `${a.name} imposes tariffs on ${value} mln dlrs of ${b.adjective} goods`
          : `${a.name}, ${b.name} reach accord on ${goods} trade`;
  const sentences = [
    kind === 'threat'
      ? `${a.name} will impose ${w.pick(['100 pct', 'punitive', 'higher'])} tariffs on about ${value} mln dlrs of ${b.adjective} ${goods} unless ${b.name} opens its market, trade minister ${a.tradeMinister} said.`
      : kind === 'talks'
        ? `Trade talks between ${a.name} and ${b.name} on ${goods} ${w.pick(['ended without agreement', 'made some progress', 'were adjourned'])} after ${countWord(w.range(2, 5))} days, officials said.`
        : kind === 'tariffs'
          ? `${a.name} imposed tariffs on ${value} mln dlrs of ${b.adjective} imports in retaliation for what it called unfair trade practices in ${goods}.`
          : `${a.name} and ${b.name} reached an agreement on ${goods} trade that ${w.pick(['averts the threatened tariffs', 'opens the ' + b.adjective + ' market to more imports', 'sets limits on exports'])}, officials said.`,
    ...w.some(
      [
        () =>
          `${b.tradeMinister}, ${b.adjective} trade minister, said ${b.name} ${w.pick(['would retaliate', 'regretted the decision', 'had already done much to open its market', 'hoped to settle the dispute through talks'])}.`,
        () =>
          `${a.name}'s trade deficit with ${b.name} reached ${billions(w, 2, 40)} dlrs last year.`,
        () =>
          `Officials said the dispute could ${w.pick(['spread to other products', 'hurt world trade', 'be taken to the world trade body'])}.`,
        () =>
          `${economists(w)} said protectionist pressure in ${a.name} had been growing for months.`,
        () =>
          `Exporters of ${goods} in ${b.name} said they ${w.pick(['feared heavy losses', 'would seek other markets', 'had cut shipments already'])}.`,
        () =>
          `The next round of talks is scheduled for ${w.dateFromNow(7, 40)} in ${cityName(a.capital)}.`,
      ],
      1,
      3,
    ),
  ];
  return {
    title,
    place: w.chance(0.6) ? a.capital : b.capital,
    paragraphs: w.paragraphs(sentences),
    subject: { country: a },
  };
}

export function composeTrade(w: WireWriter, spec: StorySpec): WireDraft {
  const thread = spec.thread;
  if (thread?.kind === 'trade-dispute') {
    return tradeDispute(
      w,
      thread.countries[0]!,
      thread.countries[1]!,
      thread.commodity,
      thread.stage,
    );
  }
  const country = w.country();
  if (w.chance(0.5)) return tradeFigures(w, country);
  return tradeDispute(w, country, w.otherCountry([country]), w.pick(TRADE_GOODS), w.range(0, 5));
}

export function tradeAside(w: WireWriter, subject: StorySubject): string[] {
  const country = subject.country ?? w.country();
  return w.paragraphs([
    `${country.name}'s trade ${w.pick(['surplus', 'deficit'])} ${w.pick(['widened', 'narrowed'])} to ${billions(w, 0.3, 9)} ${currencies(country)} in ${w.monthName(-1)}, with exports ${w.pick(['up', 'down'])} ${pct(w.between(1, 12))}.`,
    `Officials said ${w.pick(['exports would benefit from the weaker ' + country.currency, 'imports continued to grow strongly', 'the trade figures were better than expected'])}.`,
  ]);
}

// ── indicators ───────────────────────────────────────────────────────────────────────────

interface Indicator {
  /** `consumer prices`, as a sentence names it. */
  noun: string;
  /** As headlines name it. */
  headline: string;
  /** Monthly, or quarterly. */
  quarterly: boolean;
  drivers: readonly string[];
  extras: readonly ((w: WireWriter, c: Country) => string)[];
}

const INDICATORS: Record<string, Indicator> = {
  cpi: {
    noun: 'consumer prices',
    headline: 'consumer prices',
    quarterly: false,
    drivers: [
      'higher food prices',
      'rising energy costs',
      'increases in rents',
      'lower petrol prices',
      'higher clothing prices',
    ],
    extras: [
      (w) =>
        `The year-on-year inflation rate was ${pct(w.between(0.5, 12))}, against ${pct(w.between(0.5, 12))} in ${w.monthName(-2)}.`,
      (w) =>
        `The consumer price index stood at ${w.between(100, 190).toFixed(1)} (base 1980 equals 100).`,
      (w) =>
        `${economists(w)} said inflation was likely to ${w.pick(['ease', 'accelerate', 'stay around this level'])} in the coming months.`,
    ],
  },
  gnp: {
    noun: 'gross national product',
    headline: 'GNP',
    quarterly: true,
    drivers: [
      'strong consumer spending',
      'higher exports',
      'a fall in business investment',
      'weak construction activity',
      'a build-up of inventories',
    ],
    extras: [
      (w) => `Gross domestic product grew ${pct(w.between(-1, 5))} in the same period.`,
      (w) => `The government forecasts economic growth of ${pct(w.between(1, 5))} for the year.`,
      (w) =>
        `${economists(w)} said the economy was ${w.pick(['slowing', 'recovering', 'growing steadily'])}.`,
    ],
  },
  jobs: {
    noun: 'unemployment rate',
    headline: 'unemployment',
    quarterly: false,
    drivers: [
      'seasonal factors',
      'job losses in manufacturing',
      'growth in service jobs',
      'layoffs in the steel industry',
    ],
    extras: [
      (w) =>
        `The number of people out of work ${w.pick(['rose', 'fell'])} to ${w.range(200, 3200)},000.`,
      (w) => `Non-farm payrolls ${w.pick(['rose', 'fell'])} by ${w.range(20, 400)},000 jobs.`,
      (w, c) =>
        `${c.name}'s labour minister said the jobless figures were ${w.pick(['disappointing', 'encouraging', 'in line with expectations'])}.`,
    ],
  },
  ipi: {
    noun: 'industrial production',
    headline: 'industrial output',
    quarterly: false,
    drivers: [
      'higher output of cars',
      'a fall in mining output',
      'stronger factory orders',
      'weak demand for steel',
      'lower energy production',
    ],
    extras: [
      (w) =>
        `Manufacturing output ${w.pick(['rose', 'fell'])} ${pct(w.between(0.1, 4))} in the month.`,
      (w) => `Capacity utilisation ${w.pick(['rose', 'fell'])} to ${pct(w.between(74, 86))}.`,
      (w) =>
        `Compared with a year earlier, output was ${w.pick(['up', 'down'])} ${pct(w.between(0.2, 7))}.`,
    ],
  },
  bop: {
    noun: 'current account',
    headline: 'current account',
    quarterly: false,
    drivers: [
      'a larger trade surplus',
      'higher interest payments abroad',
      'lower tourism receipts',
      'a fall in oil import costs',
    ],
    extras: [
      (w) =>
        `The balance of payments on the basic account showed a ${w.pick(['surplus', 'deficit'])} of ${w.between(0.1, 5).toFixed(2)} billion dlrs.`,
      (w) => `Long-term capital outflows totalled ${w.between(0.2, 8).toFixed(2)} billion dlrs.`,
      (w) =>
        `The invisibles balance was in ${w.pick(['surplus', 'deficit'])} by ${w.range(100, 900)} mln dlrs.`,
    ],
  },
  reserves: {
    noun: 'gold and foreign exchange reserves',
    headline: 'reserves',
    quarterly: false,
    drivers: [
      'central bank intervention',
      'repayment of foreign debt',
      'capital inflows',
      'valuation changes',
    ],
    extras: [
      (w) =>
        `Foreign exchange reserves alone ${w.pick(['rose', 'fell'])} to ${w.between(1, 60).toFixed(2)} billion dlrs.`,
      (w) => `Gold holdings were unchanged at ${w.range(1, 60)} mln ounces.`,
      (w) =>
        `Dealers said the fall reflected ${w.pick(['heavy intervention to support the currency', 'debt repayments'])}.`,
    ],
  },
  housing: {
    noun: 'housing starts',
    headline: 'housing starts',
    quarterly: false,
    drivers: [
      'lower mortgage rates',
      'bad weather',
      'a fall in apartment building',
      'strong demand for single-family homes',
    ],
    extras: [
      (w) =>
        `Building permits ${w.pick(['rose', 'fell'])} ${pct(w.between(0.5, 12))} to a seasonally adjusted annual rate of ${w.between(1, 2).toFixed(2)} mln units.`,
      (w) => `Single-family starts ${w.pick(['rose', 'fell'])} ${pct(w.between(0.5, 10))}.`,
    ],
  },
  wpi: {
    noun: 'wholesale prices',
    headline: 'wholesale prices',
    quarterly: false,
    drivers: [
      'higher prices for raw materials',
      'lower oil prices',
      'dearer imports',
      'higher farm prices',
    ],
    extras: [
      (w) =>
        `The wholesale price index stood at ${w.between(95, 180).toFixed(1)}, ${pct(w.between(0.2, 9))} ${w.pick(['above', 'below'])} its level a year earlier.`,
      (w) =>
        `Prices of imported goods ${w.pick(['rose', 'fell'])} ${pct(w.between(0.2, 6))} in the month.`,
    ],
  },
  income: {
    noun: 'personal income',
    headline: 'personal income',
    quarterly: false,
    drivers: [
      'higher wages and salaries',
      'farm subsidy payments',
      'lower interest income',
      'a rise in transfer payments',
    ],
    extras: [
      (w) =>
        `Personal consumption spending ${w.pick(['rose', 'fell'])} ${pct(w.between(0.1, 2))} in the month.`,
      (w) =>
        `The savings rate ${w.pick(['rose', 'fell'])} to ${pct(w.between(2, 9))} of disposable income.`,
    ],
  },
  retail: {
    noun: 'retail sales',
    headline: 'retail sales',
    quarterly: false,
    drivers: [
      'higher car sales',
      'weak department store sales',
      'strong demand for clothing',
      'holiday spending',
    ],
    extras: [
      (w) => `Excluding cars, sales ${w.pick(['rose', 'fell'])} ${pct(w.between(0.1, 3))}.`,
      (w) => `Sales at department stores ${w.pick(['rose', 'fell'])} ${pct(w.between(0.1, 6))}.`,
    ],
  },
};

function indicatorStory(w: WireWriter, key: string, country: Country): WireDraft {
  const indicator = INDICATORS[key]!;
  const value = key === 'jobs' ? w.between(2, 14) : w.between(-2.5, 4.5);
  const up = key === 'jobs' ? w.chance(0.5) : value >= 0;
  const lastQuarter = ['fourth', 'first', 'second', 'third'][Math.floor(w.month / 3)]!;
  const when = indicator.quarterly ? `the ${lastQuarter} quarter` : w.monthName(-1);
  const what =
    key === 'jobs'
      ? `to ${pct(value)}`
      : key === 'reserves'
        ? `${whole(w.range(100, 3000))} mln dlrs`
        : pct(value);
  const plural = / (prices|sales|starts)$|^reserves$/.test(indicator.headline);
  const verb = up
    ? w.pick([plural ? 'rise' : 'rises', plural ? 'rise' : 'rises', 'up'])
    : w.pick([plural ? 'fall' : 'falls', plural ? 'fall' : 'falls', 'down']);
  const title =
    key === 'bop'
      ? `${country.name} ${w.monthName(-1)} current account ${w.pick(['surplus', 'deficit'])} ${w.between(0.1, 6).toFixed(2)} billion dlrs`
      : `${country.name} ${indicator.headline} ${verb} ${what} in ${indicator.quarterly ? w.pick(['quarter', `${lastQuarter === 'first' ? '1st' : lastQuarter === 'second' ? '2nd' : lastQuarter === 'third' ? '3rd' : '4th'} qtr`]) : w.monthName(-1)}`;
  const lead =
    key === 'bop'
      ? `${country.name}'s ${indicator.noun} showed a ${w.pick(['surplus', 'deficit'])} of ${w.between(0.1, 6).toFixed(2)} billion dlrs in ${when}, against ${w.between(0.1, 6).toFixed(2)} billion in ${w.monthName(-2)}, ${country.centralBank} said.`
      : `${country.name}'s ${indicator.noun} ${up ? 'rose' : 'fell'} ${what} in ${when}${w.chance(0.6) ? `, after a ${pct(w.between(0.1, 3))} ${w.pick(['rise', 'fall'])} in the previous ${indicator.quarterly ? 'quarter' : 'month'}` : ''}, ${w.chance(0.7) ? country.statsOffice : 'the government'} said.`;
  const sentences = [
    lead,
    ...w.some(
      [
        () => `The ${up ? 'rise' : 'fall'} was due mainly to ${w.pick(indicator.drivers)}.`,
        ...indicator.extras.map((extra) => () => extra(w, country)),
        () =>
          `${economists(w)} had forecast a ${w.pick(['rise', 'fall'])} of about ${pct(w.between(0.1, 3))}.`,
        () =>
          `${country.financeMinister}, finance minister, said the figures ${w.pick(['confirmed that the economy was on course', 'showed the need for lower interest rates', 'were disappointing'])}.`,
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

export function composeIndicator(key: string) {
  return (w: WireWriter, _spec: StorySpec): WireDraft => indicatorStory(w, key, w.country());
}

export function indicatorAside(key: string) {
  return (w: WireWriter, subject: StorySubject): string[] => {
    const country = subject.country ?? w.country();
    const indicator = INDICATORS[key]!;
    const up = w.chance(0.5);
    const when = indicator.quarterly ? 'the latest quarter' : w.monthName(-1);
    const news =
      key === 'bop'
        ? `Separately, ${country.centralBank} said the ${indicator.noun} showed a ${w.pick(['surplus', 'deficit'])} of ${w.between(0.1, 6).toFixed(2)} billion dlrs in ${when}.`
        : key === 'reserves'
          ? `Separately, ${country.centralBank} said its ${indicator.noun} ${up ? 'rose' : 'fell'} ${w.range(50, 900)} mln dlrs in ${when}.`
          : key === 'jobs'
            ? `Separately, ${country.statsOffice} said the ${indicator.noun} ${up ? 'rose' : 'fell'} to ${pct(w.between(2, 14))} in ${when}.`
            : `Separately, ${country.statsOffice} said ${indicator.noun} ${up ? 'rose' : 'fell'} ${pct(w.between(0.1, 4))} in ${when}.`;
    return w.paragraphs([
      news,
      `The ${up ? 'rise' : 'fall'} reflected ${w.pick(indicator.drivers)}.`,
    ]);
  };
}

export function moneySupplyAside(w: WireWriter, subject: StorySubject): string[] {
  const country = subject.country ?? w.country();
  return w.paragraphs([
    `${country.name}'s M-3 money supply ${w.pick(['rose', 'fell'])} ${pct(w.between(0.1, 2))} in ${w.monthName(-1)}, ${country.centralBank} said.`,
    `Monetary growth was ${w.pick(['above', 'within', 'below'])} the central bank's target range.`,
  ]);
}
