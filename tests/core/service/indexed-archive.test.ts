import { cp, mkdtemp, readdir, readFile, rm, truncate, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchResponse } from '../../../contract/api';
import { ClippingsError } from '../../../main/core/model/errors';
import type { IndexedArchiveTuning } from '../../../main/core/service/indexed-archive';
import {
  DAMAGED_CACHE_MESSAGE,
  IndexedArchive,
  OUTDATED_CACHE_MESSAGE,
} from '../../../main/core/service/indexed-archive';
import { archiveCacheFolder } from '../../../main/core/index/index-cache';
import { realpathSync } from 'node:fs';

const FIXTURE = join(__dirname, '../../fixtures/search/archive');
const HARBOUR_TITLE = '000_1a2b3c4d5e6f7081';
const CAFE = '002_3c4d5e6f708192a3';
const CAFE_AGAIN = '005_6f708192a3b4c5d6';

let dir: string;
let root: string;
let cacheDir: string;
const opened: IndexedArchive[] = [];

async function freshArchive(): Promise<void> {
  dir = await mkdtemp(join(tmpdir(), 'clippings-archive-'));
  root = join(dir, 'archive');
  cacheDir = join(dir, 'cache');
  await cp(FIXTURE, root, { recursive: true });
}

function open(tuning: IndexedArchiveTuning = {}, watch = false): IndexedArchive {
  const service = new IndexedArchive(root, { cacheDir, watch, workers: 2 }, tuning);
  opened.push(service);
  return service;
}

async function openReady(tuning: IndexedArchiveTuning = {}): Promise<IndexedArchive> {
  const service = open(tuning);
  await service.ready;
  return service;
}

async function closeAll(): Promise<void> {
  await Promise.all(opened.splice(0).map((service) => service.close()));
}

const ids = (response: SearchResponse) => response.hits.map((hit) => hit.id);

async function queryError(service: IndexedArchive, query: string): Promise<string> {
  try {
    await service.search({ query });
  } catch (error) {
    if (error instanceof ClippingsError) return `${error.code}: ${error.userMessage}`;
    throw error;
  }
  return 'accepted';
}

/** How long vi.waitFor waits (generously) for what the archive reaches by itself; not a timing assertion. */
const PATIENCE = { timeout: 15_000, interval: 50 };

function storyText(title: string, body: string, date = '2022-11-20'): string {
  return [
    ` date ${date}  \u00a0`,
    'world',
    'Sunday Nov 20 2022',
    'By',
    'Desk',
    '',
    title,
    '',
    'By',
    'Desk',
    '',
    'Sunday Nov 20, 2022',
    '',
    body,
    '',
  ].join('\n');
}

describe('IndexedArchive: searching the fixture archive', () => {
  let service: IndexedArchive;
  beforeAll(async () => {
    await freshArchive();
    service = await openReady({ segmentLimits: { stories: 3, bytes: 1_000_000 } });
  });
  afterAll(async () => {
    await closeAll();
    await rm(dir, { recursive: true, force: true });
  });

  it('reports what it indexed and what it skipped', () => {
    const status = service.status();
    expect(status).toMatchObject({
      state: 'ready',
      stories: 9,
      skipped: 1,
      progress: null,
      message: null,
    });
    expect(status.segments).toBeGreaterThan(2);
    expect(status.skippedFiles).toEqual([
      { file: '009_a3b4c5d6e7f8091a.txt', reason: 'The file is empty.' },
    ]);
    expect(status.generation).toBeGreaterThan(0);
  });

  it('finds each story by its title pasted as the query', async () => {
    const titles: [string, string][] = [
      [HARBOUR_TITLE, 'Harbour pilots strike over night shifts'],
      ['001_2b3c4d5e6f708192', 'Wheat prices climb as river barges stall'],
      ['004_5e6f708192a3b4c5', 'Shipment delays hit toy makers before the holidays'],
      ['006_708192a3b4c5d6e7', 'Q&A: Coach Malcolm Idris on the road to the final'],
      ['007_8192a3b4c5d6e7f8', 'BEEF OUTPUT SEEN HIGHER -- MINISTRY'],
      ['008_92a3b4c5d6e7f809', 'UPDATE 2: Ferry service resumes after storm'],
    ];
    for (const [id, title] of titles) {
      expect(ids(await service.search({ query: title }))[0], title).toBe(id);
    }
  });

  it('finds a story by a phrase from its body', async () => {
    const response = await service.search({ query: '"left the harbour launch barge"' });
    expect(ids(response)).toEqual(['003_4d5e6f708192a3b4']);
    expect(await service.search({ query: '"harbour left the launch barge"' })).toMatchObject({
      total: 0,
    });
  });

  it('ranks a story with the word in its title above stories with it in the body', async () => {
    const response = await service.search({ query: 'harbour' });
    expect(response.total).toBe(5);
    expect(ids(response)[0]).toBe(HARBOUR_TITLE);
  });

  it('ranks stories holding every word first, folds accents and case, and matches stems', async () => {
    // Few stories hold both words, so those holding one follow, said so by `relaxed`.
    const ferry = await service.search({ query: 'harbour ferry' });
    expect(ids(ferry)[0]).toBe('008_92a3b4c5d6e7f809');
    expect(ferry.relaxed).toEqual({ every: 1 });
    expect(ferry.total).toBe((await service.search({ query: 'harbour OR ferry' })).total);
    expect(ids(await service.search({ query: 'ZURICH wheat' }))[0]).toBe('001_2b3c4d5e6f708192');
    expect(new Set(ids(await service.search({ query: 'shipments' })))).toEqual(
      new Set([HARBOUR_TITLE, '001_2b3c4d5e6f708192', '004_5e6f708192a3b4c5']),
    );
  });

  it('speaks the rest of the language: -, OR, fields, wildcards, fuzzy, boosts, filters', async () => {
    const total = async (query: string) => (await service.search({ query })).total;
    expect(await total('harbour -pilots')).toBe(4);
    expect(await total('ferry OR wheat')).toBe(2);
    expect(await total('title:harbour')).toBe(1);
    expect(await total('byline:desk harbour')).toBe(3);
    expect(await total('barg*')).toBe(2);
    expect(await total('ferri~1')).toBe(1);
    expect(ids(await service.search({ query: 'harbour pilots^5' }))[0]).toBe(HARBOUR_TITLE);
    expect(await total('harbour section:business')).toBe(1);
    expect(await total('harbour date:2022-11-01..2022-11-10')).toBe(2);
    expect(await total('harbour date:..2022-10-31')).toBe(2);
    expect(await total('harbour -date:2022-11')).toBe(2);
    expect(await total('section:world')).toBe(3); // 002 and 005 count once
    expect(await total('-harbour')).toBe(3);
    expect(await total('the of and')).toBe(0);
    expect(await total('+zebra harbour')).toBe(0);
  });

  it('loosens a query no story wholly holds, but never a +word, a field or a phrase', async () => {
    const harbour = await service.search({ query: 'harbour' });
    const zebra = await service.search({ query: 'zebra harbour' });
    expect(zebra.relaxed).toEqual({ every: 0 });
    expect(ids(zebra)).toEqual(ids(harbour));
    expect(harbour.relaxed).toBeUndefined();
    expect((await service.search({ query: 'harbour +zebra' })).total).toBe(0);
    expect((await service.search({ query: 'title:zebra harbour' })).total).toBe(0);
    expect((await service.search({ query: '"zebra harbour"' })).total).toBe(0);
    expect((await service.search({ query: 'zebra harbour section:business' })).total).toBe(1);
  });

  it('answers a query it cannot understand with E_QUERY and a reason', async () => {
    expect(await queryError(service, 'date:last-week')).toMatch(
      /^E_QUERY: "last-week" is not a date/,
    );
    expect(await queryError(service, 'harbour ""')).toMatch(
      /^E_QUERY: There is nothing between the quotes/,
    );
    expect(await queryError(service, 'oil~')).toBe('accepted');
    expect(await queryError(service, '^2')).toBe('accepted');
    expect(await queryError(service, '+')).toBe('accepted');
  });

  it('highlights every matched form in the snippet, at the right offsets', async () => {
    const response = await service.search({ query: 'shipments harbour' });
    const hit = response.hits.find((candidate) => candidate.id === HARBOUR_TITLE);
    const marked = hit?.snippet.highlights.map(([start, end]) =>
      hit.snippet.text.slice(start, end),
    );
    expect(marked).toEqual(['Harbour', 'shipments']);
    const prefix = await service.search({ query: 'shipm*' });
    for (const found of prefix.hits) {
      for (const [start, end] of found.snippet.highlights) {
        expect(found.snippet.text.slice(start, end).toLowerCase()).toMatch(/^shipm/);
      }
    }
  });

  it('folds the same story saved twice into one hit, counted once', async () => {
    const response = await service.search({ query: 'café rent rules' });
    expect(response.total).toBe(1);
    expect(response.hits[0]?.id).toBe(CAFE);
    expect(response.hits[0]?.duplicates).toEqual([CAFE_AGAIN]);
    expect(response.facets.sections).toEqual([{ name: 'world', count: 1 }]);
  });

  it('narrows hits and facets by the request’s filters, sorts and pages', async () => {
    const all = await service.search({ query: 'harbour' });
    expect(all.facets.sections).toEqual([
      { name: 'world', count: 2 },
      { name: 'business', count: 1 },
      { name: 'science', count: 1 },
      { name: 'sport', count: 1 },
    ]);
    const business = await service.search({ query: 'harbour', sections: ['business', 'Sport'] });
    expect(business.total).toBe(2);
    expect(business.facets.sections.map((facet) => facet.name).sort()).toEqual([
      'business',
      'sport',
    ]);
    const october = await service.search({
      query: 'harbour',
      from: '2022-10-01',
      to: '2022-10-31',
    });
    expect(october.facets.months).toEqual([{ month: '2022-10', count: 1 }]);
    const newest = await service.search({ query: 'harbour', sort: 'newest', limit: 2, offset: 1 });
    expect(newest.hits.map((hit) => hit.date)).toEqual(['2022-11-09', '2022-11-08']);
    expect(newest.total).toBe(5);
  });
});

describe('IndexedArchive: browse, story, related, missing', () => {
  let service: IndexedArchive;
  beforeAll(async () => {
    await freshArchive();
    service = await openReady();
  });
  afterAll(async () => {
    await closeAll();
    await rm(dir, { recursive: true, force: true });
  });

  it('browses stories newest first with their openings, duplicates folded', async () => {
    const response = await service.browse({});
    expect(response.total).toBe(8);
    expect(response.hits[0]).toMatchObject({ id: '008_92a3b4c5d6e7f809', date: '2022-11-12' });
    expect(response.hits[0]?.snippet.text).toMatch(/^The island ferry sailed again/);
    const dates = response.hits.map((hit) => hit.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    const oldest = await service.browse({ sort: 'oldest', sections: ['business'], limit: 2 });
    expect(oldest.hits.map((hit) => hit.id)).toEqual([
      '004_5e6f708192a3b4c5',
      '007_8192a3b4c5d6e7f8',
    ]);
    expect(oldest.facets.sections).toEqual([{ name: 'business', count: 3 }]);
    expect((await service.search({ query: '' })).total).toBe(8);
  });

  it('reads a story again from its file, with its duplicates and the query’s highlights', async () => {
    const response = await service.story({ id: HARBOUR_TITLE, query: 'harbour shipment*' });
    expect(response.story.title).toBe('Harbour pilots strike over night shifts');
    expect(response.duplicates).toEqual([]);
    expect(response.highlights?.title).toEqual([[0, 7]]);
    const first = response.story.paragraphs[0] ?? '';
    expect(response.highlights?.paragraphs[0]?.map(([s, e]) => first.slice(s, e))).toEqual([
      'Harbour',
      'shipments',
    ]);
    expect(response.highlights?.captions[0]?.length).toBe(1);
    const cafe = await service.story({ id: CAFE });
    expect(cafe.duplicates.map((ref) => ref.id)).toEqual([CAFE_AGAIN]);
    expect(cafe.highlights).toBeNull();
  });

  it('answers E_NOT_FOUND for an id it does not hold or a file that vanished', async () => {
    await expect(service.story({ id: 'nope' })).rejects.toMatchObject({
      code: 'E_NOT_FOUND',
      userMessage: 'There is no story "nope" in this archive.',
    });
    await unlink(join(root, '007_8192a3b4c5d6e7f8.txt'));
    await expect(service.story({ id: '007_8192a3b4c5d6e7f8' })).rejects.toMatchObject({
      code: 'E_NOT_FOUND',
      userMessage: 'This story is no longer in the archive.',
    });
  });

  it('delegates related stories and missing headlines', async () => {
    const related = await service.related({ id: HARBOUR_TITLE });
    expect(related.linked.map((link) => [link.headline, link.id])).toEqual([
      ['Ferry service resumes after storm', null],
      ['Grain barges stuck on the low river', null],
    ]);
    const cited = await service.related({ id: '001_2b3c4d5e6f708192' });
    expect(cited.linked[0]?.id).toBe(HARBOUR_TITLE);
    await expect(service.related({ id: 'nope' })).rejects.toMatchObject({ code: 'E_NOT_FOUND' });
    const missing = await service.missing({});
    expect(missing.map((m) => m.headline)).toContain('Grain barges stuck on the low river');
  });

  it('answers nothing once closed', async () => {
    await service.close();
    await expect(service.search({ query: 'harbour' })).rejects.toMatchObject({
      code: 'E_NO_ARCHIVE',
    });
  });
});

describe('IndexedArchive: the index cache', () => {
  beforeEach(freshArchive);
  afterEach(async () => {
    await closeAll();
    await rm(dir, { recursive: true, force: true });
  });

  const tuning = { segmentLimits: { stories: 4, bytes: 1_000_000 } };
  const segmentFiles = async () =>
    (await readdir(archiveCacheFolder(cacheDir, realpathSync(root)))).filter((name) =>
      name.endsWith('.bin'),
    );

  it('reopens from the cache without reading a single story file', async () => {
    const first = await openReady(tuning);
    expect(first.lastIndexing()).toMatchObject({ segmentsBuilt: 3, filesRead: 10 });
    await first.close();
    const second = await openReady(tuning);
    expect(second.lastIndexing()).toMatchObject({
      segmentsLoaded: 3,
      segmentsBuilt: 0,
      filesRead: 0,
    });
    expect(second.status()).toMatchObject({ stories: 9, skipped: 1, message: null });
    expect(ids(await second.search({ query: 'harbour pilots' }))[0]).toBe(HARBOUR_TITLE);
  });

  it('reindexes only the segment whose files changed, were added or removed', async () => {
    await (await openReady(tuning)).close();
    const changed = join(root, '004_5e6f708192a3b4c5.txt');
    await writeFile(
      changed,
      (await readFile(changed, 'utf8')).replace('Toy makers', 'Kite makers'),
    );
    await unlink(join(root, '007_8192a3b4c5d6e7f8.txt'));
    const reopened = await openReady(tuning);
    expect(reopened.lastIndexing()).toMatchObject({
      segmentsLoaded: 3,
      segmentsBuilt: 2,
      filesRead: 1,
    });
    expect((await reopened.search({ query: 'kite makers' })).total).toBe(1);
    expect((await reopened.search({ query: 'beef output' })).total).toBe(0);
    await reopened.close();
    await writeFile(
      join(root, '010_b4c5d6e7f8091a2b.txt'),
      storyText(
        'Lighthouse keeper retires',
        'After forty years the lighthouse keeper handed over the keys.',
      ),
    );
    const grown = await openReady(tuning);
    expect(grown.lastIndexing()).toMatchObject({ segmentsBuilt: 1, filesRead: 1 });
    expect(ids(await grown.search({ query: 'lighthouse' }))).toEqual(['010_b4c5d6e7f8091a2b']);
    expect(await segmentFiles()).toHaveLength(grown.status().segments);
  });

  it('rebuilds a damaged segment file, and says so', async () => {
    await (await openReady(tuning)).close();
    const [victim] = await segmentFiles();
    const path = join(archiveCacheFolder(cacheDir, realpathSync(root)), victim!);
    await truncate(path, 100);
    const service = await openReady(tuning);
    expect(service.status().message).toBe(DAMAGED_CACHE_MESSAGE);
    expect(service.lastIndexing()).toMatchObject({
      cacheProblem: 'damaged',
      segmentsLoaded: 2,
      segmentsBuilt: 1,
    });
    expect(service.status().stories).toBe(9);
    expect((await service.search({ query: 'harbour' })).total).toBe(5);
  });

  it('discards an edited manifest or one from another version, and rebuilds everything', async () => {
    await (await openReady(tuning)).close();
    const manifest = join(archiveCacheFolder(cacheDir, realpathSync(root)), 'manifest.json');
    const original = await readFile(manifest, 'utf8');
    await writeFile(manifest, original.slice(0, original.length / 2));
    const damaged = await openReady(tuning);
    expect(damaged.status().message).toBe(DAMAGED_CACHE_MESSAGE);
    expect(damaged.lastIndexing()).toMatchObject({ segmentsLoaded: 0, filesRead: 10 });
    await damaged.close();
    const current = JSON.parse(await readFile(manifest, 'utf8'));
    await writeFile(manifest, JSON.stringify({ ...current, lunrVersion: '0.0.1' }));
    const outdated = await openReady(tuning);
    expect(outdated.status().message).toBe(OUTDATED_CACHE_MESSAGE);
    expect((await outdated.search({ query: 'harbour' })).total).toBe(5);
  });

  it('drops the cache and indexes again on reindex()', async () => {
    const service = await openReady(tuning);
    await service.reindex();
    expect(service.lastIndexing()).toMatchObject({ run: 2, segmentsBuilt: 3, filesRead: 10 });
    expect(service.status()).toMatchObject({ state: 'ready', stories: 9 });
  });

  it('reports a folder it cannot read as an error, not a crash', async () => {
    root = join(dir, 'no-such-folder');
    const service = await openReady();
    expect(service.status()).toMatchObject({ state: 'error', stories: 0 });
    expect(service.status().message).toMatch(/cannot be read/);
  });
});

describe('IndexedArchive: live updates', () => {
  beforeEach(freshArchive);
  afterEach(async () => {
    await closeAll();
    await rm(dir, { recursive: true, force: true });
  });

  const watchTuning: IndexedArchiveTuning = {
    segmentLimits: { stories: 4, bytes: 1_000_000 },
    watch: { stableMs: 150, quietMs: 150, maxWaitMs: 2_000 },
  };
  const total = async (service: IndexedArchive, query: string) =>
    (await service.search({ query })).total;

  it('reflects added, changed and removed story files, rebuilding only their segments', async () => {
    const service = open(watchTuning, true);
    await service.ready;
    await service.watching;
    await writeFile(
      join(root, '010_b4c5d6e7f8091a2b.txt'),
      storyText('Lighthouse keeper retires', 'The lighthouse keeper handed over the keys.'),
    );
    await vi.waitFor(async () => expect(await total(service, 'lighthouse')).toBe(1), PATIENCE);
    expect(service.lastIndexing()).toMatchObject({ segmentsBuilt: 1, filesRead: 1 });

    const changed = join(root, '004_5e6f708192a3b4c5.txt');
    await writeFile(
      changed,
      (await readFile(changed, 'utf8')).replace('Toy makers', 'Kite makers'),
    );
    await vi.waitFor(async () => expect(await total(service, 'kite')).toBe(1), PATIENCE);
    expect((await service.search({ query: '"toy makers said"' })).total).toBe(0);

    await unlink(join(root, '008_92a3b4c5d6e7f809.txt'));
    await vi.waitFor(async () => expect(await total(service, 'ferry island')).toBe(0), PATIENCE);
    expect(service.status().stories).toBe(9);
    // Gone from the index: it was in the archive, so it is "no longer", not "never".
    await expect(service.story({ id: '008_92a3b4c5d6e7f809' })).rejects.toMatchObject({
      userMessage: 'This story is no longer in the archive.',
    });
    await expect(service.related({ id: '008_92a3b4c5d6e7f809' })).rejects.toMatchObject({
      userMessage: 'This story is no longer in the archive.',
    });

    // Ignored, not merely late: a story written after them is indexed, and they never are.
    await writeFile(join(root, 'notes-2.log'), 'not a story');
    await writeFile(join(root, '.secret.txt'), storyText('Hidden', 'hidden lighthouse'));
    await writeFile(
      join(root, '013_e7f8091a2b3c4d5e.txt'),
      storyText('Pier reopens', 'The pier reopened to walkers.'),
    );
    await vi.waitFor(async () => expect(await total(service, 'pier reopens')).toBe(1), PATIENCE);
    expect(service.status().stories).toBe(10);
    expect(await total(service, 'hidden')).toBe(0);
  });

  it('reads a file still being written only once it is whole', async () => {
    const service = open(watchTuning, true);
    await service.ready;
    await service.watching;
    const path = join(root, '011_c5d6e7f8091a2b3c.txt');
    const full = storyText(
      'Tug crews ratify deal',
      'The tug crews voted to accept the offer late on Friday, ending the dispute.',
    );
    await writeFile(path, full.slice(0, 40));
    for (let cut = 80; cut < full.length; cut += 40) {
      await new Promise((resolve) => setTimeout(resolve, 40));
      await writeFile(path, full.slice(0, cut));
    }
    await writeFile(path, full);
    await vi.waitFor(
      async () => expect(await total(service, 'tug crews ratify')).toBe(1),
      PATIENCE,
    );
    const story = await service.story({ id: '011_c5d6e7f8091a2b3c' });
    expect(story.story.paragraphs[0]).toMatch(/ending the dispute\.$/);
  });

  it('keeps related stories in step with live changes', async () => {
    const service = open(watchTuning, true);
    await service.ready;
    await service.watching;
    const harbour = (await service.story({ id: HARBOUR_TITLE })).story;
    const follow = '012_d6e7f8091a2b3c4d';
    const citedBy = async () =>
      (await service.related({ id: HARBOUR_TITLE })).citedBy.map((story) => story.id);
    expect(await citedBy()).not.toContain(follow);
    await writeFile(
      join(root, `${follow}.txt`),
      [
        storyText('Harbour talks resume', 'Negotiators met again at the harbour on Monday.'),
        'More From World:',
        '',
        harbour.title,
        '',
        harbour.title,
      ].join('\n'),
    );
    await vi.waitFor(async () => expect(await citedBy()).toContain(follow), PATIENCE);
    expect((await service.related({ id: follow })).linked).toEqual([
      { headline: harbour.title, id: HARBOUR_TITLE, alternatives: [] },
    ]);
  });

  it('takes a burst of new files as one batch', async () => {
    // Wider quiet time than the other tests: on a loaded CI machine the 120 writes of the
    // burst can pause longer than 150 ms, which would rightly end the batch early.
    const service = open(
      { ...watchTuning, watch: { stableMs: 150, quietMs: 600, maxWaitMs: 5_000 } },
      true,
    );
    await service.ready;
    await service.watching;
    const before = service.lastIndexing().run;
    await Promise.all(
      Array.from({ length: 120 }, (_, i) =>
        writeFile(
          join(root, `5${String(i).padStart(2, '0')}_burst${String(i).padStart(4, '0')}.txt`),
          storyText(`Burst story number ${i}`, `Quartermaster report ${i} for the burst.`),
        ),
      ),
    );
    await vi.waitFor(async () => expect(await total(service, 'quartermaster')).toBe(120), PATIENCE);
    expect(service.lastIndexing()).toMatchObject({ run: before + 1, filesRead: 120 });
  });
});
