import { describe, expect, it } from 'vitest';
import { createTitleResolver, findDuplicateGroups } from '../../../main/core/story/title-links';

const stories = [
  { id: 'a', title: 'Port strike begins as talks collapse', date: '2022-09-20' },
  { id: 'b', title: 'Kestrel sends back first images', date: '2022-10-18' },
  { id: 'c', title: 'Weekly market report', date: '2022-10-01' },
  { id: 'd', title: 'Weekly market report', date: '2022-10-08' },
  { id: 'e', title: 'Weekly market report', date: '2022-10-15' },
  { id: 'f', title: '', date: '2022-10-15' },
];

describe('createTitleResolver', () => {
  const resolve = createTitleResolver(stories);

  it('resolves a headline written differently to the story with that title', () => {
    expect(resolve('Port Strike Begins As Talks Collapse', null)).toEqual({
      id: 'a',
      alternatives: [],
    });
    expect(resolve('KESTREL SENDS BACK FIRST IMAGES', '2022-11-01')).toEqual({
      id: 'b',
      alternatives: [],
    });
  });

  it('answers null for a headline the archive does not hold', () => {
    expect(resolve('Budget airline adds flights', '2022-10-01')).toEqual({
      id: null,
      alternatives: [],
    });
    expect(resolve('', null)).toEqual({ id: null, alternatives: [] });
  });

  it('picks the story nearest in date and lists the others, nearest first', () => {
    expect(resolve('Weekly market report', '2022-10-09')).toEqual({
      id: 'd',
      alternatives: ['e', 'c'],
    });
    expect(resolve('Weekly market report', '2022-10-14')).toEqual({
      id: 'e',
      alternatives: ['d', 'c'],
    });
  });

  it('breaks a tie in distance towards the earlier story', () => {
    expect(resolve('Weekly market report', '2022-10-04')?.id).toBe('c');
  });

  it('picks the earliest when the citing story has no date', () => {
    expect(resolve('Weekly market report', null)).toEqual({ id: 'c', alternatives: ['d', 'e'] });
  });
});

describe('findDuplicateGroups', () => {
  it('groups stories with the same normalised title and date, sorted by id', () => {
    expect(
      findDuplicateGroups([
        { id: 'z2', title: 'Bangle makers struggle', date: '2022-10-18' },
        { id: 'z1', title: 'BANGLE MAKERS STRUGGLE ', date: '2022-10-18' },
        { id: 'y', title: 'Bangle makers struggle', date: '2022-10-19' },
        { id: 'x1', title: 'Remittances rise', date: '2022-10-21' },
        { id: 'x3', title: 'Remittances rise', date: '2022-10-21' },
        { id: 'x2', title: 'Remittances rise', date: '2022-10-21' },
      ]),
    ).toEqual([
      ['x1', 'x2', 'x3'],
      ['z1', 'z2'],
    ]);
  });

  it('never groups stories without a date or a title', () => {
    expect(
      findDuplicateGroups([
        { id: 'a', title: 'Same', date: null },
        { id: 'b', title: 'Same', date: null },
        { id: 'c', title: '', date: '2022-01-01' },
        { id: 'd', title: '', date: '2022-01-01' },
      ]),
    ).toEqual([]);
  });
});
