import { describe, expect, it } from 'vitest';
import { SharedValues } from '../../../main/core/index/shared-values';
import type { StoryRecord } from '../../../main/core/index/story-record';

function record(id: string, count: number): StoryRecord {
  // Fresh strings each time, as JSON.parse gives them.
  const fresh = (text: string) => JSON.parse(JSON.stringify(text)) as string;
  return {
    id,
    file: `${id}.txt`,
    size: 10,
    mtimeMs: 1,
    hash: 'ab'.repeat(32),
    title: `Story ${id}`,
    date: fresh('2024-03-01'),
    section: fresh('business'),
    byline: fresh('By Ann Reporter'),
    duplicateKey: null,
    entities: [
      [[fresh('James Baker'), count]],
      [],
      [
        [fresh('Japan'), 1],
        [fresh('Tokyo'), 40],
      ],
    ],
  };
}

describe('SharedValues', () => {
  it('keeps every value a record had, sharing the repeated ones', () => {
    const shared = new SharedValues();
    const a = shared.share(record('a', 2));
    const b = shared.share(record('b', 2));
    const c = shared.share(record('c', 3));
    expect(b).toMatchObject({ date: '2024-03-01', section: 'business', byline: 'By Ann Reporter' });
    expect(c.entities).toEqual([
      [['James Baker', 3]],
      [],
      [
        ['Japan', 1],
        ['Tokyo', 40],
      ],
    ]);
    // The same pair is one array; another count is another pair, with the same name.
    expect(a.entities![0][0]).toBe(b.entities![0][0]);
    expect(c.entities![0][0]).not.toBe(a.entities![0][0]);
    expect(c.entities![0][0]![0]).toBe(a.entities![0][0]![0]);
    // Main never compares content hashes: they are not kept.
    expect(a.hash).toBe('');
  });
});
