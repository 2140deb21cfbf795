/**
 * A story with no date has none — not its file's modification date, which on a fresh copy of
 * an archive is today (issue 20) — and every view by date handles that: newest first lists it
 * last, no month counts it, a date range leaves it out, and the story itself says null.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IndexedArchive } from '../../../main/core/service/indexed-archive';

const FIXTURE = join(__dirname, '../../fixtures/search/archive');
const UNDATED_TEXT = 'undated-harbour-note';
const BROKEN_CLIPPING = 'broken-harbour-clipping';

let dir: string;
let service: IndexedArchive;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'clippings-undated-'));
  const root = join(dir, 'archive');
  await cp(FIXTURE, root, { recursive: true });
  // No header at all: a plain note about the harbour.
  await writeFile(
    join(root, `${UNDATED_TEXT}.txt`),
    'Harbour notes from the night shift\n\nThe harbour was quiet after midnight; two pilot boats stayed at the quay.\n',
  );
  // A Markdown clipping whose front matter is not YAML: its date cannot be read.
  await writeFile(
    join(root, `${BROKEN_CLIPPING}.md`),
    '---\ntitle: [unclosed\ndate: : 2023\n---\n\n# Harbour clipping with a broken header\n\nThe harbour board met again on the pilots and their night shifts.\n',
  );
  service = new IndexedArchive(root, { cacheDir: join(dir, 'cache'), watch: false, workers: 1 });
  await service.ready;
}, 60_000);

afterAll(async () => {
  await service?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('stories without a date', () => {
  it('have no date, never today’s', async () => {
    for (const id of [UNDATED_TEXT, BROKEN_CLIPPING]) {
      const { story } = await service.story({ id });
      expect(story.date, id).toBeNull();
      expect(story.warnings.join(' '), id).toMatch(/no date/);
    }
  });

  it('come last newest first, and last oldest first', async () => {
    for (const sort of ['newest', 'oldest'] as const) {
      const { hits } = await service.search({ query: 'harbour', sort, limit: 50 });
      const dates = hits.map((hit) => hit.date);
      const firstUndated = dates.indexOf(null);
      expect(firstUndated, sort).toBeGreaterThan(0);
      expect(
        dates.slice(firstUndated).every((date) => date === null),
        sort,
      ).toBe(true);
      expect(
        hits
          .slice(firstUndated)
          .map((hit) => hit.id)
          .sort(),
      ).toEqual([BROKEN_CLIPPING, UNDATED_TEXT]);
    }
  });

  it('are in no month, and outside every date range', async () => {
    const all = await service.search({ query: 'harbour', limit: 50 });
    const counted = all.facets.months.reduce((sum, month) => sum + month.count, 0);
    expect(counted).toBe(all.total - 2);
    const thisYear = new Date().toISOString().slice(0, 4);
    expect(all.facets.months.some((month) => month.month.startsWith(thisYear))).toBe(false);
    const ranged = await service.search({ query: 'harbour', from: '1900-01-01', to: '2999-12-31' });
    expect(ranged.hits.map((hit) => hit.id)).not.toContain(UNDATED_TEXT);
    expect(ranged.total).toBe(all.total - 2);
  });
});
