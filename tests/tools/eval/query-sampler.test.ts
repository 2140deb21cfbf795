import { describe, expect, it } from 'vitest';
import type { EvalStory } from '../../../tools/eval/engine-adapter';
import { buildEvalCorpus } from '../../../tools/eval/eval-corpus';
import { normaliseLabels } from '../../../tools/eval/labels';
import {
  bodySentences,
  mistypeOneWord,
  ordinaryWords,
  ordinaryWordsQuery,
  plainQueryText,
  rareWords,
  sampleQueries,
  titleRunQuery,
  titleWords,
} from '../../../tools/eval/query-sampler';
import type { KnownItemQuery, QueryKind } from '../../../tools/eval/query-sampler';
import { SeededRandom } from '../../../tools/eval/seeded-random';

const SENTENCE =
  'The harbour authority said the ferry would run twice a day from the first of June.';

function story(n: number, title: string, paragraphs: string[] = [SENTENCE]): EvalStory {
  const id = `${String(n).padStart(3, '0')}_0000000000000000`;
  return {
    id,
    file: `${id}.txt`,
    title,
    date: '2023-01-01',
    section: 'world',
    paragraphs,
    body: paragraphs.join('\n'),
  };
}

const stories = Array.from({ length: 40 }, (_, n) =>
  story(n, `Ferry timetable number ${n} changes for the summer season at last`),
);
const labels = normaliseLabels(
  Object.fromEntries(
    stories.map((s, n) => [s.file, { topics: ['ferries'], split: n % 4 === 0 ? 'test' : 'train' }]),
  ),
);
const noDf = () => 0;

function sample(kind: QueryKind, seed: number, split: string | null = 'test'): KnownItemQuery[] {
  const corpus = buildEvalCorpus(stories, labels, [], split);
  return sampleQueries(
    kind,
    corpus.candidates,
    (doc) => corpus.stories[doc]!,
    5,
    new SeededRandom(seed).fork(kind),
    noDf,
    2,
  ).queries;
}

describe('sampleQueries', () => {
  it('gives the same queries for the same seed, and others for another seed', () => {
    expect(sample('title', 7)).toEqual(sample('title', 7));
    expect(sample('title', 7)).not.toEqual(sample('title', 8));
  });

  it('asks only about stories of the split', () => {
    for (const seed of [1, 2, 3]) {
      for (const query of sample('title', seed)) expect(query.target % 4).toBe(0);
    }
    const targets = new Set(sample('sentence', 1, null).map((query) => query.target));
    expect([...targets].some((target) => target % 4 !== 0)).toBe(true);
  });

  it('treats every story as a candidate when the labels have no split', () => {
    const unsplit = normaliseLabels(Object.fromEntries(stories.map((s) => [s.file, 'ferries'])));
    const corpus = buildEvalCorpus(stories, unsplit, [], 'test');
    expect(corpus.candidates).toHaveLength(stories.length);
    expect(corpus.notes.join(' ')).toMatch(/no split/);
  });

  it('samples each story at most once', () => {
    const targets = sample('title', 3).map((query) => query.target);
    expect(new Set(targets).size).toBe(targets.length);
  });
});

describe('titleRunQuery', () => {
  it('takes a contiguous run of 3 to 6 title words', () => {
    const title = 'One two three four five six seven eight nine ten';
    const words = titleWords(title);
    const random = new SeededRandom(11);
    const lengths = new Set<number>();
    for (let i = 0; i < 300; i++) {
      const run = titleRunQuery(title, random)!.split(' ');
      expect(run.length).toBeGreaterThanOrEqual(3);
      expect(run.length).toBeLessThanOrEqual(6);
      const start = words.indexOf(run[0]!);
      expect(words.slice(start, start + run.length)).toEqual(run);
      lengths.add(run.length);
    }
    expect([...lengths].sort()).toEqual([3, 4, 5, 6]);
  });

  it('skips titles under three words', () => {
    expect(titleRunQuery('Ferry strike', new SeededRandom(1))).toBeNull();
  });

  it('keeps a three-word title whole', () => {
    expect(titleRunQuery('Ferries resume service', new SeededRandom(1))).toBe(
      'Ferries resume service',
    );
  });
});

describe('bodySentences', () => {
  it('keeps sentences of 8 to 30 words, as written', () => {
    const short = 'Too short to paste.';
    const long = `${'word '.repeat(31).trim()}.`;
    expect(bodySentences([`${short} ${SENTENCE} ${long}`])).toEqual([SENTENCE]);
  });

  it('takes no uuencoded line or table of numbers for a sentence', () => {
    const uuencoded =
      "M771]+Q=734U+#4U+'W'++_-;\\L+,?'+PLQRS'+#7'-;\\LQRQIQRPU+PL M++_'?34>+R_+ M?;I]77UT)GVZ7;I] A B C D E F.";
    const table = 'Wins 12 14 9 Losses 3 5 8 Ties 1.';
    expect(bodySentences([uuencoded, table])).toEqual([]);
  });
});

describe('rareWords', () => {
  it('keeps letter words whose term is in 2 … maxDf stories, once each', () => {
    const df: Record<string, number> = { lighthous: 2, keeper: 3, puffin: 1, island: 50 };
    const words = rareWords(
      ['The lighthouse keeper counted puffins; the keeper\u2019s island, (lighthouse) 1983.'],
      (term) => df[term] ?? 0,
      10,
    );
    expect(words).toEqual(['lighthouse', 'keeper']);
  });
});

describe('ordinaryWords', () => {
  const df: Record<string, number> = { harbour: 40, council: 60, island: 2, storm: 90, winter: 30 };
  const dfOf = (term: string) => df[term.replace(/s$/, '')] ?? df[term] ?? 0;

  it('keeps words of 6+ letters from the opening that are not rare, once each, in text order', () => {
    const words = ordinaryWords(
      ['The island council met the harbour council; storms and winter, harbour again.'],
      dfOf,
      10,
    );
    // "island" is rare (2 stories ≤ 10), "storms" is 6 letters and common, "met" too short.
    expect(words).toEqual(['council', 'harbour', 'storms', 'winter']);
  });

  it('reads only the opening: the first paragraphs up to 150 words', () => {
    const filler = Array.from({ length: 150 }, () => 'word').join(' ');
    expect(ordinaryWords([filler, 'harbour council winter'], dfOf, 10)).toEqual([]);
  });

  it('makes a 5-word query only from a story with at least 5 such words', () => {
    const random = new SeededRandom(1);
    expect(ordinaryWordsQuery(['council', 'harbour', 'storms', 'winter'], random)).toBeNull();
    const words = ['council', 'harbour', 'storms', 'winter', 'weather', 'ferries'];
    const query = ordinaryWordsQuery(words, random)!.split(' ');
    expect(query).toHaveLength(5);
    expect(query).toEqual(words.filter((word) => query.includes(word)));
  });
});

describe('mistypeOneWord', () => {
  it('swaps two inner letters of exactly one word', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const query = 'council harbour storms winter weather';
      const typed = mistypeOneWord(query, new SeededRandom(seed)).split(' ');
      const changed = query.split(' ').filter((word, i) => typed[i] !== word);
      expect(changed).toHaveLength(1);
      const i = query.split(' ').indexOf(changed[0]!);
      expect([...typed[i]!].sort()).toEqual([...changed[0]!].sort());
      expect(typed[i]![0]).toBe(changed[0]![0]);
      expect(typed[i]!.at(-1)).toBe(changed[0]!.at(-1));
    }
  });
});

describe('plainQueryText', () => {
  it('removes quotes and operators but keeps the words as typed', () => {
    expect(plainQueryText('"North Korea" +missile -test ship* oil~1 gas^2 title:Oil A OR B')).toBe(
      'North Korea missile test ship oil 1 gas 2 title Oil A or B',
    );
    expect(plainQueryText('XTerm*EightBitInput: true')).toBe('XTerm EightBitInput: true');
    expect(plainQueryText('Q&A: Malcolm, U.S.-China')).toBe('Q&A: Malcolm, U.S.-China');
  });
});
