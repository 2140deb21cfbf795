import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimilarityIndex } from '../../../main/core/related/similarity-index';
import type { TermVector } from '../../../main/core/related/term-vector';
import { TOPIC_TEXT, packed, relatedDoc } from '../../fixtures/related/related-docs';

/** A sentence every story shares, as general news words are. */
const COMMON = ' Officials said more news would follow on Monday.';
const docs = [
  relatedDoc({
    id: 's1',
    title: 'Dockworkers strike at Varna',
    date: '2022-03-01',
    text: TOPIC_TEXT.strike + COMMON,
  }),
  relatedDoc({
    id: 'p1',
    title: 'Kestrel probe in lunar orbit',
    date: '2022-03-02',
    text: TOPIC_TEXT.probe + COMMON,
  }),
  relatedDoc({
    id: 's2',
    title: 'Varna terminal idle as union holds out',
    date: '2022-03-04',
    text: `${TOPIC_TEXT.strike} The union rejected the offer.${COMMON}`,
  }),
  relatedDoc({
    id: 'f1',
    title: 'Drava floods villages',
    date: '2022-03-05',
    text: TOPIC_TEXT.floods + COMMON,
  }),
  relatedDoc({
    id: 'p2',
    title: 'Kestrel sends first lunar images',
    date: '2022-03-09',
    text: `${TOPIC_TEXT.probe} Scientists studied the images.${COMMON}`,
  }),
];
const index = createSimilarityIndex(
  docs.map((doc) => doc.vector),
  docs.map(() => null),
);

describe('createSimilarityIndex', () => {
  it('finds the story of the same subject first, and never the story itself', () => {
    expect(index.similarTo(0, 1)[0]!.doc).toBe(2);
    expect(index.similarTo(1, 1)[0]!.doc).toBe(4);
    for (let doc = 0; doc < docs.length; doc++) {
      expect(index.similarTo(doc, 10).map((hit) => hit.doc)).not.toContain(doc);
    }
  });

  it('skips what the caller rejects and answers at most the limit, best first', () => {
    expect(index.similarTo(0, 3).map((hit) => hit.doc)).toContain(2);
    expect(index.similarTo(0, 3, (doc) => doc === 2).map((hit) => hit.doc)).not.toContain(2);
    expect(index.similarTo(4, 1)).toHaveLength(1);
    const hits = index.similarTo(2, 10);
    expect(hits.length).toBeGreaterThan(1);
    for (let i = 1; i < hits.length; i++)
      expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
  });

  it('scores with a symmetric cosine: 1 for the same text, 0 for nothing shared', () => {
    const same = createSimilarityIndex(
      [docs[0]!.vector, docs[0]!.vector, packed({ terms: ['zebra'], counts: [1], length: 1 })],
      [null, null, null],
    );
    expect(same.cosine(0, 1)).toBeCloseTo(1, 5);
    expect(same.cosine(0, 2)).toBe(0);
    expect(index.cosine(0, 2)).toBeCloseTo(index.cosine(2, 0), 6);
  });

  it('nudges stories near in date up when asked', () => {
    const vectors: TermVector[] = [
      { terms: ['flood', 'river'], counts: [2, 1], length: 3 },
      { terms: ['flood', 'river'], counts: [2, 1], length: 3 },
      { terms: ['flood', 'river'], counts: [2, 1], length: 3 },
    ];
    const dated = createSimilarityIndex(vectors.map(packed), [1000, 2000, 1003], {
      dateProximity: { weight: 0.5, scaleDays: 10 },
    });
    expect(dated.similarTo(0, 2).map((hit) => hit.doc)).toEqual([2, 1]);
  });

  it('ranks exactly as brute-force cosine does (property)', () => {
    const vocabulary = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'];
    const vector = fc
      .uniqueArray(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 8 })
      .chain((terms) =>
        fc.record({
          terms: fc.constant(terms),
          counts: fc.array(fc.integer({ min: 1, max: 9 }), {
            minLength: terms.length,
            maxLength: terms.length,
          }),
          length: fc.constant(terms.length),
        }),
      );
    fc.assert(
      fc.property(fc.array(vector, { minLength: 2, maxLength: 30 }), (vectors) => {
        const built = createSimilarityIndex(
          vectors.map(packed),
          vectors.map(() => null),
        );
        for (let doc = 0; doc < vectors.length; doc++) {
          const fast = built.similarTo(doc, 5).map((hit) => hit.score);
          const brute = vectors
            .map((_, other) => (other === doc ? -1 : built.cosine(doc, other)))
            .filter((score) => score > 0)
            .sort((a, b) => b - a)
            .slice(0, 5);
          expect(fast.map((s) => s.toFixed(5))).toEqual(brute.map((s) => s.toFixed(5)));
          const specific = built.specificTo(doc, 5).map((hit) => hit.score);
          const bruteSpecific = vectors
            .map((_, other) => (other === doc ? -1 : built.specificCosine(doc, other)))
            .filter((score) => score > 0)
            .sort((a, b) => b - a)
            .slice(0, 5);
          expect(specific.map((s) => s.toFixed(5))).toEqual(bruteSpecific.map((s) => s.toFixed(5)));
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('createSimilarityIndex on formulaic stories', () => {
  /** A results story: the formula every results story shares, and the company's own name. */
  const results = (company: string, figures: string): TermVector =>
    vectorOf(`${company} quarterly results net profit shares revenue ${figures}`);
  /** A deal story naming a company. */
  const deal = (company: string): TermVector =>
    vectorOf(`${company} agreed acquire stake merger offer tender bid`);
  const many = (count: number, make: (n: number) => TermVector): TermVector[] =>
    Array.from({ length: count }, (_, n) => make(n));
  function vectorOf(text: string): TermVector {
    const words = text.split(' ');
    return { terms: words, counts: words.map(() => 1), length: words.length };
  }

  it('finds stories of the same kind before stories that only share a rare name', () => {
    const vectors = [
      results('zorvath', 'first'),
      deal('zorvath'),
      ...many(30, (n) => results(`company${n}`, `figure${n}`)),
      ...many(30, (n) => deal(`bidder${n}`)),
      // The rest of the archive: results are a quarter of it, as on a wire.
      ...many(60, (n) => vectorOf(`team${n} match goal league season coach`)),
    ];
    const index = createSimilarityIndex(
      vectors.map(packed),
      vectors.map(() => null),
    );
    // The results story's nearest neighbours are results stories, not the deal naming Zorvath.
    const nearest = index.similarTo(0, 5).map((hit) => hit.doc);
    expect(nearest).not.toContain(1);
    expect(nearest.every((doc) => doc >= 2 && doc < 32)).toBe(true);
  });
});
