/**
 * People, organisations and places through the service: extracted when the archive is
 * indexed, returned with an opened story, and searchable with person:, org: and place:.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IndexedArchive } from '../../../main/core/service/indexed-archive';

const FIXTURE = join(__dirname, '../../fixtures/entities/archive');
const BAKER_TOKYO = '000_e1a2b3c4d5e6f701';
const OPEC_VIENNA = '001_e2b3c4d5e6f70812';
const FARM_BRUSSELS = '002_e3c4d5e6f7081923';
const URDU = '003_e4d5e6f708192a34';
const REAGAN = '004_e5e6f708192a3b45';
const RAMOS_HORTA = '005_e6f708192a3b4c56';
let dir: string;
let service: IndexedArchive;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'clippings-entities-'));
  await cp(FIXTURE, join(dir, 'archive'), { recursive: true });
  service = new IndexedArchive(join(dir, 'archive'), { cacheDir: join(dir, 'cache'), workers: 1 });
  await service.ready;
});
afterAll(async () => {
  await service.close();
  await rm(dir, { recursive: true, force: true });
});

const ids = async (query: string) =>
  (await service.search({ query, limit: 50 })).hits.map((hit) => hit.id).sort();

describe('entities of an opened story', () => {
  it('lists the people, organisations and places the story names, folded', async () => {
    const { story } = await service.story({ id: BAKER_TOKYO });
    expect(story.entities?.people).toEqual([{ name: 'James Baker', count: 4 }]);
    expect(story.entities?.organisations.map((one) => one.name)).toEqual(
      expect.arrayContaining(['European Community', 'State Department']),
    );
    expect(story.entities?.places).toEqual(
      expect.arrayContaining([
        { name: 'Tokyo', count: 2 },
        { name: 'United States', count: 2 },
      ]),
    );
  });

  it('reads names written with character references, and finds them without accents', async () => {
    const { story } = await service.story({ id: RAMOS_HORTA });
    // The title, the first paragraph and "Mr Ramos-Horta".
    expect(story.entities?.people).toEqual([{ name: 'José Ramos-Horta', count: 3 }]);
    expect(story.entities?.places.map((one) => one.name)).toEqual(
      expect.arrayContaining(['Lisbon', 'Indonesia', 'Sao Paulo']),
    );
    expect(await ids('person:"jose ramos-horta"')).toEqual([RAMOS_HORTA]);
    expect(await ids('org:un')).toEqual([RAMOS_HORTA]);
  });

  it('gives a story in Urdu no entities', async () => {
    const { story } = await service.story({ id: URDU });
    expect(story.entities).toEqual({ people: [], organisations: [], places: [] });
  });
});

describe('person:, org: and place: in a query', () => {
  it('finds a person by full name and by surname alone', async () => {
    expect(await ids('person:"James Baker"')).toEqual([BAKER_TOKYO, OPEC_VIENNA]);
    expect(await ids('person:baker')).toEqual([BAKER_TOKYO, OPEC_VIENNA]);
    expect(await ids('person:reagan')).toEqual([REAGAN]);
  });

  it('finds organisations and places through their aliases', async () => {
    expect(await ids('org:opec')).toEqual([OPEC_VIENNA]);
    expect(await ids('org:EC')).toEqual([BAKER_TOKYO, FARM_BRUSSELS]);
    expect(await ids('place:japan')).toEqual([BAKER_TOKYO, FARM_BRUSSELS]);
    expect(await ids('place:US')).toEqual([BAKER_TOKYO, FARM_BRUSSELS]);
    expect(await ids('place:vienna')).toEqual([OPEC_VIENNA]);
  });

  it('combines with words, fields, sections, dates and exclusions', async () => {
    expect(await ids('place:japan rice')).toEqual([BAKER_TOKYO]);
    expect(await ids('place:japan title:farm')).toEqual([FARM_BRUSSELS]);
    expect(await ids('place:japan date:1990-04')).toEqual([FARM_BRUSSELS]);
    expect(await ids('person:baker section:business')).toEqual([OPEC_VIENNA]);
    expect(await ids('person:baker -place:japan')).toEqual([OPEC_VIENNA]);
    expect(await ids('person:baker is:unread')).toEqual([BAKER_TOKYO, OPEC_VIENNA]);
  });

  it('explains an unknown field and a name field with no name', async () => {
    await expect(service.search({ query: 'foo:bar' })).rejects.toMatchObject({
      code: 'E_QUERY',
    });
    await expect(service.search({ query: 'person:' })).rejects.toMatchObject({ code: 'E_QUERY' });
  });
});

describe('entity lists and pages', () => {
  it('gives a person’s page: stories by month, and the names named with them', async () => {
    const page = await service.entity({ kind: 'person', name: 'baker' });
    expect(page).toMatchObject({ kind: 'person', name: 'James Baker', stories: 2 });
    expect(page.months).toEqual([{ month: '1990-03', count: 2 }]);
    expect(page.related).toEqual(
      expect.arrayContaining([
        { kind: 'organisation', name: 'OPEC', stories: 1 },
        { kind: 'place', name: 'Tokyo', stories: 1 },
      ]),
    );
    expect(page.related.map((entity) => entity.name)).not.toContain('James Baker');
    expect(page.recent.map((story) => story.id)).toEqual([OPEC_VIENNA, BAKER_TOKYO]);
  });

  it('gives the results’ top names as facets beside sections', async () => {
    const response = await service.search({ query: 'person:baker' });
    expect(response.facets.entities).toContainEqual({
      kind: 'person',
      name: 'James Baker',
      stories: 2,
    });
  });
});
