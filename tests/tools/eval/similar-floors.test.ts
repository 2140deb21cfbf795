/** The eval's similarity-floor table: what each floor keeps of the shown "Similar" lists. */
import { describe, expect, it } from 'vitest';
import type { EvalStory } from '../../../tools/eval/engine-adapter';
import { buildEvalCorpus } from '../../../tools/eval/eval-corpus';
import { normaliseLabels } from '../../../tools/eval/labels';
import { FLOORS, runSimilarFloors } from '../../../tools/eval/similar-floors';

const ids = ['a', 'b', 'c', 'd', 'e'];
const stories: EvalStory[] = ids.map((id) => ({
  id,
  file: `${id}.txt`,
  title: `Story ${id}`,
  date: null,
  section: 'world',
  paragraphs: [],
  body: '',
}));
// a, b, c share "ports"; d and e are about telecoms.
const labels = normaliseLabels({
  'a.txt': { topics: ['ports'] },
  'b.txt': { topics: ['ports'] },
  'c.txt': { topics: ['ports'] },
  'd.txt': { topics: ['telecoms'] },
  'e.txt': { topics: ['telecoms'] },
});
const corpus = buildEvalCorpus(stories, labels, [], null);
const [A, B, C, D, E] = [0, 1, 2, 3, 4];

describe('runSimilarFloors', () => {
  it('shows how a floor drops weak matches: precision up, lists shorter, some empty', async () => {
    // a's list pads with a telecom story at 0.093; d's list is all weak.
    const lists = new Map([
      [
        A,
        [
          { doc: B, score: 0.42 },
          { doc: C, score: 0.31 },
          { doc: D, score: 0.093 },
        ],
      ],
      [
        D,
        [
          { doc: E, score: 0.12 },
          { doc: A, score: 0.05 },
        ],
      ],
    ]);
    const rows = await runSimilarFloors(corpus, [A, D], (doc) => lists.get(doc) ?? [], 8);
    expect(rows.map((row) => row.floor)).toEqual([...FLOORS]);
    const at = (floor: number) => rows.find((row) => row.floor === floor)!;
    // No floor: a shows 2 of 3 right, d 1 of 2.
    expect(at(0)).toEqual({
      floor: 0,
      precisionShown: 0.583,
      meanShown: 2.5,
      emptyShare: 0,
      relevantKept: 1,
    });
    // 0.1: the telecom story under a port story is gone.
    expect(at(0.1)).toMatchObject({ precisionShown: 1, meanShown: 1.5, emptyShare: 0 });
    // 0.15: d has nothing left.
    expect(at(0.15)).toMatchObject({
      precisionShown: 1,
      meanShown: 1,
      emptyShare: 0.5,
      relevantKept: 0.667,
    });
  });
});
