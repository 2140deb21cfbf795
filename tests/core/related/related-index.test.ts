import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RelatedIndex } from '../../../main/core/related/related-index';
import { createRelatedIndex, SIMILAR_FLOOR } from '../../../main/core/related/related-index';
import { scanArchive } from '../../../main/core/story/scan-archive';
import { normaliseTitle } from '../../../main/core/story/normalise-title';
import { TOPIC_TEXT, relatedDoc, relatedDocOf } from '../../fixtures/related/related-docs';

const COMMON = ' Officials said more details would follow.';
const docs = [
  relatedDoc({
    id: 's1',
    title: 'Dockworkers walk out at Varna',
    date: '2022-03-01',
    text: TOPIC_TEXT.strike + COMMON,
  }),
  relatedDoc({
    id: 's2',
    title: 'Varna terminal idle as union holds out',
    date: '2022-03-03',
    text: `${TOPIC_TEXT.strike} The union rejected a new offer.${COMMON}`,
    headlines: [
      'Dockworkers walk out at Varna',
      'Kestrel probe reaches lunar orbit',
      'Election results delayed',
    ],
  }),
  // s3 is a second save of s2 (same title, same date).
  relatedDoc({
    id: 's3',
    title: 'Varna terminal idle as union holds out',
    date: '2022-03-03',
    text: `${TOPIC_TEXT.strike} The union rejected a new offer.${COMMON}`,
    headlines: ['Dockworkers walk out at Varna'],
  }),
  relatedDoc({
    id: 's4',
    title: 'Exporters count losses as Varna strike drags on',
    date: '2022-03-06',
    text: `${TOPIC_TEXT.strike} Exporters counted losses.${COMMON}`,
    headlines: ['VARNA TERMINAL IDLE AS UNION HOLDS OUT', 'Election results delayed'],
  }),
  relatedDoc({
    id: 'p1',
    title: 'Kestrel probe reaches lunar orbit',
    date: '2022-03-02',
    text: TOPIC_TEXT.probe + COMMON,
  }),
  relatedDoc({
    id: 'f1',
    title: 'Drava floods villages',
    date: '2022-03-04',
    text: TOPIC_TEXT.floods + COMMON,
  }),
  relatedDoc({
    id: 'e1',
    title: 'Polls close in capital',
    date: '2022-03-05',
    text: TOPIC_TEXT.election + COMMON,
  }),
];
const index = createRelatedIndex(docs);
/** Shares nothing with the strike stories but the closing boilerplate. */
const TELECOM = relatedDoc({
  id: 't1',
  title: 'Telecom operator raises mobile tariffs',
  date: '2022-03-02',
  text:
    'The mobile operator raised its monthly tariffs for prepaid and contract customers, ' +
    'blaming network upgrades and the cost of spectrum licences. The regulator said it ' +
    'would review the roaming charges.' +
    COMMON,
});

describe('createRelatedIndex', () => {
  it('answers the linked headlines in order, resolved or marked absent', () => {
    expect(index.related('s2').linked).toEqual([
      { headline: 'Dockworkers walk out at Varna', id: 's1', alternatives: [] },
      { headline: 'Kestrel probe reaches lunar orbit', id: 'p1', alternatives: [] },
      { headline: 'Election results delayed', id: null, alternatives: [] },
    ]);
  });

  it('answers the stories that cite this one, a duplicate save once', () => {
    const citedBy = index.related('s1').citedBy;
    expect(citedBy).toHaveLength(1);
    expect(['s2', 's3']).toContain(citedBy[0]!.id);
    expect(citedBy[0]).toMatchObject({
      title: 'Varna terminal idle as union holds out',
      date: '2022-03-03',
    });
    expect(index.related('s2').citedBy.map((ref) => ref.id)).toEqual(['s4']);
  });

  it('answers similar stories, never itself, its duplicates or what it already links', () => {
    const similar = index.related('s2').similar.map((story) => story.id);
    expect(similar).not.toContain('s2');
    expect(similar).not.toContain('s3');
    expect(similar).not.toContain('s1');
    expect(similar).not.toContain('p1');
    expect(similar[0]).toBe('s4');
    const fromS1 = index.related('s1').similar;
    expect(fromS1.length).toBeLessThanOrEqual(8);
    expect(fromS1.filter((story) => story.id === 's2' || story.id === 's3')).toHaveLength(1);
    expect(fromS1[0]!.score).toBeGreaterThan(fromS1.at(-1)!.score);
  });

  it('shows no weak match as similar: a telecom story sharing only common words with a strike', () => {
    const withTelecom = createRelatedIndex([...docs, TELECOM]);
    const similar = withTelecom.related('s1').similar;
    expect(similar.map((story) => story.id)).not.toContain('t1');
    expect(similar.map((story) => story.id)).toContain('s4');
    for (const story of similar) expect(story.score).toBeGreaterThanOrEqual(SIMILAR_FLOOR);
    // With no floor, the list is padded with it, as it was.
    const unfloored = createRelatedIndex([...docs, TELECOM], { similarFloor: 0 });
    expect(unfloored.related('s1').similar.map((story) => story.id)).toContain('t1');
  });

  it('answers the storyline oldest first, with the asked story marked', () => {
    const storyline = index.related('s4').storyline;
    expect(storyline.map((entry) => entry.id)).toEqual(['s1', 's2', 's4']);
    expect(storyline.filter((entry) => entry.current).map((entry) => entry.id)).toEqual(['s4']);
  });

  it('answers no storyline for a story that stands alone', () => {
    expect(index.related('f1').storyline).toEqual([]);
  });

  it('answers the duplicate saves', () => {
    expect(index.related('s2').duplicates.map((ref) => ref.id)).toEqual(['s3']);
    expect(index.duplicatesOf('s3').map((ref) => ref.id)).toEqual(['s2']);
    expect(index.duplicatesOf('s1')).toEqual([]);
    expect(index.duplicatesOf('nope')).toEqual([]);
  });

  it('fails with E_NOT_FOUND for an unknown story', () => {
    expect(() => index.related('nope')).toThrow(expect.objectContaining({ code: 'E_NOT_FOUND' }));
  });

  it('lists missing headlines with how many stories cite them, within a limit', () => {
    expect(index.missing()).toEqual([
      {
        headline: 'Election results delayed',
        citations: 2,
        lastCited: '2022-03-06',
        citedBy: [expect.objectContaining({ date: '2022-03-06' }), expect.anything()],
      },
    ]);
    expect(index.missing(0)).toEqual([]);
  });
});

describe('createRelatedIndex on the sample archive', () => {
  const root = join(__dirname, '../../../archive');
  const fixture = JSON.parse(
    readFileSync(join(__dirname, '../../fixtures/sample-archive.json'), 'utf8'),
  ) as {
    storylines: { name: string; files: string[] }[];
    duplicates: string[][];
    normalisedReferences: { inFile: string; headline: string; resolvesTo: string }[];
    missingHeadlines: { headline: string; citedBy: string[] }[];
  };
  const idOf = (file: string): string => file.replace(/\.txt$/, '');
  let sample: RelatedIndex;

  beforeAll(async () => {
    const { stories } = await scanArchive(root);
    sample = createRelatedIndex(stories.map(relatedDocOf));
  });

  it('brings each storyline out whole, from any of its stories', () => {
    for (const storyline of fixture.storylines) {
      const members = storyline.files.map(idOf);
      for (const member of members) {
        const found = sample.related(member).storyline.map((entry) => entry.id);
        expect(found, `${storyline.name} from ${member}`).toEqual(expect.arrayContaining(members));
      }
    }
  });

  it('resolves headlines written differently from their titles', () => {
    for (const reference of fixture.normalisedReferences) {
      const linked = sample.related(idOf(reference.inFile)).linked;
      const entry = linked.find((link) => link.headline === reference.headline);
      expect(entry?.id, reference.headline).toBe(idOf(reference.resolvesTo));
    }
  });

  it('finds the duplicate saves', () => {
    for (const [first, second] of fixture.duplicates) {
      expect(sample.duplicatesOf(idOf(first!)).map((ref) => ref.id)).toEqual([idOf(second!)]);
    }
  });

  it('lists the missing headlines with their citations, duplicate saves counted once', () => {
    const missing = sample.missing();
    const duplicateOf = new Map(fixture.duplicates.map(([first, second]) => [second!, first!]));
    for (const expected of fixture.missingHeadlines) {
      const entry = missing.find(
        (item) => normaliseTitle(item.headline) === normaliseTitle(expected.headline),
      );
      const citers = new Set(expected.citedBy.map((file) => duplicateOf.get(file) ?? file));
      expect(entry?.citations, expected.headline).toBe(citers.size);
    }
  });
});
