/**
 * One archive, all formats: the engine (IndexedArchive) on tests/fixtures/mixed-archive, which
 * holds a text story, the same story saved as a web page (with its `_files` folder), another
 * page, and two Markdown clippings. Search, related headlines, duplicates, storylines and
 * opening a story work the same whatever format a story came in.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../../contract/api';
import { IndexedArchive } from '../../../main/core/service/indexed-archive';

const FIXTURE = join(__dirname, '../../fixtures/mixed-archive');
const TEXT = 'harbour-pilots';
const PAGE_COPY = 'harbour-pilots-page';
const PAGE = 'port-talks';
const CLIPPING = 'dockers-vote';
const PLAIN_CLIPPING = 'ferry-fog';

let dir: string;
let service: IndexedArchive;
const ids = (response: SearchResponse) => response.hits.map((hit) => hit.id).sort();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'clippings-mixed-'));
  await cp(FIXTURE, join(dir, 'archive'), { recursive: true });
  service = new IndexedArchive(join(dir, 'archive'), {
    cacheDir: join(dir, 'cache'),
    watch: false,
    workers: 2,
  });
  await service.ready;
});
afterAll(async () => {
  await service.close();
  await rm(dir, { recursive: true, force: true });
});

describe('IndexedArchive with text, saved pages and Markdown clippings', () => {
  it('indexes every format and nothing in a saved page’s assets folder', async () => {
    const all = await service.browse({ limit: 50 });
    expect(all.total).toBe(4); // five stories, the two saves of one folded into one hit
    const status = service.status();
    expect(status).toMatchObject({ stories: 5, skippedFiles: [] });
    expect(JSON.stringify(all)).not.toContain('frame');
    expect((await service.search({ query: 'newsletter' })).total).toBe(0);
  });

  it('finds stories of every format with one query', async () => {
    expect(ids(await service.search({ query: 'harbour' }))).toEqual(
      [CLIPPING, PLAIN_CLIPPING, PAGE, TEXT].sort(),
    );
    expect(ids(await service.search({ query: 'mediator' }))).toEqual([PAGE]);
    expect(ids(await service.search({ query: 'section:world dockers' }))).toEqual([CLIPPING]);
  });

  it('folds the same story saved as .txt and .html into one duplicate group', async () => {
    const hit = (await service.search({ query: '"first tankers"' })).hits;
    expect(hit).toHaveLength(1);
    expect([hit[0]!.id, ...hit[0]!.duplicates].sort()).toEqual([PAGE_COPY, TEXT].sort());
    const opened = await service.story({ id: PAGE_COPY });
    expect(opened.duplicates.map((ref) => ref.id)).toEqual([TEXT]);
  });

  it('resolves a text story’s related headlines to a page and a clipping, and back', async () => {
    const related = await service.related({ id: TEXT });
    expect(related.linked.map((link) => [link.headline, link.id])).toEqual([
      ['Port strike talks resume', PAGE],
      ['Dockers vote on the new rota', CLIPPING],
    ]);
    expect(related.duplicates.map((ref) => ref.id)).toEqual([PAGE_COPY]);
    const cited = await service.related({ id: PAGE });
    expect(cited.citedBy.map((ref) => ref.id)).toContain(TEXT);
    expect(cited.linked.map((link) => link.id)).toEqual([expect.stringMatching(/^harbour-pilots/)]);
    expect(related.storyline.map((entry) => entry.id)).toEqual(
      expect.arrayContaining([PAGE, CLIPPING, TEXT]),
    );
  });

  it('opens each story from its file, saying its format and where it came from', async () => {
    expect((await service.story({ id: PAGE })).story).toMatchObject({
      format: 'html',
      file: 'world/port-talks.html',
      source: 'https://courier.example.com/world/port-strike-talks-resume',
      byline: 'Ines Forde',
    });
    expect((await service.story({ id: CLIPPING })).story).toMatchObject({
      format: 'markdown',
      source: 'https://portnews.example.org/dockers-vote',
      byline: 'Sam Okafor',
    });
    expect((await service.story({ id: TEXT })).story).toMatchObject({
      format: 'text',
      source: null,
    });
  });

  it('skips a page with no article, saying why', async () => {
    const root = join(dir, 'archive');
    await writeFile(join(root, 'world', 'blank.html'), '<html><body><nav>Home</nav></body></html>');
    await service.reindex();
    expect(service.status().skippedFiles).toEqual([
      { file: 'world/blank.html', reason: expect.stringMatching(/^The page has no article text/) },
    ]);
  });
});
