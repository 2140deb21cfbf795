import { describe, expect, it } from 'vitest';
import { ProximityScorer } from '../../../main/core/search/proximity';
import { localTermIds } from '../../../main/core/search/score-segment';
import { rankSegment, searchSegment } from '../../../main/core/search/search-segment';
import { oneSegment, storyText } from './one-segment';

const story = storyText;

const STORIES = [
  // 0: holds the sentence word for word.
  story(
    'Harbour board meets',
    'The board met on Monday. My illness was all in my mind, the pilot told the inquiry.',
  ),
  // 1: holds every word, scattered, and "illness" in its headline.
  story(
    'Illness keeps pilots ashore',
    'In my view the mind matters: all pilots said it was an illness of the port.',
  ),
  // 2: holds the words, but a line break falls inside the sentence.
  story('Port notes', 'My illness was all\nin my mind.'),
  // 3: unrelated.
  story('Grain prices rise', 'Wheat and barley rose again at the exchange.'),
];

function setUp(query: string) {
  return oneSegment(STORIES, query);
}

describe('ProximityScorer', () => {
  it('measures the longest run of the query held word for word, stop words included', () => {
    const { index, plan } = setUp('my illness was all in my mind');
    const scorer = new ProximityScorer(index, plan.sequence, localTermIds(index, plan));
    expect(scorer.share(0)).toBe(1);
    expect(scorer.share(1)).toBeLessThan(0.3);
    expect(scorer.share(3)).toBe(0);
  });

  it('does not let a run cross a line break', () => {
    const { index, plan } = setUp('my illness was all in my mind');
    const scorer = new ProximityScorer(index, plan.sequence, localTermIds(index, plan));
    expect(scorer.share(2)).toBeCloseTo(4 / 7, 5);
  });

  it('matches a word in any form the index stems alike', () => {
    const { index, plan } = setUp('pilots told');
    const scorer = new ProximityScorer(index, plan.sequence, localTermIds(index, plan));
    expect(scorer.share(0)).toBe(1);
    expect(scorer.share(1)).toBe(0.5);
  });
});

describe('rankSegment', () => {
  it('ranks the story holding a pasted sentence above one with its words scattered', () => {
    const { plan, segment } = setUp('my illness was all in my mind');
    const bm25 = searchSegment(segment, plan);
    const ranked = rankSegment(segment, plan);
    const best = (hits: { docs: number[]; scores: number[] }) =>
      hits.docs[hits.scores.indexOf(Math.max(...hits.scores))];
    // lunr's scores alone put the headline match first; the run of the sentence wins.
    expect(best(bm25)).toBe(1);
    expect(best(ranked)).toBe(0);
  });

  it('leaves one-word queries as lunr scores them', () => {
    const { plan, segment } = setUp('illness');
    expect(rankSegment(segment, plan)).toEqual(searchSegment(segment, plan));
  });
});
