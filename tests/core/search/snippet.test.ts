import { describe, expect, it } from 'vitest';
import type { IndexedText } from '../../../main/core/search/index-fields';
import { parseQuery } from '../../../main/core/search/parse-query';
import { highlightItems } from '../../../main/core/search/query-matcher';
import { planSearch } from '../../../main/core/search/search-plan';
import {
  buildSegmentIndex,
  documentFrequencies,
  fieldLengthTotals,
} from '../../../main/core/search/segment-index';
import { openingSnippet, SNIPPET_LENGTH, storySnippet } from '../../../main/core/search/snippet';
import { Vocabulary } from '../../../main/core/search/vocabulary';

const filler = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

const story: IndexedText = {
  title: 'Harbour pilots strike',
  captions: 'Boats moored at the quay',
  byline: 'Harbour Desk',
  section: 'world',
  dateline: 'VALMERE',
  body: [
    `${filler(30)} harbour ${filler(30)}.`,
    `${filler(10)} The harbour pilots union said shipments would wait. ${filler(40)}`,
    'A short last paragraph.',
  ].join('\n\n'),
};

function snippetFor(query: string, text: IndexedText = story) {
  const index = buildSegmentIndex([text]);
  const vocabulary = new Vocabulary();
  vocabulary.addSegment('only', index.terms, documentFrequencies(index));
  const plan = planSearch(parseQuery(query), {}, vocabulary, {
    documentCount: 1,
    fieldLengthTotals: fieldLengthTotals(index),
  });
  return storySnippet(text, plan ? highlightItems(plan) : null);
}

describe('storySnippet', () => {
  it('shows the body passage holding most of the query’s words, each one highlighted', () => {
    const snippet = snippetFor('harbour pilots shipment');
    expect(snippet.text).toContain('The harbour pilots union said shipments would wait.');
    expect(snippet.highlights.map(([s, e]) => snippet.text.slice(s, e))).toEqual([
      'harbour',
      'pilots',
      'shipments',
    ]);
  });

  it('stays within the length, cut at word boundaries, with ellipses where it was cut', () => {
    const snippet = snippetFor('pilots');
    expect(snippet.text.length).toBeLessThanOrEqual(SNIPPET_LENGTH + 2);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.text).not.toMatch(/^…\S*word\d+[a-z]/);
  });

  it('falls back to a caption, then the title', () => {
    const caption = snippetFor('quay');
    expect(caption.text).toBe('Boats moored at the quay');
    expect(caption.highlights).toEqual([[20, 24]]);
    const title = snippetFor('strike');
    expect(title.text).toBe('Harbour pilots strike');
    expect(title.highlights).toEqual([[15, 21]]);
  });

  it('shows the opening when only another field matched', () => {
    expect(snippetFor('valmere')).toEqual(openingSnippet(story));
  });
});

describe('openingSnippet', () => {
  it('is the start of the body, unhighlighted', () => {
    const snippet = openingSnippet(story);
    expect(snippet.text.startsWith('word0 word1')).toBe(true);
    expect(snippet.highlights).toEqual([]);
  });
});
