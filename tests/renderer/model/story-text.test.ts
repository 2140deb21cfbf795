import { describe, expect, it } from 'vitest';
import { storyAsText } from '../../../renderer/src/model/story-text';
import { makeStory } from '../fake-api';

describe('storyAsText', () => {
  it('gives headline, facts, captions and paragraphs with the dateline restored', () => {
    const text = storyAsText(
      makeStory({
        id: 'x',
        title: 'Ferry returns',
        section: 'local',
        date: '2022-11-08',
        byline: 'Ada Marsh',
        dateline: 'MILLFORD',
        captions: ['The ferry at the quay.'],
        paragraphs: ['The ferry came back.', 'Crowds cheered.'],
      }),
    );
    expect(text).toBe(
      'Ferry returns\n\nLocal · Tuesday, 8 November 2022 · By Ada Marsh\n\n[The ferry at the quay.]\n\n' +
        'MILLFORD: The ferry came back.\n\nCrowds cheered.\n',
    );
  });
});
