import { spawnSync } from 'node:child_process';
import { appendFileSync, rmSync, statSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { unreadableReason } from '../../../main/core/files/file-problems';
import {
  contentHash,
  readStoryFile,
  storyFromBytes,
} from '../../../main/core/story/read-story-file';
import { MAX_STORY_BYTES } from '../../../main/core/story/story-files';
import { walkArchive } from '../../../main/core/story/walk-archive';
import { CANONICAL, fixtureBytes } from './story-fixtures';
import type { TempArchive } from './temp-archive';
import { makeTempArchive } from './temp-archive';

let archive: TempArchive | null = null;
afterEach(() => {
  archive?.remove();
  archive = null;
});

describe('storyFromBytes', () => {
  it('parses a story and gives its content hash', () => {
    const bytes = fixtureBytes('canonical.txt');
    const read = storyFromBytes(bytes, 'world/canonical.txt', { id: 'canonical~abc123' });
    expect(read).toMatchObject({
      ok: true,
      hash: contentHash(bytes),
      story: { id: 'canonical~abc123', file: 'world/canonical.txt', title: CANONICAL.title },
    });
  });

  it('puts decoding warnings first among the story’s warnings', () => {
    const read = storyFromBytes(fixtureBytes('windows-1252.txt'), 'windows-1252.txt');
    expect(read.ok && read.story.warnings[0]).toBe(
      'The file is not valid UTF-8; it was read as Windows-1252.',
    );
  });

  it.each([
    ['empty.txt', 'The file is empty.'],
    ['whitespace-only.txt', 'The file holds only blank space, no story.'],
    ['binary.txt', 'The file is binary (it contains NUL bytes), not a story text.'],
  ])('skips %s with a reason', (name, reason) => {
    expect(storyFromBytes(fixtureBytes(name), name)).toEqual({
      ok: false,
      skipped: { file: name, reason },
    });
  });

  it('skips bytes over MAX_STORY_BYTES without reading them', () => {
    const read = storyFromBytes(new Uint8Array(MAX_STORY_BYTES + 1), 'big.txt');
    expect(read).toEqual({
      ok: false,
      skipped: { file: 'big.txt', reason: 'The file is 1 MB; story files over 1 MB are not read.' },
    });
  });
});

describe('contentHash', () => {
  it('is the SHA-1 hex of the bytes: equal bytes, equal hash', () => {
    expect(contentHash(Buffer.from('abc'))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(contentHash(Buffer.from('abd'))).not.toBe(contentHash(Buffer.from('abc')));
  });
});

describe('readStoryFile', () => {
  it('reads and parses a file of the archive, with its size and mtime', async () => {
    archive = makeTempArchive({ 'world/canonical.txt': fixtureBytes('canonical.txt') });
    const [entry] = (await walkArchive(archive.root)).entries;
    const read = await readStoryFile(archive.root, entry!);
    expect(read).toMatchObject({
      ok: true,
      size: fixtureBytes('canonical.txt').length,
      mtimeMs: statSync(join(archive.root, 'world/canonical.txt')).mtimeMs,
      stories: [{ id: 'canonical', file: 'world/canonical.txt', date: CANONICAL.date }],
    });
  });

  it('gives a story with no date no date — never the file’s modification date (today’s, on a fresh copy)', async () => {
    archive = makeTempArchive({
      'plain.txt': fixtureBytes('plain-text.txt'),
      'broken.md': fixtureBytes('../clippings/bad-front-matter.md'),
      'undated.html':
        '<html><head><title>Ferry timetable changes</title></head><body><article><h1>Ferry timetable changes</h1><p>The winter timetable starts on Monday, with two sailings a day instead of four.</p></article></body></html>',
    });
    const { entries } = await walkArchive(archive.root);
    for (const entry of entries) {
      const read = await readStoryFile(archive.root, entry);
      expect(read.ok, entry.file).toBe(true);
      if (read.ok) expect(read.stories[0]!.date, entry.file).toBeNull();
    }
    expect(entries.map((entry) => entry.file).sort()).toEqual([
      'broken.md',
      'plain.txt',
      'undated.html',
    ]);
  });

  it('skips a file that vanished, or grew past the limit, since the walk', async () => {
    archive = makeTempArchive({ 'gone.txt': 'x', 'grown.txt': 'x' });
    const { entries } = await walkArchive(archive.root);
    rmSync(join(archive.root, 'gone.txt'));
    truncateSync(join(archive.root, 'grown.txt'), MAX_STORY_BYTES + 10);
    expect(await readStoryFile(archive.root, entries[0]!)).toEqual({
      ok: false,
      skipped: { file: 'gone.txt', reason: 'The file disappeared before it could be read.' },
    });
    expect(await readStoryFile(archive.root, entries[1]!)).toMatchObject({
      ok: false,
      skipped: { file: 'grown.txt', reason: expect.stringMatching(/over 1 MB are not read/) },
    });
  });

  it('reads a file that changed size since the walk as it is now', async () => {
    archive = makeTempArchive({ 'story.txt': 'Title\n\nBody.' });
    const [entry] = (await walkArchive(archive.root)).entries;
    appendFileSync(join(archive.root, 'story.txt'), '\n\nMore body.');
    const read = await readStoryFile(archive.root, entry!);
    expect(read.ok && read.stories[0]!.paragraphs).toEqual(['Body.', 'More body.']);
  });

  it('does not block on a FIFO swapped in after the walk', async () => {
    archive = makeTempArchive({ 'story.txt': 'x' });
    const [entry] = (await walkArchive(archive.root)).entries;
    rmSync(join(archive.root, 'story.txt'));
    expect(spawnSync('mkfifo', [join(archive.root, 'story.txt')]).status).toBe(0);
    expect(await readStoryFile(archive.root, entry!)).toEqual({
      ok: false,
      skipped: { file: 'story.txt', reason: 'It is not a regular file.' },
    });
  });
});

describe('unreadableReason', () => {
  it('says why in words', () => {
    expect(unreadableReason({ code: 'EACCES' })).toBe(
      'The file could not be read: permission denied.',
    );
    expect(unreadableReason({ code: 'EIO' })).toBe('The file could not be read (EIO).');
    expect(unreadableReason(null)).toBe('The file could not be read.');
  });
});
