import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStoryBytesSync } from '../../../main/core/index/read-story-bytes';
import { MAX_STORY_BYTES } from '../../../main/core/story/story-files';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'clippings-bytes-'));
  await writeFile(join(dir, 'story.txt'), 'A title\n\nA body.');
  await writeFile(join(dir, 'huge.md'), Buffer.alloc(MAX_STORY_BYTES + 1, 97));
  await mkdir(join(dir, 'folder.txt'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readStoryBytesSync', () => {
  it('reads a story file whole, with its size and mtime', () => {
    const read = readStoryBytesSync(join(dir, 'story.txt'), 'story.txt', dir);
    expect(read.ok && read.bytes.toString()).toBe('A title\n\nA body.');
    expect(read.ok && read.size).toBe(16);
  });

  it('skips, with a reason, what it must not read', () => {
    const huge = readStoryBytesSync(join(dir, 'huge.md'), 'huge.md', dir);
    expect(!huge.ok && huge.skipped.reason).toMatch(/over 1 MB are not read/);
    const folder = readStoryBytesSync(join(dir, 'folder.txt'), 'folder.txt', dir);
    expect(!folder.ok && folder.skipped.reason).toMatch(/not a regular file|folder/);
    const missing = readStoryBytesSync(join(dir, 'gone.txt'), 'gone.txt', dir);
    expect(!missing.ok && missing.skipped.reason).toMatch(/disappeared/);
  });
});
