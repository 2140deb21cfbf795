import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../main/core/related/day-number';
import { createTitleIndex, titleKey } from '../../../main/core/related/title-index';
import { normaliseTitle } from '../../../main/core/story/normalise-title';
import { createTitleResolver, findDuplicateGroups } from '../../../main/core/story/title-links';

const TITLES = [
  'Port strike begins',
  "Port strike 'begins'",
  'PORT STRIKE BEGINS',
  'Zoë wins – again',
  'Zoe wins - again',
  'Floods recede',
  '',
];
const DATES = ['2022-01-01', '2022-01-03', '2022-01-10', null];

const story = fc.record({
  title: fc.constantFrom(...TITLES),
  date: fc.constantFrom(...DATES),
});

describe('titleKey', () => {
  it('is normaliseTitle', () => {
    for (const title of TITLES) expect(titleKey(title)).toBe(normaliseTitle(title));
  });
});

describe('createTitleIndex', () => {
  it('resolves exactly as the stories module resolver does (property)', () => {
    fc.assert(
      fc.property(
        fc.array(story, { maxLength: 12 }),
        fc.constantFrom(...TITLES, 'Not a title'),
        fc.constantFrom(...DATES),
        (sketches, headline, nearDate) => {
          const stories = sketches.map((sketch, i) => ({
            id: `s${String(i).padStart(2, '0')}`,
            ...sketch,
          }));
          const ours = createTitleIndex(
            stories,
            stories.map((s) => dayNumber(s.date)),
          );
          const theirs = createTitleResolver(stories)(headline, nearDate);
          const match = ours.resolve(headline, dayNumber(nearDate));
          expect(match === null ? null : stories[match.doc]!.id).toBe(theirs.id);
          expect((match?.alternatives ?? []).map((doc) => stories[doc]!.id)).toEqual(
            theirs.alternatives,
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('groups duplicates exactly as findDuplicateGroups does (property)', () => {
    fc.assert(
      fc.property(fc.array(story, { maxLength: 12 }), (sketches) => {
        const stories = sketches.map((sketch, i) => ({
          id: `s${String(12 - i).padStart(2, '0')}`,
          ...sketch,
        }));
        const ours = createTitleIndex(
          stories,
          stories.map((s) => dayNumber(s.date)),
        );
        const groups = ours.duplicateGroups().map((group) => group.map((doc) => stories[doc]!.id));
        expect(groups).toEqual(findDuplicateGroups(stories));
      }),
      { numRuns: 300 },
    );
  });

  it('picks the nearest in date among stories sharing a title, and lists the others', () => {
    const stories = [
      { id: 'a', title: 'Weather warning', date: '2022-01-01' },
      { id: 'b', title: 'Weather warning', date: '2022-03-01' },
      { id: 'c', title: 'Something else', date: '2022-03-01' },
    ];
    const index = createTitleIndex(
      stories,
      stories.map((s) => dayNumber(s.date)),
    );
    expect(index.resolve('WEATHER WARNING', dayNumber('2022-02-20'))).toEqual({
      doc: 1,
      alternatives: [0],
    });
    expect(index.resolve('Weather warning', dayNumber('2022-01-05'))).toEqual({
      doc: 0,
      alternatives: [1],
    });
    expect(index.resolve('Nothing like it', null)).toBeNull();
  });
});
