/**
 * The library of an open archive, through the service the shells use: the query language's
 * library filters combined with words, sections and each other (counts and facets agreeing),
 * hits carrying their marks, unknown ids and absent quotes refused with nothing stored,
 * highlights found again after the file changes, saved searches counting new matches, and
 * export with the library's state.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../../../main/core/library/library';
import { IndexedArchive } from '../../../main/core/service/indexed-archive';

const FIXTURE = join(__dirname, '../../fixtures/search/archive');
const HARBOUR = '000_1a2b3c4d5e6f7081'; // world, "Harbour pilots strike over night shifts"
const WHEAT = '001_2b3c4d5e6f708192'; // business, mentions the harbour
const PROBE = '003_4d5e6f708192a3b4'; // science, mentions the harbour
const FERRY = '008_92a3b4c5d6e7f809'; // world, mentions the harbour

let root: string;
let library: Library;
let archive: IndexedArchive;

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'clippings-library-service-'));
  root = join(dir, 'archive');
  await cp(FIXTURE, root, { recursive: true });
  library = await Library.open(join(dir, 'data'));
  archive = new IndexedArchive(root, { cacheDir: join(dir, 'cache'), workers: 1, library });
  await archive.ready;
  await archive.library.setStarred({ id: HARBOUR, starred: true });
  await archive.library.setStarred({ id: FERRY, starred: true });
  await archive.library.setRead({ id: FERRY, read: true });
  await archive.library.tag({ id: WHEAT, tag: 'Grain' });
  await archive.library.tag({ id: PROBE, tag: 'grain' });
  await archive.library.addNote({ id: PROBE, text: 'Check the mission dates.' });
});

afterAll(async () => {
  await archive?.close();
  await library?.close();
});

async function ids(query: string, sections?: string[]): Promise<string[]> {
  const response = await archive.search({ query, limit: 100, ...(sections ? { sections } : {}) });
  return response.hits.map((hit) => hit.id).sort();
}

describe('search with library filters', () => {
  it('filters by star, read state, tag and notes, alone and with words', async () => {
    expect(await ids('is:starred')).toEqual([HARBOUR, FERRY]);
    expect(await ids('is:read')).toEqual([FERRY]);
    expect(await ids('tag:GRAIN')).toEqual([WHEAT, PROBE]);
    expect(await ids('has:note')).toEqual([PROBE]);
    expect(await ids('harbour is:starred')).toEqual([HARBOUR, FERRY]);
    expect(await ids('harbour is:unread')).toEqual(
      (await ids('harbour')).filter((id) => id !== FERRY),
    );
    expect(await ids('harbour is:starred is:unread')).toEqual([HARBOUR]);
  });

  it('negates with a minus, and combines with sections', async () => {
    expect(await ids('harbour -is:starred')).toEqual(
      (await ids('harbour')).filter((id) => id !== HARBOUR && id !== FERRY),
    );
    expect(await ids('tag:grain -section:science')).toEqual([WHEAT]);
    expect(await ids('is:starred', ['world'])).toEqual([HARBOUR, FERRY]);
    expect(await ids('is:starred section:business')).toEqual([]);
  });

  it('counts totals and facets over the filtered stories', async () => {
    const response = await archive.search({ query: 'harbour is:unread' });
    expect(response.total).toBe(response.hits.length);
    const faceted = response.facets.sections.reduce((sum, section) => sum + section.count, 0);
    expect(faceted).toBe(response.total);
  });

  it('marks each hit starred or read', async () => {
    const response = await archive.search({ query: 'harbour', limit: 100 });
    const ferry = response.hits.find((hit) => hit.id === FERRY);
    const wheat = response.hits.find((hit) => hit.id === WHEAT);
    expect(ferry?.library).toEqual({ starred: true, read: true });
    expect(wheat?.library).toEqual({ starred: false, read: false });
  });

  it('explains a library word it does not know', async () => {
    await expect(archive.search({ query: 'is:purple' })).rejects.toMatchObject({
      code: 'E_QUERY',
      userMessage: expect.stringMatching(/starred, read or unread/),
    });
  });
});

describe('changing the library', () => {
  it('refuses an unknown story and stores nothing', async () => {
    const before = await archive.library.overview();
    await expect(archive.library.setStarred({ id: 'nope', starred: true })).rejects.toMatchObject({
      code: 'E_NOT_FOUND',
    });
    await expect(archive.library.addNote({ id: 'nope', text: 'x' })).rejects.toMatchObject({
      code: 'E_NOT_FOUND',
    });
    expect(await archive.library.overview()).toEqual(before);
    expect(await ids('is:starred')).toEqual([HARBOUR, FERRY]);
  });

  it('refuses a highlight of text the story does not have, storing nothing', async () => {
    await expect(
      archive.library.addHighlight({
        id: WHEAT,
        quote: 'not in this story',
        prefix: '',
        suffix: '',
      }),
    ).rejects.toMatchObject({ code: 'E_INVALID' });
    expect((await archive.library.state({ id: WHEAT })).highlights).toEqual([]);
  });

  it('finds a highlight again after its story file changes', async () => {
    const state = await archive.library.addHighlight({
      id: HARBOUR,
      quote: 'four night shifts',
      prefix: 'forced members to work ',
      suffix: ' in a row',
      note: 'the core complaint',
    });
    const before = state.highlights[0]!.anchor!;
    expect(before.part).toBe('paragraph');
    const file = join(root, `${HARBOUR}.txt`);
    const text = await readFile(file, 'utf8');
    await writeFile(
      file,
      text.replace(
        'The pilots union said',
        'A new sentence comes first now. The pilots union said',
      ),
    );
    const after = (await archive.library.state({ id: HARBOUR })).highlights[0]!.anchor!;
    expect(after.index).toBe(before.index);
    expect(after.start).toBe(before.start + 'A new sentence comes first now. '.length);
  });

  it('counts the library for the rail as the lists count (a story saved twice is one)', async () => {
    const overview = await archive.library.overview();
    const listed = (await archive.browse({ limit: 1 })).total;
    expect(listed).toBeLessThan(archive.status().stories); // the fixture saves one story twice
    expect(overview).toMatchObject({
      stories: listed,
      starred: 2,
      read: 1,
      unread: listed - 1,
      withNotes: 1,
      tags: [{ name: 'grain', count: 2 }],
    });
  });
});

describe('saved searches', () => {
  it('counts matches new since the search was last opened', async () => {
    const saved = await archive.library.saveSearch({
      name: 'Starred harbour',
      query: 'harbour is:starred',
    });
    expect(saved).toMatchObject({ total: 2, newMatches: 0 });
    await archive.library.setStarred({ id: WHEAT, starred: true });
    const [listed] = await archive.library.savedSearches();
    expect(listed).toMatchObject({ name: 'Starred harbour', total: 3, newMatches: 1 });
    const opened = await archive.library.openSavedSearch({ savedId: saved.id });
    expect(opened).toMatchObject({ total: 3, newMatches: 0 });
    await archive.library.setStarred({ id: WHEAT, starred: false });
  });

  it('refuses a query the language cannot read', async () => {
    await expect(
      archive.library.saveSearch({ name: 'Broken', query: 'date:2022-13' }),
    ).rejects.toMatchObject({ code: 'E_QUERY' });
  });
});

describe('export', () => {
  it('writes a search as Markdown with each story’s library state', async () => {
    const file = await archive.library.export({ format: 'md', query: 'tag:grain has:note' });
    expect(file).toMatchObject({
      stories: 1,
      fileName: 'Probe-sends-first-images-of-the-lunar-south-pole.md',
    });
    const front = parseYaml(file.text.split('---\n')[1]!) as Record<string, unknown>;
    expect(front).toMatchObject({
      id: PROBE,
      tags: ['grain'],
      notes: [{ text: 'Check the mission dates.' }],
    });
  });

  it('writes a list in the order the list shows it: best match first, or by date', async () => {
    const shown = (sort: 'relevance' | 'newest' | 'oldest') =>
      archive.search({ query: 'harbour', limit: 100, sort }).then((r) => r.hits.map((h) => h.id));
    const exported = async (sort: 'relevance' | 'newest' | 'oldest') => {
      const file = await archive.library.export({ format: 'json', query: 'harbour', sort });
      return (JSON.parse(file.text) as { story: { id: string } }[]).map(({ story }) => story.id);
    };
    const best = await shown('relevance');
    expect(best).not.toEqual(await shown('newest'));
    expect(await exported('relevance')).toEqual(best);
    expect(await exported('newest')).toEqual(await shown('newest'));
    expect(await exported('oldest')).toEqual(await shown('oldest'));
  });

  it('names one story’s file after its headline, and titles its HTML so', async () => {
    const file = await archive.library.export({ format: 'html', ids: [PROBE] });
    expect(file.fileName).toBe('Probe-sends-first-images-of-the-lunar-south-pole.html');
    expect(file.text).toContain('<title>Probe sends first images of the lunar south pole</title>');
  });

  it('writes a selection as CSV, one row per story', async () => {
    const file = await archive.library.export({ format: 'csv', ids: [HARBOUR, FERRY] });
    const lines = file.text.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(HARBOUR);
    expect(file.mimeType).toMatch(/^text\/csv/);
  });
});

describe('while the archive is first being indexed', () => {
  it('keeps a star given before the index is ready, rather than call the story unknown', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'clippings-library-early-'));
    const early = await Library.open(join(dir, 'data'));
    const opening = new IndexedArchive(FIXTURE, {
      cacheDir: join(dir, 'cache'),
      workers: 1,
      library: early,
    });
    try {
      expect(opening.status().state).not.toBe('ready');
      const state = await opening.library.setStarred({ id: HARBOUR, starred: true });
      expect(state).toMatchObject({ id: HARBOUR, starred: true });
      await expect(
        opening.library.setStarred({ id: 'no_such_story', starred: true }),
      ).rejects.toMatchObject({ code: 'E_NOT_FOUND' });
    } finally {
      await opening.close();
      await early.close();
    }
  });
});
