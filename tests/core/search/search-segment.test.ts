import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClippingsError } from '../../../main/core/model/errors';
import type { IndexedText } from '../../../main/core/search/index-fields';
import { INDEX_FIELDS } from '../../../main/core/search/index-fields';
import { parseQuery } from '../../../main/core/search/parse-query';
import { planSearch } from '../../../main/core/search/search-plan';
import type { SearchableSegment } from '../../../main/core/search/search-segment';
import { searchSegment, segmentSnippets } from '../../../main/core/search/search-segment';
import {
  buildSegmentIndex,
  documentFrequencies,
  fieldLengthTotals,
} from '../../../main/core/search/segment-index';
import { queryWithLunr } from './segment-lunr-index';
import { Vocabulary } from '../../../main/core/search/vocabulary';
import { plainLunrIndex, plainSearch } from './plain-lunr';
import { pickWord, seededRandom, syntheticTexts } from './synthetic-texts';

const DATES = ['2022-09-14', '2022-10-02', '2022-11-08', null];

/** Our engine over `texts` split in segments of `size`, with archive-wide statistics. */
function segmentedArchive(texts: readonly IndexedText[], size: number) {
  const segments: { start: number; searchable: SearchableSegment }[] = [];
  for (let start = 0; start < texts.length; start += size) {
    const slice = texts.slice(start, start + size);
    segments.push({
      start,
      searchable: {
        index: buildSegmentIndex(slice),
        section: (doc: number) => slice[doc]?.section ?? '',
        date: (doc: number) => DATES[(start + doc) % DATES.length] ?? null,
        text: (doc: number) => slice[doc] as IndexedText,
      },
    });
  }
  const vocabulary = new Vocabulary();
  const totals = INDEX_FIELDS.map(() => 0);
  for (const { start, searchable } of segments) {
    vocabulary.addSegment(
      String(start),
      searchable.index.terms,
      documentFrequencies(searchable.index),
    );
    fieldLengthTotals(searchable.index).forEach(
      (total, f) => (totals[f] = (totals[f] ?? 0) + total),
    );
  }
  const statistics = { documentCount: texts.length, fieldLengthTotals: totals };
  return {
    segments,
    search(queryText: string, engine: 'ours' | 'lunr' = 'ours', filters = {}): Map<string, number> {
      const plan = planSearch(parseQuery(queryText), filters, vocabulary, statistics);
      const scores = new Map<string, number>();
      if (!plan) return scores;
      for (const { start, searchable } of segments) {
        if (engine === 'lunr') {
          for (const result of queryWithLunr(searchable.index, plan)) {
            scores.set(String(start + Number(result.ref)), result.score);
          }
          continue;
        }
        const hits = searchSegment(searchable, plan);
        hits.docs.forEach((doc, i) => scores.set(String(start + doc), hits.scores[i] as number));
      }
      return scores;
    },
    snippets(queryText: string, ref: number) {
      const plan = planSearch(parseQuery(queryText), {}, vocabulary, statistics);
      const segment = segments.find(({ start }) => ref >= start && ref < start + size);
      return segmentSnippets(segment!.searchable, [ref - segment!.start], plan)[0]!;
    },
  };
}

function expectSameScores(
  actual: Map<string, number>,
  expected: Map<string, number>,
  label: string,
) {
  expect([...actual.keys()].sort(), label).toEqual([...expected.keys()].sort());
  for (const [ref, score] of expected) expect(actual.get(ref), label).toBeCloseTo(score, 9);
}

const texts = syntheticTexts(240);
const plain = plainLunrIndex(texts);

describe('searchSegment', () => {
  it('scores every story exactly as one lunr index over all of them, whatever the segment size', () => {
    const random = seededRandom(3);
    const queries: string[][] = [];
    for (let i = 0; i < 50; i += 1) {
      queries.push(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pickWord(random)));
    }
    queries.push(
      ['ship*'],
      ['oil~1'],
      ['price', 'mark*'],
      ['cafe'],
      ['korea~1'],
      ['ship', '-harbour'],
    );
    for (const size of [240, 100, 37]) {
      const ours = segmentedArchive(texts, size);
      for (const words of queries) {
        expectSameScores(
          ours.search(words.join(' ')),
          plainSearch(plain, words),
          `${words} / ${size}`,
        );
      }
    }
  });

  it('answers as lunr.Index.query does on the same segments', () => {
    const ours = segmentedArchive(texts, 64);
    for (const query of [
      'ship',
      'harbour prices',
      'ship* -korea',
      'title:storm',
      'oil~1 market^2',
    ]) {
      expectSameScores(ours.search(query), ours.search(query, 'lunr'), query);
    }
  });

  it('requires one alternative of an OR group', () => {
    const ours = segmentedArchive(texts, 50);
    const either = ours.search('festival OR bridge');
    const festival = ours.search('festival');
    const bridge = ours.search('bridge');
    expect(new Set(either.keys())).toEqual(new Set([...festival.keys(), ...bridge.keys()]));
  });

  it('keeps only stories where a phrase’s words stand together, in one field', () => {
    const phraseTexts: IndexedText[] = [
      {
        title: 'North Korea fires a missile',
        captions: '',
        byline: '',
        section: 'world',
        dateline: '',
        body: '',
      },
      {
        title: 'Korea north of the border',
        captions: '',
        byline: '',
        section: 'world',
        dateline: '',
        body: '',
      },
      {
        title: 'Storm in the north',
        captions: '',
        byline: '',
        section: 'world',
        dateline: '',
        body: 'Korea braces.',
      },
      {
        title: 'The Bank of England holds rates',
        captions: '',
        byline: '',
        section: 'business',
        dateline: '',
        body: '',
      },
      {
        title: 'A bank in England closes',
        captions: '',
        byline: '',
        section: 'business',
        dateline: '',
        body: '',
      },
      {
        title: 'Talks end',
        captions: '',
        byline: '',
        section: 'world',
        dateline: '',
        body: 'They met in the north.\n\nKorea said no.',
      },
    ];
    const ours = segmentedArchive(phraseTexts, 4);
    expect([...ours.search('"north korea"').keys()]).toEqual(['0']);
    expect([...ours.search('"bank of england"').keys()]).toEqual(['3']);
    expect([...ours.search('"North Koreas"').keys()]).toEqual(['0']); // stems match
    expect([...ours.search('"nor* korea"').keys()]).toEqual(['0']); // wildcards too
    expect([...ours.search('korea -"north korea"').keys()].sort()).toEqual(['1', '2', '5']);
    expect([...ours.search('title:"korea north"').keys()]).toEqual(['1']);
  });

  it('applies section and date filters, from the query and the request alike', () => {
    const ours = segmentedArchive(texts, 60);
    const all = ours.search('ship');
    const world = ours.search('ship section:world');
    const november = ours.search('ship', 'ours', { from: '2022-11-01', to: '2022-11-30' });
    expect(world.size).toBeGreaterThan(0);
    for (const ref of world.keys()) expect(texts[Number(ref)]?.section).toBe('world');
    for (const ref of november.keys()) expect(DATES[Number(ref) % DATES.length]).toBe('2022-11-08');
    expect(world.size + ours.search('ship -section:world').size).toBe(all.size);
    expect(ours.search('section:sport').size).toBe(
      texts.filter((t) => t.section === 'sport').length,
    );
  });

  it('lists every story without a prohibited word when nothing else is asked', () => {
    const ours = segmentedArchive(texts, 70);
    const without = ours.search('-ship');
    expect(without.size).toBe(texts.length - ours.search('ship').size);
  });

  it('answers any query with hits or E_QUERY, never another exception', () => {
    const ours = segmentedArchive(texts.slice(0, 60), 25);
    const piece = fc.oneof(
      fc.constantFrom(...'+-:"*~^ ORtitle:section:date:2022..'.split(/(?=[a-z:])/)),
      fc.constantFrom(
        'ship',
        'harbour',
        'the',
        'oil',
        'korea',
        'Zürich',
        'OR',
        '"',
        '*',
        '~1',
        '^2',
      ),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), fc.boolean(), (parts, spaced) => {
        const query = parts.join(spaced ? ' ' : '');
        try {
          ours.search(query);
        } catch (error) {
          expect(error).toBeInstanceOf(ClippingsError);
          expect((error as ClippingsError).code).toBe('E_QUERY');
        }
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('segmentSnippets', () => {
  it('highlights the query’s words where they stand in the snippet', () => {
    const ours = segmentedArchive(texts, 240);
    const [ref] = [...ours.search('harbour').keys()];
    const snippet = ours.snippets('harbour', Number(ref));
    expect(snippet.highlights.length).toBeGreaterThan(0);
    for (const [start, end] of snippet.highlights) {
      expect(snippet.text.slice(start, end).toLowerCase()).toBe('harbour');
    }
  });
});
