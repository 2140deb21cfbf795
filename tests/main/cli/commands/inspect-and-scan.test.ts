/**
 * The CLI's `inspect` and `scan` (main/cli/commands/inspect.ts, scan.ts), run in-process the
 * way `npm run --silent cli -- … --json` runs them: exactly one JSON document on stdout.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCapturing } from '../cli-harness';
import { CANONICAL, SAMPLE_ARCHIVE, STORY_FIXTURES } from '../../../core/story/story-fixtures';

const cli = (...argv: string[]) => runCliCapturing(argv);

describe('inspect FILE --json', () => {
  it('prints the Story of a file outside any archive, named by its base name', async () => {
    const { code, stdout } = await cli('inspect', join(STORY_FIXTURES, 'canonical.txt'), '--json');
    expect(code).toBe(0);
    const story = JSON.parse(stdout);
    expect(story).toMatchObject({
      id: 'canonical',
      file: 'canonical.txt',
      title: CANONICAL.title,
      date: CANONICAL.date,
      warnings: [],
    });
  });

  it('names the file relative to the archive given with --archive', async () => {
    const { stdout } = await cli(
      'inspect',
      join(STORY_FIXTURES, 'canonical.txt'),
      '--archive',
      join(STORY_FIXTURES, '..'),
      '--json',
    );
    expect(JSON.parse(stdout).file).toBe('stories/canonical.txt');
  });

  it('says why a file that is not a story cannot be inspected', async () => {
    const { code, stdout, stderr } = await cli(
      'inspect',
      join(STORY_FIXTURES, 'binary.txt'),
      '--json',
    );
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'clippings inspect: binary.txt is not a story. The file is binary (it contains NUL bytes), not a story text.',
    );
    expect((await cli('inspect', join(STORY_FIXTURES, 'nope.txt'))).stderr).toMatch(
      /There is no file at .*nope\.txt\./,
    );
  });

  it('takes exactly one FILE', async () => {
    expect((await cli('inspect')).code).toBe(2);
    expect(await cli('inspect', 'a.txt', 'b.txt')).toMatchObject({
      stderr: 'clippings inspect: it takes one FILE, not 2 (quote an argument that holds spaces).',
      stdout: 'usage: npm run --silent cli -- inspect FILE [--archive DIR]',
    });
  });

  it('counts in words, with the singular for one', async () => {
    const { code, stdout } = await cli('inspect', join(STORY_FIXTURES, 'single-caption.txt'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/\n1 caption, \d+ paragraphs?, \d+ related headlines?\n?/);
  });
});

describe('scan DIR --json', () => {
  it('counts the stories, skipped files, duplicate groups and links of the sample archive', async () => {
    const { code, stdout } = await cli('scan', SAMPLE_ARCHIVE, '--json');
    expect(code).toBe(0);
    const answer = JSON.parse(stdout);
    expect(Object.keys(answer)).toEqual(['stories', 'skipped', 'duplicates', 'links']);
    expect(answer).toMatchObject({ stories: 70, skipped: [], duplicates: 2 });
    expect(answer.links.resolved).toBeGreaterThan(0);
    expect(answer.links.unresolved).toBeGreaterThan(0);
  });

  it('lists the skipped files with their reasons', async () => {
    const answer = JSON.parse((await cli('scan', STORY_FIXTURES, '--json')).stdout);
    expect(answer.skipped.map((entry: { file: string }) => entry.file)).toEqual([
      'binary.txt',
      'empty.txt',
      'whitespace-only.txt',
    ]);
    expect(answer.stories).toBe(29);
  });

  it('refuses a DIR that is not a folder', async () => {
    const { code, stderr } = await cli('scan', join(STORY_FIXTURES, 'canonical.txt'), '--json');
    expect(code).toBe(2);
    expect(stderr).toMatch(/is not a folder\.$/);
  });
});
