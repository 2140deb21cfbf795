import { describe, expect, it } from 'vitest';
import type { EvalStory } from '../../../tools/eval/engine-adapter';
import { buildEvalCorpus, foldDuplicates } from '../../../tools/eval/eval-corpus';
import { rankOfTarget, runKnownItem } from '../../../tools/eval/known-item';
import { normaliseLabels } from '../../../tools/eval/labels';
import { runLinked } from '../../../tools/eval/linked-metrics';
import { runSimilar } from '../../../tools/eval/similar-metrics';
import { compareStoryline, runStorylines } from '../../../tools/eval/storyline-metrics';

const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
const stories: EvalStory[] = ids.map((id) => ({
  id,
  file: `${id}.txt`,
  title: `Story ${id}`,
  date: null,
  section: 'world',
  paragraphs: [],
  body: '',
}));
// Topics: a b c d share "x" (b and c are two saves of one story), e f g share "y".
// Threads: a, b, c, e are one thread.
const labels = normaliseLabels({
  'a.txt': { topics: ['x'], thread: 't1', related: ['b.txt', 'e.txt'] },
  'b.txt': { topics: ['x'], thread: 't1' },
  'c.txt': { topics: ['x'], thread: 't1' },
  'd.txt': { topics: ['x'], thread: 't2' },
  'e.txt': { topics: ['y'], thread: 't1' },
  'f.txt': { topics: ['y'], thread: 't3' },
  'g.txt': { topics: ['y'], thread: 't4' },
});
const corpus = buildEvalCorpus(stories, labels, [['b', 'c']], null);
const [A, B, C, D, E, F, G] = [0, 1, 2, 3, 4, 5, 6];

describe('duplicate groups', () => {
  it('fold a list so each story takes one place, and leave out the story’s own saves', () => {
    expect(corpus.groupOf(C)).toEqual([B, C]);
    expect(foldDuplicates(corpus, [B, C, D, C], 10)).toEqual([B, D]);
    expect(foldDuplicates(corpus, [C, D, E], 10, B)).toEqual([D, E]);
  });

  it('count a duplicate save of the target as finding it', () => {
    expect(rankOfTarget(corpus, [D, C], B)).toBe(2);
    expect(rankOfTarget(corpus, [D, B, C, E], E)).toBe(3);
    expect(rankOfTarget(corpus, [D], E)).toBe(0);
  });
});

describe('runKnownItem', () => {
  it('scores every method on the same queries, an error as a miss', async () => {
    const queries = [
      { kind: 'title' as const, target: A, text: 'first' },
      { kind: 'title' as const, target: E, text: 'second' },
    ];
    const run = await runKnownItem(corpus, queries, [
      { name: 'perfect', search: (text) => ({ hits: text === 'first' ? [A] : [E] }) },
      { name: 'second', search: () => ({ hits: [D, A, E] }) },
      { name: 'refuses', search: () => ({ hits: [A, E], error: true }) },
      {
        name: 'throws',
        search: () => {
          throw new Error('no');
        },
      },
    ]);
    expect(run.scores.perfect).toMatchObject({ mrrAt10: 1, foundAt1: 1, notInTop10: 0 });
    // A at 2, E at 3 → (1/2 + 1/3) / 2
    expect(run.scores.second!.mrrAt10).toBe(0.417);
    expect(run.scores.refuses).toMatchObject({ mrrAt10: 0, errors: 2, notInTop10: 1 });
    expect(run.scores.throws).toMatchObject({ mrrAt10: 0, errors: 2 });
    expect(run.ranks.second).toEqual([2, 3]);
  });
});

describe('runSimilar', () => {
  it('scores precision@5 and nDCG@10 by shared topic, without the story’s own saves', async () => {
    const scores = await runSimilar(
      corpus,
      [B],
      [
        // C is B's own save: left out, so the list is A D E F G.
        { name: 'method', similar: () => [C, A, D, E, F, G] },
      ],
    );
    // Relevant: A, D (2 of 5). Ideal: 2 relevant stories outside the group (A, D) → DCG 1 + 0.631.
    expect(scores.method!.precisionAt5).toBe(0.4);
    expect(scores.method!.ndcgAt10).toBe(1);
  });

  it('passes an exclusion that rejects the story’s saves', async () => {
    const seen: boolean[] = [];
    await runSimilar(
      corpus,
      [B],
      [
        {
          name: 'method',
          similar: (_doc, _limit, exclude) => {
            seen.push(exclude(B), exclude(C), exclude(A));
            return [];
          },
        },
      ],
    );
    expect(seen).toEqual([true, true, false]);
  });
});

describe('storylines against threads', () => {
  it('compares the other members with the other thread stories', () => {
    // A's thread-mates: B, C (one story saved twice) and E. Storyline: A, B, D.
    const result = compareStoryline(corpus, A, [A, B, D], [B, C, E]);
    expect(result.members).toBe(2);
    expect(result.precision).toBe(0.5);
    expect(result.recall).toBeCloseTo(2 / 3); // B and its save C covered, E not
  });

  it('averages over stories, leaving storylines of one story out of precision', async () => {
    const lines: Record<number, number[]> = { [A]: [A, B, E], [E]: [E] };
    const scores = await runStorylines(corpus, [A, E], async (doc) => lines[doc]!);
    expect(scores.precision).toBe(1);
    expect(scores.empty).toBe(0.5);
    expect(scores.recall).toBe(0.5); // A: 3 of 3; E: 0 of 3 (A, B+C)
  });
});

describe('runLinked', () => {
  it('counts labelled files found, wrong and unresolved headlines', async () => {
    const scores = await runLinked(corpus, [A], async () => [
      { headline: 'Story b', id: 'c' }, // B's duplicate save: found as a save, wrong by id
      { headline: 'Story e', id: 'e' },
      { headline: 'Gone', id: null },
    ]);
    expect(scores.labelledFiles).toBe(2);
    expect(scores.headlines).toBe(3);
    expect(scores.found).toBe(0.5);
    expect(scores.foundAsSave).toBe(1);
    expect(scores.wrong).toBe(0.333);
    expect(scores.unresolved).toBe(0.333);
  });
});
