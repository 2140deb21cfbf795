import { describe, expect, it } from 'vitest';
import type { IndexedText } from '../../../main/core/search/index-fields';
import { parseQuery } from '../../../main/core/search/parse-query';
import { planSearch } from '../../../main/core/search/search-plan';
import { localTermIds } from '../../../main/core/search/score-segment';
import {
  buildSegmentIndex,
  documentFrequencies,
  fieldLengthTotals,
} from '../../../main/core/search/segment-index';
import { bestBodyParagraph, compileBodyItems } from '../../../main/core/search/snippet-paragraph';
import { Vocabulary } from '../../../main/core/search/vocabulary';

const story: IndexedText = {
  title: 'Grain barges',
  captions: 'A barge on the river',
  byline: '',
  section: 'business',
  dateline: '',
  body: [
    'The river was low.',
    '* * *',
    'Grain barges waited on the river for a week.',
    'Barges, barges and more barges.',
  ].join('\n\n'),
};

function best(query: string): number {
  const index = buildSegmentIndex([story]);
  const vocabulary = new Vocabulary();
  vocabulary.addSegment('only', index.terms, documentFrequencies(index));
  const plan = planSearch(parseQuery(query), {}, vocabulary, {
    documentCount: 1,
    fieldLengthTotals: fieldLengthTotals(index),
  });
  return bestBodyParagraph(index, 0, compileBodyItems(index, plan!, localTermIds(index, plan!)));
}

describe('bestBodyParagraph', () => {
  it('picks the paragraph with the most distinct words of the query, counting only paragraphs with words', () => {
    expect(best('grain river')).toBe(1);
    expect(best('barge')).toBe(2);
    expect(best('"low river" OR barge')).toBe(2);
    expect(best('"river was low"')).toBe(0);
  });

  it('is -1 when no body paragraph matches', () => {
    expect(best('title:grain')).toBe(-1);
  });
});
