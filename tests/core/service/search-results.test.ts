import { describe, expect, it } from 'vitest';
import type { StoryRecord } from '../../../main/core/index/story-record';
import type { CatalogueSegment } from '../../../main/core/index/catalogue';
import type { Candidate } from '../../../main/core/service/search-results';
import { assemblePage, toSearchHit } from '../../../main/core/service/search-results';

const segment = { segmentId: 's', worker: 0 } as CatalogueSegment;

function candidate(id: string, score: number, date: string | null, section = 'world'): Candidate {
  const story: StoryRecord = {
    id,
    file: `${id}.txt`,
    size: 1,
    mtimeMs: 1,
    hash: '',
    title: id,
    date,
    section,
    byline: null,
    duplicateKey: null,
  };
  return { segment, doc: 0, story, score };
}

const noDuplicates = { groupKey: (id: string) => id, duplicatesOf: () => [] };

describe('assemblePage', () => {
  const candidates = [
    candidate('a', 3, '2022-11-02'),
    candidate('b', 5, '2022-10-01', 'business'),
    candidate('c', 1, null),
    candidate('d', 5, '2022-11-20'),
  ];

  it('sorts by relevance (ties: newest first), newest or oldest (undated last), and pages', () => {
    const ids = (sort: 'relevance' | 'newest' | 'oldest', offset = 0, limit = 10) =>
      assemblePage(candidates, { sort, offset, limit }, noDuplicates).hits.map(
        (hit) => hit.candidate.story.id,
      );
    expect(ids('relevance')).toEqual(['d', 'b', 'a', 'c']);
    expect(ids('newest')).toEqual(['d', 'a', 'b', 'c']);
    expect(ids('oldest')).toEqual(['b', 'a', 'd', 'c']);
    expect(ids('relevance', 1, 2)).toEqual(['b', 'a']);
  });

  it('counts sections and months over every hit', () => {
    const page = assemblePage(candidates, { sort: 'relevance', offset: 0, limit: 1 }, noDuplicates);
    expect(page.total).toBe(4);
    expect(page.facets).toEqual({
      sections: [
        { name: 'world', count: 3 },
        { name: 'business', count: 1 },
      ],
      months: [
        { month: '2022-10', count: 1 },
        { month: '2022-11', count: 2 },
      ],
      entities: [],
    });
  });

  it('counts the people, organisations and places the hits name, a few of each, most first', () => {
    const named = (id: string, people: string[], places: string[]): Candidate => {
      const one = candidate(id, 1, '2022-11-02');
      one.story.entities = [people.map((name) => [name, 2]), [], places.map((name) => [name, 1])];
      return one;
    };
    const page = assemblePage(
      [
        named('a', ['James Baker'], ['Japan', 'Tokyo']),
        named('b', ['James Baker', 'Toshiki Kaifu'], ['Japan']),
        named('c', [], ['Brussels']),
        ...Array.from({ length: 6 }, (_, i) => named(`p${i}`, [], [`Place ${i}`])),
      ],
      { sort: 'relevance', offset: 0, limit: 1 },
      noDuplicates,
    );
    const entities = page.facets.entities ?? [];
    expect(entities.filter((entity) => entity.kind === 'person')).toEqual([
      { kind: 'person', name: 'James Baker', stories: 2 },
      { kind: 'person', name: 'Toshiki Kaifu', stories: 1 },
    ]);
    const places = entities.filter((entity) => entity.kind === 'place');
    expect(places).toHaveLength(5);
    expect(places[0]).toEqual({ kind: 'place', name: 'Japan', stories: 2 });
  });

  it('folds duplicate saves into one hit, counted once', () => {
    const groups: Record<string, string[]> = { a: ['a', 'd'], d: ['a', 'd'] };
    const duplicates = {
      groupKey: (id: string) => groups[id]?.[0] ?? id,
      duplicatesOf: (id: string) => (groups[id] ?? []).filter((other) => other !== id),
    };
    const page = assemblePage(candidates, { sort: 'relevance', offset: 0, limit: 10 }, duplicates);
    expect(page.total).toBe(3);
    expect(page.hits.map((hit) => [hit.candidate.story.id, hit.duplicates])).toEqual([
      ['d', ['a']],
      ['b', []],
      ['c', []],
    ]);
  });

  it('finds the top of a long list without sorting all of it', () => {
    const many = Array.from({ length: 500 }, (_, i) =>
      candidate(`s${i}`, (i * 37) % 101, '2022-01-01'),
    );
    const page = assemblePage(many, { sort: 'relevance', offset: 3, limit: 5 }, noDuplicates);
    const expected = [...many].sort(
      (x, y) => y.score - x.score || (x.story.id < y.story.id ? -1 : 1),
    );
    expect(page.hits.map((hit) => hit.candidate.story.id)).toEqual(
      expected.slice(3, 8).map((c) => c.story.id),
    );
  });
});

describe('toSearchHit', () => {
  it('is a StoryRef with byline, score, snippet and duplicates', () => {
    const hit = toSearchHit(candidate('a', 1.234567, '2022-11-02'), ['b'], {
      text: 'x',
      highlights: [],
    });
    expect(hit).toEqual({
      id: 'a',
      title: 'a',
      date: '2022-11-02',
      section: 'world',
      byline: null,
      score: 1.2346,
      snippet: { text: 'x', highlights: [] },
      duplicates: ['b'],
    });
  });
});
