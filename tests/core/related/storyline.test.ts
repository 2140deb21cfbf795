import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../main/core/related/day-number';
import { createLinkGraph } from '../../../main/core/related/link-graph';
import type { RelatedDoc } from '../../../main/core/related/related-index';
import { createSimilarityIndex } from '../../../main/core/related/similarity-index';
import { STORYLINE_DEFAULTS, walkStoryline } from '../../../main/core/related/storyline';
import { TOPIC_TEXT, relatedDoc } from '../../fixtures/related/related-docs';

function dateAfter(days: number): string {
  return new Date(Date.UTC(2022, 0, 1 + days)).toISOString().slice(0, 10);
}

/** Stories 0…count-1 of one running strike; each names the one before it. */
function chain(count: number): RelatedDoc[] {
  return Array.from({ length: count }, (_, k) =>
    relatedDoc({
      id: `s${String(k).padStart(2, '0')}`,
      title: `Strike day ${k}`,
      date: dateAfter(k),
      text: `${TOPIC_TEXT.strike} Day ${k} of the walkout.`,
      headlines: k > 0 ? [`Strike day ${k - 1}`] : [],
    }),
  );
}

function build(docs: RelatedDoc[]) {
  const links = createLinkGraph(
    docs,
    docs.map((doc) => dayNumber(doc.date)),
  );
  const similarity = createSimilarityIndex(
    docs.map((doc) => doc.vector),
    docs.map(() => null),
  );
  return { links, similarity };
}

describe('walkStoryline', () => {
  it('starts with the story, then the closest in the link graph, bounded in size', () => {
    const docs = chain(40);
    const { links, similarity } = build(docs);
    const linksOnly = { ...STORYLINE_DEFAULTS, similarThreshold: 2, linkRank: 0 };
    const line = walkStoryline(20, links, similarity, linksOnly);
    expect(line).toHaveLength(30);
    expect(line[0]).toBe(20);
    expect(new Set(line).size).toBe(30);
    // Breadth first: 19 and 21 (one link away) before 18 and 22, and so on.
    expect(new Set(line.slice(1, 3))).toEqual(new Set([19, 21]));
    expect(new Set(line.slice(3, 5))).toEqual(new Set([18, 22]));
    expect(Math.max(...line.map((doc) => Math.abs(doc - 20)))).toBeLessThanOrEqual(15);
  });

  it('does not follow a link to a story about something else', () => {
    const docs = [
      ...chain(4),
      relatedDoc({
        id: 'x',
        title: 'Drava floods villages',
        date: dateAfter(2),
        text: TOPIC_TEXT.floods,
        headlines: ['Strike day 2'],
      }),
    ];
    const { links, similarity } = build(docs);
    const line = walkStoryline(2, links, similarity);
    expect(links.citedBy(2)).toContain(4);
    expect(line).not.toContain(4);
    expect(new Set(line)).toEqual(new Set([0, 1, 2, 3]));
  });

  it('joins a story that is not linked but reads almost the same', () => {
    const docs = [
      ...chain(3),
      relatedDoc({
        id: 'twin',
        title: 'Dockworkers stay out',
        date: dateAfter(5),
        text: `${TOPIC_TEXT.strike} Day 1 of the walkout.`,
      }),
      ...(['probe', 'floods', 'election'] as const).map((topic) =>
        relatedDoc({ id: topic, title: topic, date: dateAfter(3), text: TOPIC_TEXT[topic] }),
      ),
    ];
    const { links, similarity } = build(docs);
    expect(links.citedBy(3)).toEqual([]);
    expect(links.linksOf(3)).toEqual([]);
    expect(walkStoryline(0, links, similarity)).toContain(3);
  });

  it('counts duplicate saves once', () => {
    const docs = chain(3);
    docs.push({ ...docs[1]!, id: 's01-copy' });
    const { links, similarity } = build(docs);
    const line = walkStoryline(0, links, similarity);
    expect(line.filter((doc) => doc === 1 || doc === 3)).toHaveLength(1);
  });
});
