import { describe, expect, it } from 'vitest';
import type { IndexedText } from '../../../main/core/search/index-fields';
import { INDEX_FIELDS } from '../../../main/core/search/index-fields';
import {
  buildSegmentIndex,
  documentFrequencies,
  fieldLengthTotals,
  findTerm,
  streamBreak,
} from '../../../main/core/search/segment-index';

function text(fields: Partial<IndexedText>): IndexedText {
  return { title: '', captions: '', byline: '', section: '', dateline: '', body: '', ...fields };
}

const docs = [
  text({
    title: 'Harbour pilots strike',
    body: 'The pilots said the harbour was closed.\n\nShips waited.',
  }),
  text({ title: 'Ships leave the harbour', section: 'world' }),
];

describe('buildSegmentIndex', () => {
  const index = buildSegmentIndex(docs);
  const row = (field: string, term: string) =>
    INDEX_FIELDS.indexOf(field as (typeof INDEX_FIELDS)[number]) * index.terms.length +
    findTerm(index.terms, term);
  const postings = (field: string, term: string) => {
    const r = row(field, term);
    const docsAt: [number, number][] = [];
    for (
      let i = index.postingStarts[r] as number;
      i < (index.postingStarts[r + 1] as number);
      i += 1
    ) {
      docsAt.push([index.postingDocs[i] as number, index.postingFreqs[i] as number]);
    }
    return docsAt;
  };

  it('holds a sorted vocabulary of stemmed terms, stop words left out', () => {
    expect(index.terms).toEqual([...index.terms].sort());
    expect(index.terms).toContain('harbour');
    expect(index.terms).toContain('pilot');
    expect(index.terms).not.toContain('the');
  });

  it('lists which stories hold a term in which field, and how often', () => {
    expect(postings('title', 'harbour')).toEqual([
      [0, 1],
      [1, 1],
    ]);
    expect(postings('body', 'pilot')).toEqual([[0, 1]]);
    expect(postings('body', 'ship')).toEqual([[0, 1]]);
    expect(postings('section', 'world')).toEqual([[1, 1]]);
  });

  it('counts field lengths without stop words, and lunr’s document frequencies', () => {
    expect(index.fieldLengths[0 * 2 + 0]).toBe(3); // title of story 0
    const frequencies = documentFrequencies(index);
    expect(frequencies[findTerm(index.terms, 'harbour')]).toBe(3); // 2 titles + 1 body
    expect(fieldLengthTotals(index)[0]).toBe(6);
  });

  it('keeps each field’s words in order, stop words and line breaks included', () => {
    const body = INDEX_FIELDS.indexOf('body');
    const start = index.streamStarts[0 * INDEX_FIELDS.length + body] as number;
    const end = index.streamStarts[0 * INDEX_FIELDS.length + body + 1] as number;
    const words = [...index.streams.subarray(start, end)].map((id) =>
      id === streamBreak(index.streams)
        ? '|'
        : id < index.terms.length
          ? index.terms[id]
          : `(${index.stopWords[id - index.terms.length]})`,
    );
    expect(words).toEqual([
      '(the)',
      'pilot',
      '(said)',
      '(the)',
      'harbour',
      '(was)',
      'close',
      '|',
      'ship',
      'wait',
    ]);
  });
});
