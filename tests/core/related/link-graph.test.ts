import { describe, expect, it } from 'vitest';
import type { LinkSource } from '../../../main/core/related/link-graph';
import { dayNumber } from '../../../main/core/related/day-number';
import { createLinkGraph } from '../../../main/core/related/link-graph';

function graphOf(docs: LinkSource[]) {
  return createLinkGraph(
    docs,
    docs.map((doc) => dayNumber(doc.date)),
  );
}

const docs: LinkSource[] = [
  {
    id: 'a',
    title: "Port strike begins as talks with 'operator' collapse",
    date: '2022-10-01',
    headlines: [],
  },
  { id: 'b', title: 'Zoë Brask wins the Drava — Sava race', date: '2022-10-02', headlines: [] },
  {
    id: 'c',
    title: 'Exporters count losses',
    date: '2022-10-05',
    headlines: [
      'PORT STRIKE BEGINS AS TALKS WITH ‘OPERATOR’ COLLAPSE',
      'Zoe Brask wins the Drava - Sava race',
      'A story nobody saved',
    ],
  },
  { id: 'd', title: 'Weather warning issued', date: '2022-01-10', headlines: [] },
  { id: 'e', title: 'Weather warning issued', date: '2022-10-04', headlines: [] },
  {
    id: 'f',
    title: 'Dock union rejects offer',
    date: '2022-10-06',
    headlines: ['Weather warning issued', 'A story nobody saved'],
  },
  // A second save of f (same title and date): one story, two files.
  {
    id: 'g',
    title: 'Dock union rejects offer',
    date: '2022-10-06',
    headlines: ['A story nobody saved', 'Port strike begins as talks with operator collapse'],
  },
  {
    id: 'h',
    title: 'Later story',
    date: '2022-11-20',
    headlines: ['a story nobody saved', 'Dock union rejects offer', 'Exporters count losses'],
  },
];
const graph = graphOf(docs);

describe('createLinkGraph', () => {
  it('resolves headlines that differ in case, quotes, dashes and accents', () => {
    expect(graph.linked(2)).toEqual([
      { headline: docs[2]!.headlines[0], id: 'a', alternatives: [] },
      { headline: docs[2]!.headlines[1], id: 'b', alternatives: [] },
      { headline: 'A story nobody saved', id: null, alternatives: [] },
    ]);
  });

  it('picks the story nearest in date for a shared title, and names the other', () => {
    expect(graph.linked(5)[0]).toEqual({
      headline: 'Weather warning issued',
      id: 'e',
      alternatives: ['d'],
    });
  });

  it('never lists a duplicate save as an alternative', () => {
    const linked = graph.linked(7)[1]!;
    expect(['f', 'g']).toContain(linked.id);
    expect(linked.alternatives).toEqual([]);
  });

  it('groups duplicate saves', () => {
    expect(graph.groupOf(5)).toEqual([5, 6]);
    expect(graph.groupOf(6)).toEqual([5, 6]);
    expect(graph.groupOf(0)).toEqual([0]);
  });

  it('is symmetric: every link is a citation of its target, and every citation a link', () => {
    for (let doc = 0; doc < docs.length; doc++) {
      for (const target of graph.linksOf(doc)) {
        const citers = graph.citedBy(target).flatMap((citer) => graph.groupOf(citer));
        expect(citers).toContain(doc);
      }
      for (const citer of graph.citedBy(doc)) {
        const targets = graph.linksOf(citer).flatMap((target) => graph.groupOf(target));
        expect(targets).toContain(doc);
      }
    }
  });

  it('folds duplicate saves in cited-by', () => {
    // Both saves f and g name the port strike story a; c names it too.
    expect(
      graph
        .citedBy(0)
        .map((doc) => docs[doc]!.id)
        .sort(),
    ).toEqual(['c', 'g']);
  });

  it('counts each missing headline once per citing story, with the latest date cited', () => {
    expect(graph.missing()).toEqual([
      // c, f (= g, a duplicate save) and h: three stories.
      { headline: 'A story nobody saved', citations: 3, lastCited: '2022-11-20' },
    ]);
  });

  it('says how many headlines resolved', () => {
    expect(graph.resolution).toEqual({ resolved: 6, total: 10 });
  });
});
