import { describe, expect, it } from 'vitest';
import { storyIdFor } from '../../../main/core/index/story-ids';

describe('storyIdFor', () => {
  it('is the file’s stem, or the stem with a stable suffix when taken', () => {
    expect(storyIdFor('2022/001_ab.txt', new Set())).toBe('001_ab');
    const suffixed = storyIdFor('other/001_ab.txt', new Set(['001_ab']));
    expect(suffixed).toMatch(/^001_ab~[0-9a-f]{6}$/);
    expect(storyIdFor('other/001_ab.txt', new Set(['001_ab']))).toBe(suffixed);
    expect(storyIdFor('other/001_ab.txt', new Set(['001_ab', suffixed]))).toBe(`${suffixed}-2`);
  });
});
