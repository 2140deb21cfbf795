import { describe, expect, it } from 'vitest';
import { packTermVectors } from '../../../main/core/related/packed-term-vector';
import { segmentVectors, unpackSegmentVectors } from '../../../main/core/related/segment-vectors';
import { TermDictionary } from '../../../main/core/related/term-dictionary';

const records = [
  {
    headlines: ['Port strike ends'],
    vector: { terms: ['strike', 'port', 'dock'], counts: [4, 3, 1], length: 40 },
  },
  { headlines: [], vector: { terms: ['grain', 'port', 'grain'], counts: [2, 5, 7], length: 12 } },
  { headlines: ['A', 'B'], vector: { terms: [], counts: [], length: 0 } },
];

describe('segment vectors (worker → main)', () => {
  it('arrive as the same packed vectors and headlines the records would give', () => {
    const sent = segmentVectors('s1', records);
    expect(sent.termsText.split('\n')).toEqual(['strike', 'port', 'dock', 'grain']);
    const viaRecords = new TermDictionary();
    const expected = packTermVectors(
      records.map((record) => record.vector),
      viaRecords,
    );
    const viaSegment = new TermDictionary();
    // The same ids in both dictionaries: terms met in the same order.
    for (const term of ['strike', 'port', 'dock', 'grain']) viaSegment.idOf(term);
    const { headlines, vectors } = unpackSegmentVectors(sent, viaSegment);
    expect(headlines).toEqual(records.map((record) => record.headlines));
    expect(
      vectors.map((v) => ({ ids: [...v.ids], counts: [...v.counts], length: v.length })),
    ).toEqual(expected.map((v) => ({ ids: [...v.ids], counts: [...v.counts], length: v.length })));
    // A repeated term is kept once, ids ascending.
    expect([...vectors[1]!.ids]).toEqual([1, 3]);
  });

  it('leaves out term numbers past the segment’s list instead of trusting them', () => {
    const sent = segmentVectors('s1', records.slice(0, 1));
    sent.terms[0] = 99;
    const { vectors } = unpackSegmentVectors(sent, new TermDictionary());
    expect(vectors[0]!.ids).toHaveLength(2);
  });
});
