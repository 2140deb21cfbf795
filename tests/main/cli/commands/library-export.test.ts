/**
 * The CLI's library and export commands (main/cli/commands/library.ts, export.ts), in-process
 * against the search fixture archive (read-only), a scratch cache and a scratch data folder:
 * star, read, tag, note, show, saved searches, search with library filters, export to a file
 * and to a folder, and refusals in words (bad tag, unknown id, a damaged library set aside).
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SavedSearch, SearchResponse, StoryLibraryState } from '../../../../contract/api';
import { runCliCapturing, useScratchDir } from '../cli-harness';

const ARCHIVE = join(__dirname, '../../../fixtures/search/archive');
const HARBOUR = '000_1a2b3c4d5e6f7081';
const FERRY = '008_92a3b4c5d6e7f809';
const scratch = useScratchDir('clippings-cli-library-');

const options = () => [
  '--archive',
  ARCHIVE,
  '--cache',
  join(scratch(), 'cache'),
  '--data',
  join(scratch(), 'data'),
];
const json = async <T>(argv: string[]): Promise<T> => {
  const result = await runCliCapturing([...argv, ...options(), '--json']);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.out[0]!) as T;
};

describe('libraryCommand', () => {
  it('stars, marks read, tags and notes a story, and shows its state', async () => {
    expect(await json<StoryLibraryState>(['library', 'star', HARBOUR])).toMatchObject({
      starred: true,
    });
    expect(await json<StoryLibraryState>(['library', 'read', HARBOUR])).toMatchObject({
      read: true,
    });
    expect(
      await json<StoryLibraryState>(['library', 'tag', HARBOUR, 'Night Shifts']),
    ).toMatchObject({
      tags: ['night shifts'],
    });
    await json(['library', 'note', HARBOUR, '--text', 'Compare with the 2019 strike.']);
    await json(['library', 'star', FERRY]);
    const shown = await json<StoryLibraryState>(['library', 'show', HARBOUR]);
    expect(shown).toMatchObject({
      id: HARBOUR,
      starred: true,
      read: true,
      tags: ['night shifts'],
      notes: [{ text: 'Compare with the 2019 strike.' }],
    });
    const text = await runCliCapturing(['library', 'show', HARBOUR, ...options()]);
    expect(text.stdout).toContain('starred, read');
  }, 60_000); // seven CLI runs, each opening the archive: beyond 20 s on a loaded machine

  it('undoes: unstar, unread, untag', async () => {
    await json(['library', 'unstar', FERRY]);
    await json(['library', 'tag', FERRY, 'ferries']);
    expect(await json<StoryLibraryState>(['library', 'untag', FERRY, 'FERRIES'])).toMatchObject({
      starred: false,
      tags: [],
    });
    expect(await json<StoryLibraryState>(['library', 'unread', FERRY])).toMatchObject({
      read: false,
    });
  }, 60_000);

  it('lets search filter by the library', async () => {
    const starred = await json<SearchResponse>(['search', 'is:starred']);
    expect(starred.hits.map((hit) => hit.id)).toEqual([HARBOUR]);
    expect(starred.hits[0]?.library).toEqual({ starred: true, read: true });
    const unread = await json<SearchResponse>(['search', 'harbour', 'is:unread']);
    expect(unread.hits.map((hit) => hit.id)).not.toContain(HARBOUR);
    expect(unread.total).toBeGreaterThan(0);
  });

  it('saves a search and lists it with its counts', async () => {
    const saved = await json<SavedSearch>([
      'library',
      'saved',
      'add',
      'Night shifts',
      'tag:"night shifts"',
    ]);
    expect(saved).toMatchObject({ name: 'Night shifts', total: 1, newMatches: 0 });
    const list = await json<SavedSearch[]>(['library', 'saved', 'list']);
    expect(list).toEqual([expect.objectContaining({ name: 'Night shifts', total: 1 })]);
  });

  it('refuses bad input in words, with exit code 2', async () => {
    const long = await runCliCapturing([
      'library',
      'tag',
      HARBOUR,
      'x'.repeat(10_000),
      ...options(),
    ]);
    expect(long.code).toBe(2);
    expect(long.stderr).toMatch(/A tag is at most 100 characters/);
    const unknown = await runCliCapturing(['library', 'star', 'no_such_story', ...options()]);
    expect(unknown.code).toBe(2);
    // The same words as `related no_such_story`: it never was in the archive.
    expect(unknown.stderr).toBe(
      'clippings library: There is no story "no_such_story" in this archive.',
    );
    const noText = await runCliCapturing(['library', 'note', HARBOUR, ...options()]);
    expect(noText.stderr).toMatch(/--text is required/);
    const verb = await runCliCapturing(['library', 'polish', HARBOUR, ...options()]);
    expect(verb.stderr).toMatch(/usage: clippings library/);
  });

  it('sets a damaged library aside, says so on stderr, and carries on with a new one', async () => {
    const data = join(scratch(), 'damaged-data');
    await mkdir(data, { recursive: true });
    await writeFile(join(data, 'library.sqlite'), 'not a database at all '.repeat(100));
    const result = await runCliCapturing([
      'library',
      'star',
      HARBOUR,
      '--archive',
      ARCHIVE,
      '--cache',
      join(scratch(), 'cache'),
      '--data',
      data,
      '--json',
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/library file was damaged.*kept as library\.damaged-/);
    expect((await readdir(data)).some((name) => name.startsWith('library.damaged-'))).toBe(true);
  });
});

describe('exportCommand', () => {
  it('writes a search as one Markdown file', async () => {
    const out = join(scratch(), 'starred.md');
    const answer = await json<{ stories: number; files: string[] }>([
      'export',
      '--query',
      'is:starred',
      '--format',
      'md',
      '--out',
      out,
    ]);
    expect(answer).toEqual({ format: 'md', stories: 1, files: [out] });
    const text = await readFile(out, 'utf8');
    expect(text).toMatch(/^---\ntitle: "Harbour pilots strike over night shifts"\n/);
    expect(text).toContain('tags: [night shifts]');
  });

  it('writes one file per story into a folder', async () => {
    const folder = join(scratch(), 'each');
    await mkdir(folder);
    const answer = await json<{ stories: number; files: string[] }>([
      'export',
      '--query',
      'harbour',
      '--format',
      'html',
      '--out',
      folder,
    ]);
    expect(answer.files.length).toBe(answer.stories);
    expect(answer.files.every((file) => existsSync(file) && file.endsWith('.html'))).toBe(true);
  });

  it('refuses an unknown format and a path inside the archive', async () => {
    const format = await runCliCapturing([
      'export',
      '--query',
      'x',
      '--format',
      'docx',
      '--out',
      join(scratch(), 'x'),
      ...options(),
    ]);
    expect(format.stderr).toMatch(/md, html, json or csv/);
    const inside = await runCliCapturing([
      'export',
      '--query',
      'x',
      '--format',
      'md',
      '--out',
      join(ARCHIVE, 'x.md'),
      ...options(),
    ]);
    expect(inside.stderr).toMatch(/inside the archive/);
    expect(existsSync(join(ARCHIVE, 'x.md'))).toBe(false);
  });
});
