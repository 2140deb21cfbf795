import { describe, expect, it } from 'vitest';
import type { StoryRecord } from '../../../main/core/index/story-record';
import { duplicateKeyOf } from '../../../main/core/index/story-record';
import type { SegmentSummary } from '../../../main/core/index/worker-protocol';
import { Catalogue } from '../../../main/core/index/catalogue';
import { normaliseTitle } from '../../../main/core/story/normalise-title';
import { findDuplicateGroups } from '../../../main/core/story/title-links';

function record(id: string, title: string, date: string | null): StoryRecord {
  return {
    id,
    file: `${id}.txt`,
    size: 10,
    mtimeMs: 1,
    hash: '',
    title,
    date,
    section: 'world',
    byline: null,
    duplicateKey: duplicateKeyOf(date, normaliseTitle(title)),
  };
}

function summary(segmentId: string, stories: StoryRecord[], terms: string[]): SegmentSummary {
  return {
    segmentId,
    storiesJson: JSON.stringify(stories),
    skipped: [
      {
        id: `${segmentId}-bad`,
        file: `${segmentId}-bad.txt`,
        reason: 'empty',
        size: 0,
        mtimeMs: 1,
      },
    ],
    termsText: terms.join('\n'),
    frequencies: Uint32Array.from(terms, () => 2),
    fieldLengthTotals: [stories.length, 0, 0, 0, 0, 10 * stories.length],
    checksum: 'c',
    bytes: 100,
    filesRead: 0,
    cacheWriteError: null,
  };
}

const first = [
  record('a1', 'Port strike ends', '2022-11-01'),
  record('a2', 'Storm hits coast', '2022-11-02'),
];
const second = [
  record('b1', 'Port Strike Ends', '2022-11-01'),
  record('b2', 'Storm hits coast', '2022-11-03'),
  record('b3', 'Port strike ends', null),
];

describe('Catalogue', () => {
  it('holds every story of its segments, with archive-wide statistics', () => {
    const catalogue = new Catalogue();
    catalogue.add(summary('s1', first, ['port', 'strike']), 0);
    catalogue.add(summary('s2', second, ['port', 'storm']), 1);
    expect(catalogue.storyCount).toBe(5);
    expect(catalogue.statistics).toEqual({
      documentCount: 5,
      fieldLengthTotals: [5, 0, 0, 0, 0, 50],
    });
    expect(catalogue.vocabulary.frequency('port')).toBe(4);
    expect(catalogue.locate('b2')).toMatchObject({ doc: 1, segment: { worker: 1 } });
    expect(catalogue.skippedFiles()).toHaveLength(2);
    expect(catalogue.coverage().map((c) => [c.segmentId, c.firstFile, c.files.size])).toEqual([
      ['s1', 'a1.txt', 3],
      ['s2', 'b1.txt', 4],
    ]);
  });

  it('groups duplicates exactly as findDuplicateGroups does', () => {
    const catalogue = new Catalogue();
    catalogue.add(summary('s1', first, []), 0);
    catalogue.add(summary('s2', second, []), 0);
    const expected = findDuplicateGroups([...first, ...second]);
    expect(expected).toEqual([['a1', 'b1']]);
    expect(catalogue.duplicatesOf('a1')).toEqual(['b1']);
    expect(catalogue.duplicatesOf('b1')).toEqual(['a1']);
    expect(catalogue.groupKey('b1')).toBe('a1');
    expect(catalogue.duplicatesOf('b3')).toEqual([]);
    expect(catalogue.groupKey('b2')).toBe('b2');
    // Five stories, one of them a second save: lists show four.
    expect(catalogue.duplicateSaves).toBe(1);
  });

  it('forgets a retired segment’s stories, duplicates and statistics at once', () => {
    const catalogue = new Catalogue();
    catalogue.add(summary('s1', first, ['port']), 0);
    catalogue.add(summary('s2', second, ['port']), 0);
    expect(catalogue.retire('s2')?.segmentId).toBe('s2');
    expect(catalogue.storyCount).toBe(2);
    expect(catalogue.locate('b1')).toBeUndefined();
    expect(catalogue.duplicatesOf('a1')).toEqual([]);
    expect(catalogue.duplicateSaves).toBe(0);
    expect(catalogue.vocabulary.frequency('port')).toBe(2);
    expect(catalogue.statistics.fieldLengthTotals[5]).toBe(20);
    expect(catalogue.retire('s2')).toBeUndefined();
  });
});
