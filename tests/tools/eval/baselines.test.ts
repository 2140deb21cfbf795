import { describe, expect, it } from 'vitest';
import { baselineTerms } from '../../../tools/eval/baseline-tokenizer';
import { buildBm25Index } from '../../../tools/eval/baselines/bm25-index';
import { buildMoreLikeThis } from '../../../tools/eval/baselines/bm25-more-like-this';
import { buildCosineTfIdf } from '../../../tools/eval/baselines/cosine-tfidf';
import { buildPlainLunr, lunrQueryText } from '../../../tools/eval/baselines/plain-lunr';
import { buildTermCorpus } from '../../../tools/eval/baselines/term-corpus';

// Six short stories in three pairs; each story's right neighbour is its pair.
const docs = [
  {
    title: 'Volcano erupts near island village',
    body: 'Lava from the volcano reached the village as ash covered the island. Villagers fled the lava and the ash by boat.',
  },
  {
    title: 'Ash cloud from island volcano grounds flights',
    body: 'The volcano kept throwing ash over the island, and the ash cloud grounded flights. Lava still flows.',
  },
  {
    title: 'Chess champion keeps her title',
    body: 'The champion won the final chess game with a bold knight sacrifice, and kept the title after a tense tournament.',
  },
  {
    title: 'Knight sacrifice decides chess tournament',
    body: 'A knight sacrifice in the last round decided the chess tournament; the champion called the knight move her best.',
  },
  {
    title: 'Bakery wins prize for rye bread',
    body: 'The bakery baked rye bread with a sourdough starter, and the rye loaf won the prize at the county fair.',
  },
  {
    title: 'Sourdough rye loaves sell out at fair',
    body: 'Sourdough rye loaves from the bakery sold out at the fair; the baker said the starter is ten years old.',
  },
];
const pair = (doc: number): number => doc ^ 1;
const corpus = buildTermCorpus(docs);

describe('baseline tokenizer', () => {
  it('lower-cases, splits on non-letters, drops stop words and stems', () => {
    expect(baselineTerms('The U.S. volcanoes were erupting, again!')).toEqual([
      'u',
      's',
      'volcano',
      'erupt',
      'again',
    ]);
  });
});

describe('term corpus', () => {
  it('counts terms and document frequencies', () => {
    const volcano = corpus.idOf.get('volcano')!;
    expect(corpus.df[volcano]).toBe(2);
    const row = Array.from(corpus.docTerm.subarray(corpus.docStart[0]!, corpus.docStart[1]!));
    const count = corpus.docCount[corpus.docStart[0]! + row.indexOf(volcano)];
    expect(count).toBe(2); // title and body
  });
});

describe('cosine tf-idf baseline', () => {
  const cosine = buildCosineTfIdf(corpus);

  it('finds each story its pair first, never itself', () => {
    for (let doc = 0; doc < docs.length; doc++) {
      const found = cosine.similar(doc, 3);
      expect(found[0]).toBe(pair(doc));
      expect(found).not.toContain(doc);
    }
  });

  it('leaves out what the caller excludes', () => {
    expect(cosine.similar(0, 3, (other) => other === 1)).not.toContain(1);
  });

  it('lists a story’s distinctive terms first', () => {
    expect(cosine.topTerms(2, 3)).toContain('chess');
  });
});

describe('BM25 more-like-this baseline', () => {
  const bm25 = buildBm25Index(corpus);
  const moreLikeThis = buildMoreLikeThis(corpus, bm25);

  it('finds each story its pair first, never itself', () => {
    for (let doc = 0; doc < docs.length; doc++) {
      const found = moreLikeThis.similar(doc, 3);
      expect(found[0]).toBe(pair(doc));
      expect(found).not.toContain(doc);
    }
  });

  it('builds a boosted query of at most 25 terms, top term at boost 1', () => {
    const query = moreLikeThis.queryOf(0);
    expect(query.length).toBeGreaterThan(0);
    expect(query.length).toBeLessThanOrEqual(25);
    expect(query[0]!.boost).toBe(1);
    expect(query.every((term) => term.term.length >= 3)).toBe(true);
  });

  it('BM25 search ranks the story holding the rare words first', () => {
    expect(bm25.search('knight sacrifice tournament', 3)[0]).toBe(3);
    expect(bm25.search('sourdough starter ten years', 3)[0]).toBe(5);
  });
});

describe('plain lunr baseline', () => {
  const lunr = buildPlainLunr(docs);

  it('finds a story by its title words, all required or any', () => {
    expect(lunr.search('Chess champion keeps', 'all', 5).hits[0]).toBe(2);
    expect(lunr.search('Chess champion keeps', 'any', 5).hits[0]).toBe(2);
  });

  it('requires every word with +', () => {
    expect(lunr.search('volcano chess', 'all', 5).hits).toEqual([]);
    expect(lunr.search('volcano chess', 'any', 5).hits.length).toBeGreaterThan(2);
  });

  it('cuts typed punctuation as its index does, and gives stop words no +', () => {
    expect(lunrQueryText('The rye, bread!', 'all')).toBe('the +rye +bread');
    expect(lunr.search('The rye, bread!', 'all', 5).hits).toEqual([4]);
  });

  it('reports a query its parser refuses as a parse error', () => {
    expect(lunr.search('see http://example.org', 'any', 5)).toEqual({
      hits: [],
      parseError: true,
    });
  });

  it('finds similar stories from top tf-idf terms', () => {
    const cosine = buildCosineTfIdf(corpus);
    for (let doc = 0; doc < docs.length; doc++) {
      const found = lunr.similar(cosine.topTerms(doc, 25), 3, (other) => other === doc);
      expect(found[0]).toBe(pair(doc));
    }
  });
});
