/**
 * One segment built from a few stories' texts, with a query planned against it as the
 * service would: for tests of what ranks a segment's hits (proximity, word span).
 */
import type { IndexedText } from '../../../main/core/search/index-fields';
import { parseQuery } from '../../../main/core/search/parse-query';
import { planSearch } from '../../../main/core/search/search-plan';
import {
  buildSegmentIndex,
  documentFrequencies,
  fieldLengthTotals,
} from '../../../main/core/search/segment-index';
import { Vocabulary } from '../../../main/core/search/vocabulary';

/** A story's indexed text with only a headline and a body (section: world). */
export function storyText(title: string, body: string): IndexedText {
  return { title, captions: '', byline: '', section: 'world', dateline: '', body };
}

export function oneSegment(stories: readonly IndexedText[], query: string) {
  const index = buildSegmentIndex(stories);
  const vocabulary = new Vocabulary();
  vocabulary.addSegment('only', index.terms, documentFrequencies(index));
  const statistics = { documentCount: stories.length, fieldLengthTotals: fieldLengthTotals(index) };
  const plan = planSearch(parseQuery(query), {}, vocabulary, statistics)!;
  const segment = {
    index,
    section: () => 'world',
    date: () => null,
    text: (doc: number) => stories[doc]!,
  };
  return { index, plan, segment };
}
