/**
 * Company stories: results (`earn`) and deals (`acq`).
 *
 * Results are mostly the wire's tables — `Shr 1.20 dlrs vs 1.05 dlrs`, `Net 12.4 mln vs
 * 10.1 mln`, `Revs …`, a second block for the year or nine months, a `Note: …` — with the
 * period the story's date implies (fourth-quarter and year results early in the year, first
 * quarter in spring…); the rest are dividends, forecasts, charges and splits in a few short
 * sentences. Deals are agreed acquisitions, stakes filed with the regulator, tender offers,
 * talks and sales of units, and the stages of a takeover battle for running stories.
 */
import { cityName } from './wire-context';
import type { Company } from './wire-world';
import type { StorySpec, StorySubject, ThreadRef, WireDraft, WireWriter } from './wire-writer';
import {
  capitalise,
  change,
  countWord,
  dollars,
  firstMention,
  headlineName,
  amount,
  ordinal,
  pct,
  perShare,
  price,
  whole,
} from './wire-writer';

const REGULATOR = 'the Securities and Markets Commission';
const EXCHANGES = ['the Big Board', 'the American exchange', 'the over-the-counter market'];

// ── results ──────────────────────────────────────────────────────────────────────────────

interface Period {
  /** `1st qtr`, `4th qtr`, `year`, `qtr`. */
  title: string;
  /** `first quarter`, `year`. */
  spoken: string;
  /** Months the first block covers. */
  months: number;
  /** The second block's heading (`Year`, `Six mths`, `Nine mths`) or null. */
  second: string | null;
  secondMonths: number;
}

const SPOKEN = ['', 'first quarter', 'second quarter', 'third quarter', 'fourth quarter'];

function period(w: WireWriter): Period {
  const quarter = (n: number, withTotal: boolean): Period => ({
    title: `${ordinal(n)} qtr`,
    spoken: SPOKEN[n]!,
    months: 3,
    second: withTotal && n > 1 ? ['', '', 'Six mths', 'Nine mths', 'Year'][n]! : null,
    secondMonths: 3 * n,
  });
  const year: Period = { title: 'year', spoken: 'year', months: 12, second: null, secondMonths: 0 };
  const usual = Math.floor(w.month / 3); // 0: Q4/year results, 1: Q1, 2: Q2, 3: Q3
  const roll = w.random.next();
  if (roll < 0.72) {
    if (usual === 0) return w.chance(0.3) ? year : quarter(4, w.chance(0.6));
    return quarter(usual, w.chance(0.55));
  }
  if (roll < 0.82) return year;
  return quarter(w.range(1, 4), w.chance(0.5));
}

/** `Shr 1.20 dlrs vs 1.05 dlrs`, `Net loss 1.2 mln vs profit 450,000`. */
function compare(label: string, now: number, before: number, format: (v: number) => string) {
  if (now >= 0 && before >= 0) return `${label} ${format(now)} vs ${format(before)}`;
  const side = (v: number): string => `${v < 0 ? 'loss' : 'profit'} ${format(v)}`;
  if (now < 0 && before < 0) return `${label} loss ${format(now)} vs loss ${format(before)}`;
  return `${label} ${side(now)} vs ${side(before)}`;
}

interface Figures {
  revs: number;
  prevRevs: number;
  net: number;
  prevNet: number;
  shr: number;
  prevShr: number;
}

function figures(w: WireWriter, company: Company, months: number, losing: boolean): Figures {
  const revs = ((company.size * months) / 12) * w.between(0.8, 1.2);
  const prevRevs = revs / w.between(0.75, 1.35);
  const margin = losing ? -w.between(0.01, 0.12) : w.between(0.01, 0.13);
  const net = revs * margin;
  const prevNet = prevRevs * (w.chance(0.12) ? -w.between(0.01, 0.08) : w.between(0.01, 0.12));
  const shares = company.shares * w.between(0.97, 1.03);
  return { revs, prevRevs, net, prevNet, shr: net / shares, prevShr: prevNet / shares };
}

function resultsBlock(w: WireWriter, company: Company, f: Figures, oper: boolean): string[] {
  const lines = [
    compare(oper ? 'Oper shr' : 'Shr', f.shr, f.prevShr, perShare),
    compare(oper ? 'Oper net' : 'Net', f.net, f.prevNet, amount),
  ];
  if (company.industry.key === 'bank') {
    if (w.chance(0.7))
      lines.push(`Loans ${amount(company.size * 6)} vs ${amount(company.size * 5.4)}`);
    if (w.chance(0.7))
      lines.push(`Deposits ${amount(company.size * 9)} vs ${amount(company.size * 8.5)}`);
    if (w.chance(0.6))
      lines.push(`Assets ${amount(company.size * 12)} vs ${amount(company.size * 11)}`);
  } else {
    const word = ['retail', 'industrial', 'food'].includes(company.industry.key) ? 'Sales' : 'Revs';
    if (w.chance(0.9))
      lines.push(`${w.chance(0.85) ? word : 'Sales'} ${amount(f.revs)} vs ${amount(f.prevRevs)}`);
  }
  if (w.chance(0.3)) {
    lines.push(
      `Avg shrs ${amount(company.shares)} vs ${amount(company.shares * w.between(0.9, 1.02))}`,
    );
  }
  if (w.chance(0.08)) lines.push(compare('Shr diluted', f.shr * 0.95, f.prevShr * 0.95, perShare));
  return lines;
}

function resultsNote(w: WireWriter, company: Company, year: number): string {
  const other = (): Company => w.otherCompany([company]);
  return w.pick([
    () =>
      `Note: ${year} net includes gain of ${dollars(company.size * w.between(0.005, 0.04))} from sale of ${w.pick(company.industry.products)} unit.`,
    () => `Note: Prior year restated for discontinued operations.`,
    () =>
      `Note: Net includes tax credits of ${amount(company.size * 0.004)} vs ${amount(company.size * 0.003)}.`,
    () => `Note: Results include ${other().name}, acquired in ${w.monthName(-w.range(2, 9))}.`,
    () =>
      `Note: Share figures adjusted for three-for-two stock split paid in ${w.monthName(-w.range(1, 6))}.`,
    () =>
      `Note: Net includes extraordinary charge of ${amount(company.size * 0.01)} dlrs from early retirement of debt.`,
    () => `Note: Full name of company is ${company.name} of ${cityName(company.city)}.`,
    () =>
      `Note: Prior year net includes loss from discontinued operations of ${amount(company.size * 0.006)}.`,
  ])();
}

function earnTable(w: WireWriter, company: Company): WireDraft {
  const p = period(w);
  const losing = w.chance(0.14);
  const oper = w.chance(0.1);
  const lines: string[] = [];
  if (w.chance(0.25)) lines.push(w.chance(0.5) ? 'Qtr' : `Qtr ended ${w.dateFromNow(-70, -20)}`);
  lines.push(...resultsBlock(w, company, figures(w, company, p.months, losing), oper));
  if (p.second) {
    lines.push(p.second);
    lines.push(...resultsBlock(w, company, figures(w, company, p.secondMonths, losing), oper));
  }
  const paragraphs = [lines.join('\n')];
  if (w.chance(0.35)) paragraphs.push(resultsNote(w, company, w.reportingYear()));
  const word = losing ? w.pick(['loss', 'net loss']) : w.pick(['net', 'net', 'net', 'profit']);
  const title = `${headlineName(w, company, 0.9)} ${oper ? 'oper ' : ''}${p.title} ${word}`;
  // Tables stand alone, as wires send them; a few get a line of background.
  const background: [number, number] = w.chance(0.15) ? [1, 2] : [0, 0];
  return { title, place: company.city, paragraphs, subject: { company }, background };
}

function earnDividend(w: WireWriter, company: Company): WireDraft {
  const cents = w.range(3, 60) / 100;
  const move = w.pick(['same', 'same', 'same', 'raise', 'cut', 'omit'] as const);
  const prior =
    move === 'raise' ? cents * w.between(0.7, 0.95) : move === 'cut' ? cents * 1.5 : cents;
  const pay = w.dateFromNow(20, 45);
  const record = w.dateFromNow(7, 19);
  const name = headlineName(w, company, 0.9);
  const title =
    move === 'same'
      ? `${name} ${w.pick(['sets quarterly', 'regular dividend set', 'quarterly dividend'])}`
      : move === 'raise'
        ? `${name} raises quarterly dividend`
        : move === 'cut'
          ? `${name} cuts dividend`
          : `${name} omits dividend`;
  let paragraphs: string[];
  if (move === 'omit') {
    paragraphs = w.paragraphs([
      `${firstMention(w, company)} said its board omitted the quarterly dividend, citing ${w.pick(['continued losses', 'weak results', 'the need to conserve cash', 'losses at its ' + w.pick(company.industry.products) + ' operations'])}.`,
      `The company paid ${perShare(prior)} a share in the previous quarter.`,
      ...w.some(
        [
          () => `${company.short} said it will review the dividend when earnings improve.`,
          () =>
            `It reported a loss of ${dollars(company.size * 0.03)} for the ${w.pick(['year', 'first nine months', 'fourth quarter'])}.`,
        ],
        0,
        2,
      ),
    ]);
  } else if (w.chance(0.6)) {
    const lines = [
      `Qtly div ${perShare(cents)} vs ${perShare(prior)} prior`,
      `Pay ${pay}`,
      `Record ${record}`,
    ];
    paragraphs = [lines.join('\n')];
    if (w.chance(0.2))
      paragraphs.push(
        `Note: ${w.pick(['Prior-quarter dividend adjusted for stock split.', 'Dividend is the first since the company went public.', `${company.short} raised its payout in ${w.monthName(-w.range(3, 9))}.`])}`,
      );
    return { title, place: company.city, paragraphs, subject: { company }, background: [0, 1] };
  } else {
    paragraphs = w.paragraphs([
      `${firstMention(w, company)} said its board declared a ${move === 'same' ? 'regular ' : ''}quarterly dividend of ${perShare(cents)} a share${move === 'same' ? '' : `, ${move === 'raise' ? 'up' : 'down'} from ${perShare(prior)}`}, payable ${pay} to holders of record ${record}.`,
      ...w.some(
        [
          () =>
            `The company said the ${move === 'raise' ? 'increase' : 'dividend'} reflects ${w.pick(['improved earnings', 'confidence in its outlook', 'strong cash flow'])}.`,
          () => `${company.short} has ${whole(company.shares * 1_000_000)} shares outstanding.`,
          () => `The company paid ${perShare(prior)} in the previous quarter.`,
        ],
        0,
        2,
      ),
    ]);
  }
  return { title, place: company.city, paragraphs, subject: { company }, background: [0, 2] };
}

const EARN_REASONS = [
  'higher sales of its {product}',
  'lower interest costs and cost cutting',
  'weak prices for its {product}',
  'the weaker dollar',
  'start-up costs at a new plant',
  'strong demand for its {product}',
  'losses at its {product} operations',
  'a lower tax rate',
  'higher raw material costs',
];

function reason(w: WireWriter, company: Company): string {
  return w.pick(EARN_REASONS).replace('{product}', w.pick(company.industry.products));
}

function earnProse(w: WireWriter, company: Company): WireDraft {
  const p = period(w);
  const f = figures(w, company, p.months, w.chance(0.2));
  const kind = w.pick(['forecast', 'forecast', 'charge', 'rise', 'split'] as const);
  const name = headlineName(w, company, 0.7);
  const who = firstMention(w, company);
  const lead = company.short;
  const analysts = (): string =>
    `Analysts had expected ${lead} to earn about ${perShare(Math.abs(f.shr) * w.between(0.85, 1.15))} a share for the ${p.spoken}.`;
  const priorYear = (): string =>
    `In the year-earlier ${p.spoken === 'year' ? 'period' : 'quarter'}, ${lead} earned ${dollars(Math.abs(f.prevNet))}, or ${perShare(f.prevShr)} a share, on ${w.pick(['revenues', 'sales'])} of ${dollars(f.prevRevs)}.`;
  const quote = (): string =>
    `${w.chance(0.5) ? company.president + ', president' : company.chairman + ', chairman'} of the company, said ${reason(w, company)} ${w.pick(['helped results', 'hurt results', 'should continue to affect earnings', 'accounted for most of the change'])}.`;
  const shares = (): string =>
    `Shares of ${lead} ${w.pick(['rose', 'fell', 'were up', 'were down'])} ${change(w.between(0.1, 2))} to ${price(w.between(8, 70))} on ${w.pick(EXCHANGES)}.`;
  const noRevs = (): string =>
    `The company did not give a figure for ${w.pick(['revenues', 'sales'])}.`;
  let title: string;
  let leadSentence: string;
  switch (kind) {
    case 'forecast': {
      const up = f.shr >= f.prevShr;
      title = `${name} ${w.pick(['sees', 'expects', 'forecasts'])} ${up ? 'higher' : 'lower'} ${p.title} ${w.pick(['net', 'earnings', 'profit'])}`;
      leadSentence = `${who} said it expects ${p.spoken} earnings of about ${perShare(f.shr)} a share, ${up ? 'up' : 'down'} from ${perShare(f.prevShr)} a year ago, because of ${reason(w, company)}.`;
      break;
    }
    case 'charge': {
      const charge = company.size * w.between(0.01, 0.08);
      title = `${name} to take ${p.title} charge`;
      leadSentence = `${who} said it will take a charge of about ${dollars(charge)} against ${p.spoken} earnings to cover the cost of ${w.pick(['closing ' + countWord(w.range(2, 6)) + ' plants', 'restructuring its ' + w.pick(company.industry.products) + ' business', 'writing down the value of its ' + w.pick(company.industry.products) + ' assets'])}.`;
      break;
    }
    case 'rise': {
      const up = f.net >= f.prevNet;
      title = `${name} ${p.title} ${w.pick(['profit', 'earnings', 'net'])} ${up ? 'rises' : 'falls'}`;
      leadSentence = `${who} said its ${p.spoken} net income ${up ? 'rose' : 'fell'} ${pct(Math.abs(f.net / (f.prevNet || 1) - 1) * 100)} to ${dollars(Math.abs(f.net))}, or ${perShare(f.shr)} a share, on ${reason(w, company)}.`;
      break;
    }
    default: {
      const ratio = w.pick(['two-for-one', 'three-for-two', 'five-for-four']);
      title = `${name} ${w.pick(['sets', 'votes', 'declares'])} ${ratio} stock split`;
      leadSentence = `${who} said its board declared a ${ratio} stock split, payable ${w.dateFromNow(20, 50)} to holders of record ${w.dateFromNow(7, 19)}.`;
      return {
        title,
        place: company.city,
        paragraphs: w.paragraphs([
          leadSentence,
          ...w.some(
            [
              () =>
                `The company also raised its quarterly dividend to ${perShare(w.range(10, 40) / 100)} a share on a pre-split basis.`,
              () =>
                `${lead} said the split will increase the number of shares outstanding to about ${amount(company.shares * 1.5)}.`,
              shares,
            ],
            1,
            2,
          ),
        ]),
        subject: { company },
        background: [0, 2],
      };
    }
  }
  const paragraphs = w.paragraphs([
    leadSentence,
    ...w.some([priorYear, quote, analysts, noRevs, shares], 1, 3),
  ]);
  return { title, place: company.city, paragraphs, subject: { company }, background: [1, 3] };
}

export function composeEarn(w: WireWriter, _spec: StorySpec): WireDraft {
  const company = w.company();
  const roll = w.random.next();
  if (roll < 0.63) return earnTable(w, company);
  if (roll < 0.76) return earnDividend(w, company);
  return earnProse(w, company);
}

/** A results paragraph about the subject's company, for a story that is also `earn`. */
export function earnAside(w: WireWriter, subject: StorySubject): string[] {
  const company = subject.company ?? w.company();
  const p = period(w);
  const f = figures(w, company, p.months, false);
  if (w.chance(0.4)) {
    return [
      `${company.short} ${w.pick(['also reported', 'separately reported'])} ${p.spoken} results:`,
      resultsBlock(w, company, f, false).join('\n'),
    ];
  }
  return w.paragraphs([
    `${company.short} also said its ${p.spoken} net income ${f.net >= f.prevNet ? 'rose' : 'fell'} to ${dollars(Math.abs(f.net))}, or ${perShare(f.shr)} a share, from ${dollars(Math.abs(f.prevNet))}, or ${perShare(f.prevShr)} a share, a year earlier.`,
    `It said it expects to report a gain of about ${dollars(company.size * 0.02)} from the transaction in the ${w.pick(SPOKEN.slice(1))}.`,
  ]);
}

// ── deals ────────────────────────────────────────────────────────────────────────────────

function describe(w: WireWriter, company: Company): string {
  return w.pick([
    () =>
      `${company.short}, based in ${cityName(company.city)}, makes ${w.pick(company.industry.products)} and had ${w.reportingYear()} sales of ${dollars(company.size)}.`,
    () =>
      `${company.short} earned ${dollars(company.size * w.between(0.02, 0.08))}, or ${perShare(w.between(0.2, 3))} a share, on revenues of ${dollars(company.size)} in ${w.reportingYear()}.`,
    () =>
      `${company.short} is a ${cityName(company.city)}-based ${w.pick(['maker of', 'provider of', 'company in'])} ${w.pick(company.industry.products)} with about ${whole(company.size * w.between(5, 20))} employees.`,
  ])();
}

function investor(w: WireWriter): { name: string; short: string } {
  const person = w.person();
  const last = person.split(' ')[1]!;
  return w.pick([
    {
      name: `a group led by ${cityName(w.pick(['NEW YORK', 'DALLAS', 'LOS ANGELES', 'CHICAGO', 'TORONTO']))} investor ${person}`,
      short: 'The group',
    },
    { name: `${person}, a private investor,`, short: last },
    { name: `an investor group including ${person}`, short: 'The group' },
  ]);
}

function offerPrice(w: WireWriter, target: Company): number {
  return Math.max(5, (target.size / target.shares) * w.between(0.6, 1.6));
}

function agreedDeal(w: WireWriter, buyer: Company, target: Company): WireDraft {
  const each = offerPrice(w, target);
  const total = each * target.shares;
  const cash = w.chance(0.6);
  const ratio = w.between(0.3, 1.8).toFixed(2);
  const title = w.pick([
    () => `${headlineName(w, buyer)} to acquire ${headlineName(w, target, 0.5)}`,
    () => `${headlineName(w, buyer)} agrees to buy ${target.short}`,
    () => `${headlineName(w, target)} agrees to be acquired by ${buyer.short}`,
    () => `${buyer.short} to buy ${target.short} for ${perShare(each)}/shr`,
    () => `${buyer.short}, ${target.short} agree to merge`,
  ])();
  const lead = cash
    ? `${firstMention(w, buyer)} said it agreed to acquire ${target.name} for ${perShare(each)} a share in cash, or about ${dollars(total)}.`
    : `${firstMention(w, buyer)} and ${target.name} said they signed a definitive agreement under which ${buyer.short} will acquire ${target.short} in an exchange of stock valued at about ${dollars(total)}.`;
  const sentences = [
    lead,
    ...w.some(
      [
        () =>
          cash
            ? `${buyer.short} said it will finance the purchase with ${w.pick(['cash on hand', 'bank borrowings', 'cash and bank borrowings', 'the sale of debt securities'])}.`
            : `Under the agreement, ${target.short} shareholders will receive ${ratio} ${buyer.short} shares for each ${target.short} share held.`,
        () =>
          `The boards of both companies approved the agreement, which is subject to ${w.pick(['regulatory approval', 'approval by ' + target.short + ' shareholders', 'financing and regulatory approvals'])}.`,
        () => describe(w, target),
        () =>
          `${buyer.short} said it expects to complete the transaction by ${w.pick(['the end of the ' + w.pick(SPOKEN.slice(1)), w.monthName(w.range(1, 4))])}.`,
        () =>
          `${target.short} shares closed at ${price(each * w.between(0.8, 0.98))} on ${w.weekday()}, up ${change(w.between(0.2, 3))}.`,
        () =>
          `${buyer.short} said the acquisition fits its strategy of expanding in ${w.pick(target.industry.products)}.`,
        () =>
          `${target.short} said its officers and directors, who hold about ${pct(w.between(5, 40))} of its stock, have agreed to vote for the merger.`,
      ],
      2,
      5,
    ),
  ];
  return {
    title,
    place: buyer.city,
    paragraphs: w.paragraphs(sentences),
    subject: { company: buyer, other: target },
  };
}

function stake(
  w: WireWriter,
  holder: Company | null,
  target: Company,
  percent?: number,
): WireDraft {
  const share = percent ?? w.between(5, 19.9);
  const held = target.shares * 1_000_000 * (share / 100);
  const cost = (held * offerPrice(w, target) * 0.8) / 1_000_000;
  const who = holder ? { name: firstMention(w, holder), short: holder.short } : investor(w);
  const headWho = holder ? headlineName(w, holder, 0.6) : w.pick(['Investor group', 'Investor']);
  const title = w.pick([
    () => `${headWho} has ${pct(share)} of ${headlineName(w, target)}`,
    () =>
      `${headWho} ${w.pick(['raises', 'ups'])} ${headlineName(w, target)} stake to ${pct(share)}`,
    () => `${headWho} buys ${pct(share)} stake in ${target.short}`,
  ])();
  const sentences = [
    `${capitalise(who.name)} told ${REGULATOR} it has acquired ${whole(held)} shares of ${target.name}, or ${pct(share)} of the total outstanding common stock.`,
    ...w.some(
      [
        () =>
          `${who.short} said the stock was bought for investment purposes, but ${w.pick(['more shares may be bought', 'control of the company may be sought', 'representation on the board may be sought'])}.`,
        () =>
          `The shares were bought for ${dollars(cost)} between ${w.dateFromNow(-60, -30)} and ${w.dateFromNow(-20, -2)} at prices ranging from ${price(offerPrice(w, target) * 0.7)} to ${price(offerPrice(w, target) * 0.85)} dlrs a share, the filing said.`,
        () =>
          `${who.short} said talks have been held with ${target.short} management about a possible business combination.`,
        () => describe(w, target),
        () => `A spokesman for ${target.short} said the company had no comment.`,
      ],
      1,
      4,
    ),
  ];
  const subject = { company: target, ...(holder ? { other: holder } : {}) };
  return {
    title,
    place: w.chance(0.7) ? 'WASHINGTON' : target.city,
    paragraphs: w.paragraphs(sentences),
    subject,
  };
}

function tenderOffer(
  w: WireWriter,
  buyer: Company,
  target: Company,
  each: number,
  stage: 'start' | 'extend' | 'raise',
): WireDraft {
  const title =
    stage === 'start'
      ? `${headlineName(w, buyer)} ${w.pick(['starts', 'begins', 'launches'])} tender offer for ${headlineName(w, target, 0.5)}`
      : stage === 'extend'
        ? `${buyer.short} extends offer for ${target.short}`
        : `${buyer.short} raises ${target.short} bid to ${perShare(each)}/shr`;
  const lead =
    stage === 'start'
      ? `${firstMention(w, buyer)} said it began a cash tender offer for all outstanding shares of ${target.name} at ${perShare(each)} a share.`
      : stage === 'extend'
        ? `${firstMention(w, buyer)} said it extended its ${perShare(each)} a share tender offer for ${target.name} to ${w.dateFromNow(7, 21)} from ${w.dateFromNow(-2, 0)}.`
        : `${firstMention(w, buyer)} said it raised its offer for ${target.name} to ${perShare(each)} a share from ${perShare(each / w.between(1.04, 1.15))}.`;
  const sentences = [
    lead,
    ...w.some(
      [
        () =>
          `The offer is conditioned on at least ${pct(w.pick([50, 51, 66.7, 90]))} of the shares being tendered and expires ${w.dateFromNow(15, 30)} unless extended.`,
        () =>
          `${buyer.short} said ${whole(target.shares * 1_000_000 * w.between(0.05, 0.4))} shares had been tendered so far.`,
        () => `${buyer.short} already owns about ${pct(w.between(4, 20))} of ${target.short}.`,
        () =>
          `${target.short} said its board will study the offer and urged shareholders to take no action until it makes a recommendation.`,
        () => `The offer values ${target.short} at about ${dollars(each * target.shares)}.`,
        () => `${buyer.short} said it has arranged financing with a group of banks.`,
      ],
      2,
      4,
    ),
  ];
  return {
    title,
    place: buyer.city,
    paragraphs: w.paragraphs(sentences),
    subject: { company: target, other: buyer },
  };
}

function response(
  w: WireWriter,
  buyer: Company,
  target: Company,
  each: number,
  accept: boolean,
): WireDraft {
  const title = accept
    ? `${headlineName(w, target)} ${w.pick(['accepts', 'agrees to'])} ${buyer.short} offer`
    : `${headlineName(w, target)} ${w.pick(['rejects', 'board rejects', 'says no to'])} ${buyer.short} ${w.pick(['offer', 'bid'])}`;
  const lead = accept
    ? `${firstMention(w, target)} said its board agreed to be acquired by ${buyer.name} for ${perShare(each)} a share, ending ${w.pick(['weeks of', 'a'])} ${w.pick(['takeover battle', 'contest for control'])}.`
    : `${firstMention(w, target)} said its board rejected the ${perShare(each)} a share offer from ${buyer.name} as ${w.pick(['inadequate', 'not in the best interests of shareholders', 'grossly inadequate'])}.`;
  const sentences = [
    lead,
    ...w.some(
      [
        () =>
          accept
            ? `${target.short} said it will recommend that shareholders tender their shares.`
            : `${target.short} said it is ${w.pick(['exploring alternatives, including a sale to another party', 'considering a restructuring plan', 'seeking other bidders'])}.`,
        () =>
          `${target.short} said its financial adviser, ${w.otherCompany([buyer, target], ['broker']).name}, ${accept ? 'found the price fair' : 'found the offer inadequate'}.`,
        () => `${buyer.short} holds about ${pct(w.between(5, 25))} of ${target.short} shares.`,
        () => describe(w, target),
        () =>
          `${target.short} shares ${w.pick(['rose', 'fell'])} ${change(w.between(0.2, 2))} to ${price(each * w.between(0.95, 1.08))}.`,
      ],
      1,
      3,
    ),
  ];
  return {
    title,
    place: target.city,
    paragraphs: w.paragraphs(sentences),
    subject: { company: target, other: buyer },
  };
}

function talks(
  w: WireWriter,
  a: Company,
  b: Company,
  outcome: 'open' | 'ended' | 'completed',
): WireDraft {
  const title =
    outcome === 'open'
      ? `${a.short}, ${b.short} in merger talks`
      : outcome === 'ended'
        ? `${headlineName(w, a)} ends talks with ${b.short}`
        : `${headlineName(w, a)} completes ${b.short} acquisition`;
  const lead =
    outcome === 'open'
      ? `${firstMention(w, a)} and ${b.name} said they are holding preliminary talks on a possible merger of the two companies.`
      : outcome === 'ended'
        ? `${firstMention(w, a)} said it ended talks on the proposed acquisition of ${b.name} because the two sides could not agree on ${w.pick(['price', 'terms', 'the structure of the deal'])}.`
        : `${firstMention(w, a)} said it completed the acquisition of ${b.name} for about ${dollars(offerPrice(w, b) * b.shares)}.`;
  const sentences = [
    lead,
    ...w.some(
      [
        () => `The companies did not disclose the terms under discussion.`,
        () => describe(w, b),
        () => `${a.short} said there can be no assurance that an agreement will be reached.`,
        () =>
          `${b.short} will operate as a ${w.pick(['wholly owned subsidiary', 'unit'])} of ${a.short}.`,
        () =>
          `Trading in ${b.short} shares was halted ${w.pick(['on', 'before the opening on'])} ${w.weekday()} pending the announcement.`,
      ],
      1,
      3,
    ),
  ];
  return {
    title,
    place: a.city,
    paragraphs: w.paragraphs(sentences),
    subject: { company: a, other: b },
  };
}

function unitSale(w: WireWriter, seller: Company, buyer: Company): WireDraft {
  const product = w.pick(seller.industry.products);
  const value = seller.size * w.between(0.05, 0.4);
  const title = w.pick([
    () => `${headlineName(w, seller)} to sell ${product} unit`,
    () => `${headlineName(w, seller)} sells unit to ${buyer.short}`,
    () => `${headlineName(w, buyer)} buys ${seller.short} ${product} unit`,
  ])();
  const sentences = [
    `${firstMention(w, seller)} said it agreed to sell its ${product} ${w.pick(['unit', 'division', 'subsidiary'])} to ${buyer.name} for ${w.chance(0.8) ? `about ${dollars(value)}` : 'an undisclosed sum'}.`,
    ...w.some(
      [
        () =>
          `The unit had ${w.reportingYear()} sales of about ${dollars(value * w.between(0.8, 2))}.`,
        () =>
          `${seller.short} said it will use the proceeds to ${w.pick(['reduce debt', 'buy back shares', 'expand its core businesses', 'fund its restructuring'])}.`,
        () =>
          `${seller.short} said it expects to report a gain on the sale in the ${w.pick(SPOKEN.slice(1))}.`,
        () =>
          `The sale is part of a plan announced in ${w.monthName(-w.range(2, 8))} to concentrate on ${w.pick(seller.industry.products)}.`,
        () =>
          `The transaction is expected to close ${w.pick(['within 60 days', 'by the end of the year', 'next month'])}.`,
      ],
      1,
      3,
    ),
  ];
  return {
    title,
    place: seller.city,
    paragraphs: w.paragraphs(sentences),
    subject: { company: seller, other: buyer },
  };
}

const TAKEOVER_STAGES = [
  'stake',
  'offer',
  'reject',
  'raise',
  'rival',
  'extend',
  'accept',
  'complete',
] as const;

function takeoverStory(w: WireWriter, thread: ThreadRef): WireDraft {
  const [bidder, target, rival] = thread.companies as [Company, Company, Company | undefined];
  const at =
    thread.size <= 1
      ? 0
      : Math.round((thread.stage * (TAKEOVER_STAGES.length - 1)) / (thread.size - 1));
  const stage = TAKEOVER_STAGES[at]!;
  const each = thread.base * (1 + 0.04 * at);
  switch (stage) {
    case 'stake':
      return stake(w, bidder, target, 5 + (thread.base % 10));
    case 'offer':
      return tenderOffer(w, bidder, target, each, 'start');
    case 'reject':
      return response(w, bidder, target, each, false);
    case 'raise':
      return tenderOffer(w, bidder, target, each, 'raise');
    case 'rival':
      return rival
        ? tenderOffer(w, rival, target, each * 1.05, 'start')
        : talks(w, bidder, target, 'open');
    case 'extend':
      return tenderOffer(w, bidder, target, each, 'extend');
    case 'accept':
      return response(w, bidder, target, each, true);
    default:
      return talks(w, bidder, target, 'completed');
  }
}

export function composeAcq(w: WireWriter, spec: StorySpec): WireDraft {
  if (spec.thread?.kind === 'takeover') return takeoverStory(w, spec.thread);
  const a = w.company();
  const b = w.otherCompany([a], [a.industry.key]);
  const roll = w.random.next();
  if (roll < 0.3) return agreedDeal(w, a, b);
  if (roll < 0.52) return stake(w, w.chance(0.5) ? a : null, b);
  if (roll < 0.62) return tenderOffer(w, a, b, offerPrice(w, b), 'start');
  if (roll < 0.78) return talks(w, a, b, w.pick(['open', 'ended', 'completed'] as const));
  return unitSale(w, a, b);
}

/** A deal paragraph about the subject's company, for a story that is also `acq`. */
export function acqAside(w: WireWriter, subject: StorySubject): string[] {
  const company = subject.company ?? w.company();
  const other = w.otherCompany([company]);
  return w.paragraphs([
    w.pick([
      () =>
        `${company.short} also said it agreed to acquire ${other.name} for about ${dollars(other.size * w.between(0.4, 1.2))} in cash and stock.`,
      () =>
        `Separately, ${company.short} said it completed the sale of its ${w.pick(company.industry.products)} unit to ${other.name} for ${dollars(company.size * w.between(0.05, 0.3))}.`,
      () =>
        `${company.short} said it holds ${pct(w.between(5, 30))} of ${other.name} and may seek a merger.`,
    ])(),
    w.pick([
      () => `The transaction is subject to regulatory approval.`,
      () => describe(w, other),
      () => `Terms of the agreement were not disclosed.`,
    ])(),
  ]);
}
