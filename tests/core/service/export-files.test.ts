/**
 * An archive holding news-database exports and documents, through the service: every story
 * of every file is indexed and searched on its own, the same story saved as an export's TXT,
 * an RTF, a PDF and a text story folds into one result by its text, opening a story gives its
 * place in its file, and the watcher reads a changed export again.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IndexedArchive } from '../../../main/core/service/indexed-archive';

const FIXTURES = join(__dirname, '../../fixtures/exports');
let dir: string;
let root: string;
let archive: IndexedArchive;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'clippings-exports-'));
  root = join(dir, 'archive');
  for (const name of ['nexis-academic.txt', 'factiva-coded.rtf', 'article.pdf', 'article.txt']) {
    await cp(join(FIXTURES, name), join(root, 'downloads', name));
  }
  archive = new IndexedArchive(
    root,
    { cacheDir: join(dir, 'cache'), workers: 2, watch: true },
    { watch: { stableMs: 50, quietMs: 50, maxWaitMs: 300 } },
  );
  await archive.ready;
  await archive.watching;
}, 120_000);

afterAll(async () => {
  await archive.close();
  await rm(dir, { recursive: true, force: true });
});

describe('an archive of exports and documents', () => {
  it('indexes each story of each file, and counts the other saves of a story', () => {
    const status = archive.status();
    expect(status.skippedFiles).toEqual([]);
    // 3 (Nexis text) + 3 (Factiva RTF) + 1 (PDF) + 1 (text story).
    expect(status.stories).toBe(8);
    // The harbour story is saved 4 times, the other two twice each.
    expect(status.duplicateSaves).toBe(5);
  });

  it('folds one story saved as TXT export, RTF export, PDF and text into one result', async () => {
    const found = await archive.search({ query: 'cranes estuary' });
    expect(found.total).toBe(1);
    expect(found.hits[0]!.duplicates).toHaveLength(3);
    const ids = [found.hits[0]!.id, ...found.hits[0]!.duplicates].sort();
    expect(ids).toEqual([
      'article',
      'article~' + ids[1]!.slice('article~'.length),
      expect.stringMatching(/^factiva-coded@[0-9a-f]{8}$/),
      expect.stringMatching(/^nexis-academic@[0-9a-f]{8}$/),
    ]);
  });

  it('opens a story of an export with its place, publication and fields', async () => {
    const found = await archive.search({ query: 'sleeper carriages' });
    const id = [found.hits[0]!.id, ...found.hits[0]!.duplicates].find((one) =>
      one.startsWith('nexis-academic@'),
    )!;
    const { story, duplicates } = await archive.story({ id });
    expect(story).toMatchObject({
      file: 'downloads/nexis-academic.txt',
      title: 'Night trains to the coast resume after eleven years',
      position: { index: 2, count: 3 },
      publication: 'Coastal Herald',
      wordCount: 198,
      byline: 'Tomas Berg',
      section: 'travel',
    });
    expect(duplicates.map((other) => other.id)).toEqual([expect.stringMatching(/^factiva-coded@/)]);
  });

  it('reads an export again when it changes: a story taken out is gone, the others keep their ids', async () => {
    const before = (await archive.browse({ limit: 50 })).hits
      .map((hit) => [hit.id, ...hit.duplicates])
      .flat()
      .filter((id) => id.startsWith('nexis-academic@'))
      .sort();
    const text = await readFile(join(root, 'downloads/nexis-academic.txt'), 'utf8');
    const third = text.lastIndexOf('\n', text.indexOf('3 of 3 DOCUMENTS'));
    await writeFile(join(root, 'downloads/nexis-academic.txt'), text.slice(0, third));
    await vi.waitFor(() => expect(archive.status().stories).toBe(7), {
      timeout: 60_000,
      interval: 100,
    });
    // Only the changed file was read again: its segment's other files were reused.
    expect(archive.lastIndexing().filesRead).toBe(1);
    const after = (await archive.browse({ limit: 50 })).hits
      .map((hit) => [hit.id, ...hit.duplicates])
      .flat()
      .filter((id) => id.startsWith('nexis-academic@'))
      .sort();
    expect(after).toHaveLength(2);
    expect(before).toEqual(expect.arrayContaining(after));
  }, 90_000);
});
