import { describe, expect, it } from 'vitest';
import { localTermIds } from '../../../main/core/search/score-segment';
import { rankSegment, searchSegment } from '../../../main/core/search/search-segment';
import { oneSegment, storyText } from './one-segment';
import { OPENING_WORDS, WordSpanScorer } from '../../../main/core/search/word-span';

const story = storyText;

const filler = (words: number, word = 'tide'): string =>
  Array.from({ length: words }, () => word).join(' ');

const STORIES = [
  // 0: the words side by side in the opening, in another order than typed.
  story(
    'Council votes',
    `Storms closed the ferry while the council debated winter timetables. ${filler(40)}`,
  ),
  // 1: every word, far apart, and "ferry" in its headline: BM25 likes it better.
  story(
    'Ferry and winter report',
    [1, 2, 3]
      .map(
        () => `council ${filler(20)} ferry ${filler(20)} winter ${filler(20)} storms ${filler(20)}`,
      )
      .join(' '),
  ),
  // 2: the words close together, but past the opening.
  story('Late news', `${filler(OPENING_WORDS + 10)} council ferry winter storms`),
  // 3: two of the words in the headline, the others in the first lines.
  story('Winter ferry', 'The council met as storms rose.'),
];

function setUp(query: string) {
  const { index, plan, segment } = oneSegment(STORIES, query);
  return {
    index,
    plan,
    segment,
    scorer: new WordSpanScorer(index, plan, localTermIds(index, plan)),
  };
}

describe('WordSpanScorer', () => {
  it('counts the query words held close together in the opening, in any order', () => {
    const { scorer } = setUp('winter ferry storms council');
    expect(scorer.share(0)).toBe(1);
    expect(scorer.share(1)).toBeLessThan(1);
    expect(scorer.share(2)).toBe(0);
  });

  it('reads the headline as part of the opening', () => {
    expect(setUp('winter ferry storms council').scorer.share(3)).toBe(1);
  });

  it('does not apply to a query of one word', () => {
    expect(setUp('ferry').scorer.applies).toBe(false);
  });
});

describe('rankSegment with word spans', () => {
  it('ranks the story whose opening holds the words above one holding them scattered', () => {
    const { plan, segment } = setUp('winter ferry storms council');
    const order = (hits: { docs: number[]; scores: number[] }) =>
      hits.docs.map((doc, i) => [doc, hits.scores[i]!] as const).sort((a, b) => b[1] - a[1]);
    const bm25 = order(searchSegment(segment, plan));
    const ranked = order(rankSegment(segment, plan));
    expect(bm25.findIndex(([doc]) => doc === 1)).toBeLessThan(bm25.findIndex(([doc]) => doc === 0));
    expect(ranked.findIndex(([doc]) => doc === 0)).toBeLessThan(
      ranked.findIndex(([doc]) => doc === 1),
    );
  });
});
