/**
 * `clippings export` never touches the archive and never overwrites: the hostile cases of
 * issue 21 (a name like `ARCH/..foo.md`, a link to the archive, an archive given through a
 * link, a device), folder exports whose story ids clash once made file names, `--out DIR/`
 * for a folder that does not exist yet, and the single story's headline as its file name
 * (issue 20). Each runs the CLI in-process on a small archive written here.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureBytes } from '../../../core/story/story-fixtures';
import type { TempArchive } from '../../../core/story/temp-archive';
import { makeTempArchive, snapshotTree } from '../../../core/story/temp-archive';
import { runCliCapturing } from '../cli-harness';

const LONG = 'a'.repeat(90);
let archive: TempArchive;
let before: string[];

const TITLE = 'Lighthouse keepers return to remote Faroe station after 40 years';
/** Words for each story's opening: duplicate saves are known by their words (text-key.ts). */
const OPENINGS = ['amber', 'birch', 'cedar', 'delta', 'ember', 'fjord', 'grove', 'heron'];
/** The canonical story under another headline and opening, so no two are duplicate saves. */
const story = (n: number): string =>
  fixtureBytes('canonical.txt')
    .toString('utf8')
    .replace(TITLE, `${TITLE} (part ${n})`)
    .replace('TORSHAVN: Two keepers', `TORSHAVN: ${OPENINGS[n]} Two keepers`);

beforeAll(() => {
  archive = makeTempArchive({
    'story one.txt': story(1),
    'story-one.txt': story(2),
    'café.txt': story(3),
    'cafe.txt': story(4),
    [`${LONG}-first.txt`]: story(5),
    [`${LONG}-second.txt`]: story(6),
    'Story-One.txt': story(7),
  });
  symlinkSync(archive.root, join(archive.base, 'link'));
  before = snapshotTree(archive.root);
});

afterAll(() => archive.remove());

const run = (out: string, extra: string[] = [], archiveDir = archive.root) =>
  runCliCapturing([
    'export',
    '--query',
    '',
    '--format',
    'md',
    '--out',
    out,
    '--archive',
    archiveDir,
    '--cache',
    join(archive.base, 'cache'),
    '--data',
    join(archive.base, 'data'),
    ...extra,
  ]);

describe('export refuses every place inside the archive', () => {
  it('refuses ARCH/..foo.md (a file inside ARCH, not beside it)', async () => {
    const result = await run(join(archive.root, '..foo.md'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/inside the archive/);
    expect(existsSync(join(archive.root, '..foo.md'))).toBe(false);
  });

  it('refuses a path through a link to the archive, even onto a story file', async () => {
    const result = await run(join(archive.base, 'link', 'story one.txt'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/inside the archive/);
    expect(readFileSync(join(archive.root, 'story one.txt'), 'utf8')).toBe(story(1));
  });

  it('refuses the archive itself and a path in it when the archive is given as a link', async () => {
    expect((await run(archive.root)).stderr).toMatch(/inside the archive/);
    const result = await run(join(archive.root, 'x.md'), [], join(archive.base, 'link'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/inside the archive/);
    expect(snapshotTree(archive.root)).toEqual(before);
  });

  it('refuses to write over anything that is not a regular file (a named pipe, a device)', async () => {
    // A FIFO stands in for /dev/full: the same refusal, with nothing at stake if it failed.
    const fifo = join(archive.base, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const result = await run(fifo);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/not a regular file \(it is a named pipe\)/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });
});

describe('a folder export', () => {
  it('writes one file per story, none overwriting another, whatever the ids', async () => {
    const folder = join(archive.base, 'each');
    mkdirSync(folder);
    const result = await run(folder, ['--json']);
    expect(result.code, result.stderr).toBe(0);
    const answer = JSON.parse(result.stdout) as { stories: number; files: string[] };
    expect(answer.stories).toBe(7);
    expect(new Set(answer.files).size).toBe(7);
    // As many files as the answer names, each holding its own story's id.
    expect(readdirSync(folder)).toHaveLength(7);
    const ids = answer.files.map(
      (file) => /\nid: "?([^"\n]+)"?\n/.exec(readFileSync(file, 'utf8'))?.[1],
    );
    expect(new Set(ids).size).toBe(7);
    expect(snapshotTree(archive.root)).toEqual(before);
  });

  it('never overwrites a file already in the folder', async () => {
    const folder = join(archive.base, 'each');
    const first = readdirSync(folder).map((name) => [name, readFileSync(join(folder, name))]);
    const again = await run(folder, ['--json']);
    expect(again.code, again.stderr).toBe(0);
    expect(readdirSync(folder)).toHaveLength(14);
    for (const [name, bytes] of first)
      expect(readFileSync(join(folder, name as string))).toEqual(bytes);
  });

  it('creates a folder named DIR/ that does not exist yet, rather than a file called DIR', async () => {
    const folder = join(archive.base, 'new-folder');
    const result = await run(`${folder}/`, ['--json']);
    expect(result.code, result.stderr).toBe(0);
    expect(lstatSync(folder).isDirectory()).toBe(true);
    expect(readdirSync(folder)).toHaveLength(7);
  });
});

describe('one story', () => {
  it('is exported under its headline, and its HTML title is the headline', async () => {
    const folder = join(archive.base, 'single');
    mkdirSync(folder);
    const out = join(folder, 'one.html');
    const result = await runCliCapturing([
      'export',
      '--id',
      'cafe',
      '--format',
      'html',
      '--out',
      out,
      '--archive',
      archive.root,
      '--cache',
      join(archive.base, 'cache'),
      '--data',
      join(archive.base, 'data'),
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain(`<title>${TITLE} (part 4)</title>`);
  });
});
