import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_STORY_BYTES } from '../../../main/core/story/story-files';
import { walkArchive } from '../../../main/core/story/walk-archive';
import type { TempArchive } from './temp-archive';
import { makeTempArchive, snapshotTree } from './temp-archive';

let archive: TempArchive | null = null;
afterEach(() => {
  archive?.remove();
  archive = null;
});

const filesOf = async (root: string): Promise<string[]> =>
  (await walkArchive(root)).entries.map((entry) => entry.file);

describe('walkArchive', () => {
  it('lists the .txt files of every folder in sorted path order, with size and mtime', async () => {
    archive = makeTempArchive({
      'b.txt': 'bb',
      'a/z.txt': 'z',
      'a/m/deep.TXT': 'deep',
      'notes.log': 'not a story',
      'image.jpg': 'x',
    });
    utimesSync(join(archive.root, 'b.txt'), 1_600_000_000, 1_600_000_000);
    const { entries, skipped } = await walkArchive(archive.root);
    expect(entries.map((entry) => entry.file)).toEqual(['a/m/deep.TXT', 'a/z.txt', 'b.txt']);
    expect(entries.map((entry) => entry.id)).toEqual(['deep', 'z', 'b']);
    expect(entries[2]).toEqual({ id: 'b', file: 'b.txt', size: 2, mtimeMs: 1_600_000_000_000 });
    expect(skipped).toEqual([]);
  });

  it('lists saved pages and Markdown clippings beside text stories, not a page’s assets', async () => {
    archive = makeTempArchive({
      'a.txt': 'a',
      'b.HTML': '<html>',
      'c.htm': '<html>',
      'd.md': '# d',
      'e.markdown': '# e',
      'Page.html': '<html>',
      'Page_files/frame.html': '<html>',
      'Page_files/notes.md': '# part of the page',
      'press_files/f.txt': 'an ordinary folder: no press.html beside it',
    });
    expect(await filesOf(archive.root)).toEqual([
      'Page.html',
      'a.txt',
      'b.HTML',
      'c.htm',
      'd.md',
      'e.markdown',
      'press_files/f.txt',
    ]);
  });

  it('reads saved pages up to 10 MB, other story files up to 1 MiB', async () => {
    archive = makeTempArchive({ 'page.html': '', 'big.md': '' });
    truncateSync(join(archive.root, 'page.html'), 5 * 1024 * 1024);
    truncateSync(join(archive.root, 'big.md'), 2 * 1024 * 1024);
    const { entries, skipped } = await walkArchive(archive.root);
    expect(entries.map((entry) => entry.file)).toEqual(['page.html']);
    expect(skipped).toEqual([
      { file: 'big.md', reason: 'The file is 2 MB; story files over 1 MB are not read.' },
    ]);
  });

  it('skips hidden files and folders without a word', async () => {
    archive = makeTempArchive({
      '.hidden.txt': 'x',
      '.git/objects/story.txt': 'x',
      'sub/.cache/story.txt': 'x',
      'sub/seen.txt': 'x',
    });
    expect(await walkArchive(archive.root)).toEqual({
      entries: [expect.objectContaining({ file: 'sub/seen.txt' })],
      skipped: [],
    });
  });

  it('gives a later file with a stem already taken a stable suffix from its path', async () => {
    archive = makeTempArchive({
      'a/story.txt': 'one',
      'b/story.txt': 'two',
      'c/story.txt': 'three',
    });
    const suffix = (file: string): string =>
      createHash('sha1').update(file).digest('hex').slice(0, 6);
    const { entries } = await walkArchive(archive.root);
    expect(entries.map((entry) => entry.id)).toEqual([
      'story',
      `story~${suffix('b/story.txt')}`,
      `story~${suffix('c/story.txt')}`,
    ]);
    expect((await walkArchive(archive.root)).entries).toEqual(entries);
  });

  it('skips a file over the size limit, saying how big it is', async () => {
    // A text file may be an export of many stories: files are limited to 256 MB, stories to 1 MB.
    archive = makeTempArchive({ 'small.txt': 'x', 'export.txt': '', 'huge.txt': '' });
    truncateSync(join(archive.root, 'export.txt'), 50 * 1024 * 1024);
    truncateSync(join(archive.root, 'huge.txt'), 300 * 1024 * 1024);
    const { entries, skipped } = await walkArchive(archive.root);
    expect(entries.map((entry) => entry.file)).toEqual(['export.txt', 'small.txt']);
    expect(skipped).toEqual([
      { file: 'huge.txt', reason: 'The file is 300 MB; files over 256 MB are not read.' },
    ]);
    expect(MAX_STORY_BYTES).toBe(1024 * 1024);
  });

  it('does not follow links out of the archive, and says so', async () => {
    archive = makeTempArchive({ 'inside.txt': 'x' });
    const outside = join(archive.base, 'outside');
    mkdirSync(outside);
    writeFileSync(join(outside, 'secret.txt'), 'x');
    symlinkSync(join(outside, 'secret.txt'), join(archive.root, 'linked.txt'));
    symlinkSync(outside, join(archive.root, 'linked-folder'));
    const { entries, skipped } = await walkArchive(archive.root);
    expect(entries.map((entry) => entry.file)).toEqual(['inside.txt']);
    expect(skipped.map((entry) => entry.file)).toEqual(['linked-folder', 'linked.txt']);
    expect(skipped[0]!.reason).toMatch(/link to a place outside the archive/);
  });

  it('follows links inside the archive but lists each file once, under its own path', async () => {
    archive = makeTempArchive({ 'real/story.txt': 'x' });
    symlinkSync(join(archive.root, 'real'), join(archive.root, 'alias'));
    symlinkSync(join(archive.root, 'real', 'story.txt'), join(archive.root, 'a-link.txt'));
    expect(await filesOf(archive.root)).toEqual(['real/story.txt']);
  });

  it('cannot be made to loop by links to a parent folder or to themselves', async () => {
    archive = makeTempArchive({ 'a/b/story.txt': 'x' });
    symlinkSync(archive.root, join(archive.root, 'a', 'b', 'up'));
    symlinkSync(join(archive.root, 'a'), join(archive.root, 'a', 'b', 'again'));
    symlinkSync(join(archive.root, 'self.txt'), join(archive.root, 'self.txt'));
    const { entries, skipped } = await walkArchive(archive.root);
    expect(entries.map((entry) => entry.file)).toEqual(['a/b/story.txt']);
    expect(skipped).toEqual([{ file: 'self.txt', reason: expect.stringMatching(/loops/) }]);
  });

  it('skips a broken link with a reason', async () => {
    archive = makeTempArchive({});
    symlinkSync(join(archive.root, 'gone.txt'), join(archive.root, 'broken.txt'));
    expect((await walkArchive(archive.root)).skipped).toEqual([
      { file: 'broken.txt', reason: 'The file disappeared before it could be read.' },
    ]);
  });

  it('skips a FIFO named .txt instead of blocking on it', async () => {
    archive = makeTempArchive({ 'ok.txt': 'x' });
    expect(spawnSync('mkfifo', [join(archive.root, 'pipe.txt')]).status).toBe(0);
    expect(await walkArchive(archive.root)).toEqual({
      entries: [expect.objectContaining({ file: 'ok.txt' })],
      skipped: [{ file: 'pipe.txt', reason: 'It is not a regular file.' }],
    });
  });

  it('skips a file whose name is not valid UTF-8, saying to rename it', async () => {
    archive = makeTempArchive({});
    writeFileSync(
      Buffer.concat([Buffer.from(`${archive.root}/caf`), Buffer.from([0xe9]), Buffer.from('.txt')]),
      'x',
    );
    expect((await walkArchive(archive.root)).skipped).toEqual([
      { file: 'caf\ufffd.txt', reason: expect.stringMatching(/^Its name is not valid UTF-8/) },
    ]);
  });

  it('answers a missing folder or a file with a skipped entry instead of throwing', async () => {
    archive = makeTempArchive({ 'story.txt': 'x' });
    expect(await walkArchive(join(archive.root, 'nope'))).toEqual({
      entries: [],
      skipped: [{ file: '.', reason: 'The archive folder does not exist.' }],
    });
    expect(await walkArchive(join(archive.root, 'story.txt'))).toEqual({
      entries: [],
      skipped: [{ file: '.', reason: 'The archive is not a folder.' }],
    });
  });

  it('skips a folder whose path is longer than the system allows, saying why', async () => {
    archive = makeTempArchive({ 'top.txt': 'a story' });
    // 220 nested folders: a path past PATH_MAX (4,096 bytes), made one `cd` at a time.
    spawnSync('bash', [
      '-c',
      'cd "$1" && for i in $(seq 220); do mkdir nested-folder-name-xx && cd nested-folder-name-xx; done && echo story > deep.txt',
      'deep',
      archive.root,
    ]);
    const remove = archive.remove;
    archive.remove = () => {
      spawnSync('rm', ['-rf', archive?.base ?? '/nonexistent']);
      remove();
    };
    const { entries, skipped } = await walkArchive(archive.root);
    expect(entries.map((entry) => entry.file)).toEqual(['top.txt']);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]?.file).toMatch(/^(nested-folder-name-xx\/)+$/);
    expect(Buffer.byteLength(join(archive.root, skipped[0]?.file ?? ''))).toBeGreaterThan(4095);
    expect(skipped[0]?.reason).toBe(
      'Its path is longer than the system allows (PATH_MAX, 4,096 bytes on Linux), so neither it nor the stories in it can be opened; move it nearer the archive’s top.',
    );
  });

  it('writes nothing in the archive', async () => {
    archive = makeTempArchive({ 'a/one.txt': 'x', 'two.txt': 'y', '.hidden/three.txt': 'z' });
    symlinkSync(archive.root, join(archive.root, 'a', 'loop'));
    const before = snapshotTree(archive.root);
    await walkArchive(archive.root);
    expect(snapshotTree(archive.root)).toEqual(before);
  });
});
