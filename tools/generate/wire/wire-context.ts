/**
 * Background sentences a wire story adds around its news, shared by every category of a
 * family: about a company (what it makes, what it earned, its shares, its debt, an analyst's
 * view), about a country's economy (inflation, growth, the budget, the currency, a minister),
 * about a commodity market (weather, shipments, producer prices, stocks, buyers). They are why
 * a deal story reads much like a results story about the same company, and a currency story
 * like a trade story about the same country: real wire copy overlaps that way, and the
 * categories are only separable by their few telling words.
 *
 * Each function returns sentence makers (drawn only when chosen by `WireWriter.some`).
 */
import type { Company, Country } from './wire-world';
import { currencies } from './wire-world';
import type { WireWriter } from './wire-writer';
import {
  capitalise,
  countWord,
  dollars,
  ordinal,
  pct,
  perShare,
  price,
  whole,
} from './wire-writer';

export type SentenceMaker = () => string;

const EXCHANGES = ['the Big Board', 'the American exchange', 'the over-the-counter market'];
const SPOKEN_QUARTERS = ['first quarter', 'second quarter', 'third quarter', 'fourth quarter'];

export function cityName(city: string): string {
  return city
    .split(',')[0]!
    .toLowerCase()
    .replace(/(^|[\s.-])(\p{L})/gu, (match) => match.toUpperCase());
}

export function analyst(w: WireWriter): string {
  const firm = w.company(['broker', 'bank']);
  return `${w.person()}, an analyst with ${firm.name}`;
}

/** Background on a company: what it is, what it earned, its stock, its plans. */
export function companyContext(w: WireWriter, company: Company): SentenceMaker[] {
  const short = company.short;
  const product = (): string => w.pick(company.industry.products);
  return [
    () =>
      `${short}, based in ${cityName(company.city)}, ${w.pick(['makes', 'is engaged in', 'specialises in'])} ${product()} and had ${w.reportingYear()} ${w.pick(['sales', 'revenues'])} of ${dollars(company.size * w.between(0.9, 1.1))}.`,
    () =>
      `${short} earned ${dollars(company.size * w.between(0.02, 0.08))}, or ${perShare(w.between(0.2, 3.5))} a share, on ${w.pick(['sales', 'revenues'])} of ${dollars(company.size)} in ${w.reportingYear()}.`,
    () =>
      `In the ${w.pick(SPOKEN_QUARTERS)}, ${short} reported net income of ${dollars(company.size * w.between(0.005, 0.02))}, ${w.pick(['up', 'down'])} from ${dollars(company.size * w.between(0.005, 0.02))} a year earlier.`,
    () =>
      `${short} shares ${w.pick(['closed', 'were trading'])} at ${price(w.between(6, 80))}, ${w.pick(['up', 'down'])} ${price(w.between(0.1, 2.5))}, on ${w.pick(EXCHANGES)}.`,
    () =>
      `${short} has about ${dollars(company.size * w.between(0.1, 0.6))} of long-term debt and ${whole(company.shares * 1_000_000)} shares outstanding.`,
    () =>
      `The company employs about ${whole(Math.round(company.size * w.between(4, 15)))} people at ${countWord(w.range(2, 12))} plants.`,
    () =>
      `${analyst(w)}, said ${short}'s ${product()} business ${w.pick(['has been growing strongly', 'remains under pressure', 'should recover this year', 'is the key to its earnings'])}.`,
    () =>
      `${company.chairman}, chairman of ${short}, said the company ${w.pick(['plans to expand', 'will concentrate on', 'is reviewing', 'expects further growth in'])} its ${product()} operations.`,
    () =>
      `Earlier this year ${short} ${w.pick(['sold', 'closed', 'bought', 'merged'])} its ${product()} ${w.pick(['unit', 'division', 'plant', 'subsidiary'])}.`,
    () =>
      `${short} said it expects ${w.reportingYear() + (w.month < 3 ? 1 : 0)} earnings to ${w.pick(['improve', 'be lower', 'match last year', 'rise modestly'])} because of ${w.pick(['cost cuts', 'weak demand', 'higher prices for its products', 'the weaker dollar', 'lower interest costs'])}.`,
    () =>
      `${w.otherCompany([company]).name} holds about ${pct(w.between(3, 30))} of ${short}'s shares.`,
    () => `${short} pays a quarterly dividend of ${perShare(w.range(5, 60) / 100)} a share.`,
    () =>
      `${company.president}, president of ${short}, said ${w.pick(['the company remains profitable', 'demand for its products is strong', 'the market has been difficult', 'the company is well placed for growth'])}.`,
  ];
}

/** Background on a country's economy. */
export function macroContext(w: WireWriter, country: Country): SentenceMaker[] {
  const name = country.name;
  return [
    () => `Inflation in ${name} is running at ${pct(w.between(0.5, 12))} a year.`,
    () =>
      `The government expects the economy to grow ${pct(w.between(0.5, 5))} this year, against ${pct(w.between(0.5, 5))} last year.`,
    () =>
      `${name}'s budget deficit is forecast at ${w.between(1, 40).toFixed(1)} billion ${currencies(country)} this year.`,
    () =>
      `${capitalise(country.centralBank)}'s discount rate stands at ${pct(w.between(2.5, 11), 2)}.`,
    () =>
      `The ${country.currency} has ${w.pick(['risen', 'fallen'])} ${pct(w.between(2, 20))} against the dollar since ${w.monthName(-w.range(2, 10))}.`,
    () =>
      `Exports account for about ${pct(w.between(10, 45), 0)} of ${name}'s gross national product.`,
    () => `Unemployment in ${name} stands at ${pct(w.between(2, 14))} of the work force.`,
    () =>
      `${country.financeMinister}, the finance minister, said the government would ${w.pick(['keep a tight monetary policy', 'stimulate domestic demand', 'cut taxes next year', 'reduce public spending', 'resist protectionist pressure'])}.`,
    () =>
      `${w.pick(['Economists', 'Analysts', 'Bankers'])} said ${name}'s economy ${w.pick(['was slowing', 'was growing strongly', 'faced a recession', 'was recovering slowly'])}.`,
    () =>
      `${name} had a trade ${w.pick(['surplus', 'deficit'])} of ${w.between(0.5, 60).toFixed(1)} billion dlrs last year.`,
    () => `${name}'s foreign debt totals about ${w.between(2, 110).toFixed(1)} billion dlrs.`,
    () =>
      `The dollar ${w.pick(['rose', 'fell', 'was steady'])} against the ${country.currency} in ${cityName(country.capital)} trading.`,
    () =>
      `Money market rates in ${name} ${w.pick(['eased', 'firmed', 'were steady'])} at about ${pct(w.between(3, 12), 2)}.`,
    () =>
      `${country.bankGovernor}, governor of ${country.centralBank.replace(/^the /, 'the ')}, said ${w.pick(['inflation remained the main danger', 'monetary growth was too fast', 'there was room for lower rates', 'the currency was at an appropriate level'])}.`,
  ];
}

/** Background on a commodity market and a country that grows, mines or buys it. */
export function marketContext(
  w: WireWriter,
  country: Country,
  noun: string,
  farm: boolean,
): SentenceMaker[] {
  const other = (): string => w.otherCountry([country]).name;
  return [
    () =>
      farm
        ? `Weather in ${country.name}'s ${w.pick(['northern', 'southern', 'main', 'coastal'])} growing areas has been ${w.pick(['dry', 'favourable', 'too wet', 'mixed'])}.`
        : `Production in ${country.name} was ${w.pick(['hit by power shortages', 'helped by a new mine', 'steady', 'cut by labour unrest'])} this year.`,
    () =>
      `Shipments are loaded at ${country.name}'s main port of ${capitalise(w.pick(['san', 'port', 'puerto', 'new'])) + ' ' + cityName(country.capital)}.`,
    () =>
      `The government raised the price paid to ${noun} producers to ${whole(w.range(20, 900))} ${currencies(country)} a ${w.pick(['tonne', 'bag', 'unit'])}.`,
    () =>
      `World ${noun} stocks are forecast at ${w.between(1, 90).toFixed(1)} mln tonnes at the end of the season.`,
    () => `${country.name} is the world's ${ordinal(w.range(2, 9))} largest exporter of ${noun}.`,
    () => `Main buyers of ${country.adjective} ${noun} include ${other()} and ${other()}.`,
    () =>
      `${w.pick(['Traders', 'Dealers', 'Trade sources'])} said the market was ${w.pick(['well supplied', 'tight', 'waiting for crop news', 'nervous', 'quiet'])}.`,
    () =>
      `${capitalise(noun)} prices have ${w.pick(['fallen', 'risen'])} about ${pct(w.between(2, 30), 0)} since ${w.monthName(-w.range(2, 9))}.`,
    () =>
      farm
        ? `Farmers in ${country.name} ${w.pick(['have planted more', 'are holding back sales of', 'have sold more', 'have switched away from'])} ${noun} this year.`
        : `Producers in ${country.name} ${w.pick(['are expanding capacity', 'have cut output', 'are seeking new markets'])}, ${w.pick(['officials', 'industry sources'])} said.`,
    () =>
      `${country.agricultureMinister}, ${country.adjective} ${farm ? 'agriculture' : 'mines'} minister, said the government would ${w.pick(['support producers', 'limit exports', 'build up stocks', 'seek new markets'])}.`,
    () =>
      `The weaker dollar has made ${country.adjective} ${noun} ${w.pick(['more', 'less'])} competitive on world markets.`,
    () =>
      `Freight rates for ${noun} cargoes from ${country.name} ${w.pick(['rose', 'fell', 'were steady'])} this month, shipping sources said.`,
  ];
}
