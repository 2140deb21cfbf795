import { truncateSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Story } from '../../../contract/api';
import { scanArchive } from '../../../main/core/story/scan-archive';
import { findDuplicateGroups } from '../../../main/core/story/title-links';
import { CANONICAL, STORY_FIXTURES, fixtureBytes } from './story-fixtures';
import type { TempArchive } from './temp-archive';
import { makeTempArchive, snapshotTree } from './temp-archive';

let archive: TempArchive | null = null;
afterEach(() => {
  archive?.remove();
  archive = null;
});

describe('scanArchive', () => {
  it('parses every story file of the fixtures and skips the three that are not stories', async () => {
    const { stories, skipped } = await scanArchive(STORY_FIXTURES);
    expect(skipped).toEqual([
      { file: 'binary.txt', reason: expect.stringMatching(/binary/) },
      { file: 'empty.txt', reason: 'The file is empty.' },
      { file: 'whitespace-only.txt', reason: expect.stringMatching(/blank space/) },
    ]);
    expect(stories).toHaveLength(29);
    expect(stories.map((story) => story.file)).toEqual([...stories.map((s) => s.file)].sort());
  });

  it('merges what the walk and the reads skipped, in path order', async () => {
    archive = makeTempArchive({
      'a/story.txt': fixtureBytes('canonical.txt'),
      'b/empty.txt': '',
      'c/huge.txt': '',
      'd/binary.txt': fixtureBytes('binary.txt'),
    });
    truncateSync(join(archive.root, 'c/huge.txt'), 3 * 1024 * 1024);
    const { stories, skipped } = await scanArchive(archive.root);
    expect(stories.map((story) => story.id)).toEqual(['story']);
    expect(skipped.map((entry) => entry.file)).toEqual([
      'b/empty.txt',
      'c/huge.txt',
      'd/binary.txt',
    ]);
  });

  it('hands stories to onStory instead of collecting them, and reports progress', async () => {
    archive = makeTempArchive({
      'one.txt': fixtureBytes('canonical.txt'),
      'two.txt': fixtureBytes('no-captions.txt'),
      'three.txt': fixtureBytes('empty.txt'),
    });
    const handed: { story: Story; hash: string; size: number }[] = [];
    const progress: [number, number][] = [];
    const result = await scanArchive(archive.root, {
      concurrency: 2,
      onStory: (story, read) => handed.push({ story, ...read }),
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(result.stories).toEqual([]);
    expect(result.skipped).toEqual([{ file: 'three.txt', reason: 'The file is empty.' }]);
    expect(handed.map((entry) => entry.story.id).sort()).toEqual(['one', 'two']);
    expect(handed.every((entry) => /^[0-9a-f]{40}$/.test(entry.hash) && entry.size > 0)).toBe(true);
    expect(progress[0]).toEqual([0, 3]);
    expect(progress.at(-1)).toEqual([3, 3]);
  });

  it('finds the same story saved twice under two names', async () => {
    archive = makeTempArchive({
      '000_aaaa.txt': fixtureBytes('canonical.txt'),
      'copies/001_bbbb.txt': fixtureBytes('crlf-line-endings.txt'),
      '002_cccc.txt': fixtureBytes('windows-1252.txt'),
    });
    const { stories } = await scanArchive(archive.root);
    expect(stories.map((story) => story.title)).toContain(CANONICAL.title);
    expect(findDuplicateGroups(stories)).toEqual([['000_aaaa', '001_bbbb']]);
  });

  it('writes nothing in the archive', async () => {
    archive = makeTempArchive({ 'a.txt': fixtureBytes('canonical.txt'), 'b/c.txt': 'x' });
    const before = snapshotTree(archive.root);
    await scanArchive(archive.root);
    expect(snapshotTree(archive.root)).toEqual(before);
  });

  it('answers a missing folder with a skipped entry, not a throw', async () => {
    await expect(scanArchive('/no/such/archive/folder')).resolves.toEqual({
      stories: [],
      skipped: [{ file: '.', reason: 'The archive folder does not exist.' }],
    });
  });
});
