/**
 * The CLI's search commands (main/cli/commands/index-archive.ts, search.ts, story.ts), run
 * in-process against the search fixture archive (read-only) and a temporary cache.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SearchResponse, Story } from '../../../../contract/api';
import { runCliCapturing, useScratchDir } from '../cli-harness';

const ARCHIVE = join(__dirname, '../../../fixtures/search/archive');
const cache = useScratchDir('clippings-cli-search-');

const run = (argv: string[]) => runCliCapturing(argv);

const archive = () => ['--archive', ARCHIVE, '--cache', cache()];

describe('indexCommand', () => {
  it('prints { stories, skipped, segments, ms } and reuses the cache() the second time', async () => {
    const first = await run(['index', ...archive(), '--json']);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out[0]!)).toEqual({
      stories: 9,
      skipped: 1,
      segments: 1,
      ms: expect.any(Number),
    });
    const second = await run(['index', ...archive(), '--json']);
    expect(JSON.parse(second.out[0]!)).toMatchObject({ stories: 9, segments: 1 });
  });

  it('says what it did in words, with a count’s noun in the singular for one', async () => {
    const { code, stdout } = await run(['index', ...archive()]);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^8 stories \(and 1 duplicate save\) indexed in 1 segment \(\d+\.\d s\)\.\n1 file skipped:\n {2}009_/,
    );
  });
});

describe('searchCommand', () => {
  it('prints a SearchResponse for a quoted query with options', async () => {
    const { code, out } = await run([
      'search',
      'harbour',
      ...archive(),
      '--limit',
      '2',
      '--offset',
      '1',
      '--sort',
      'newest',
      '--section',
      'world,business',
      '--section',
      'sport',
      '--from',
      '2022-09-01',
      '--json',
    ]);
    expect(code).toBe(0);
    const response = JSON.parse(out[0]!) as SearchResponse;
    expect(response.total).toBe(4);
    expect(response.hits.map((hit) => hit.date)).toEqual(['2022-11-09', '2022-11-08']);
    expect(response.facets.sections.map((facet) => facet.name).sort()).toEqual([
      'business',
      'sport',
      'world',
    ]);
  });

  it('joins several words into one query, and takes a query starting with - after --', async () => {
    const words = JSON.parse(
      (await run(['search', 'harbour', 'pilots', ...archive(), '--json'])).out[0]!,
    );
    expect(words.relaxed).toEqual({ every: 1 });
    const negated = JSON.parse(
      (await run(['search', ...archive(), '--json', '--', '-harbour'])).out[0]!,
    );
    expect(negated.total).toBe(3);
  });

  it('says what is wrong with a query or an option, on stderr with exit code 2', async () => {
    const query = await run(['search', 'date:someday', ...archive(), '--json']);
    expect(query.code).toBe(2);
    expect(query.err[0]).toMatch(/"someday" is not a date/);
    const sort = await run(['search', 'harbour', ...archive(), '--sort', 'sideways']);
    expect(sort.code).toBe(2);
    expect(sort.err[0]).toMatch(/sort/);
  });
});

describe('searchCommand, in words', () => {
  it('says how many of the matching stories it shows', async () => {
    const some = await run(['search', 'harbour', ...archive(), '--limit', '3']);
    expect(some.stdout).toMatch(/^Showing 3 of 5 stories \([\d.]+ ms\)\n/);
    const next = await run(['search', 'harbour', ...archive(), '--limit', '3', '--offset', '3']);
    expect(next.stdout).toMatch(/^Showing 4–5 of 5 stories /);
    const all = await run(['search', 'harbour', ...archive()]);
    expect(all.stdout).toMatch(/^5 stories \(/);
    const one = await run(['search', '"rent rules"', ...archive()]);
    expect(one.stdout).toMatch(/^1 story \(/);
  });

  it('says when few stories hold every word and it lists those holding some', async () => {
    const loosened = await run(['search', 'harbour', 'pilots', ...archive()]);
    expect(loosened.stdout).toMatch(
      /\nOnly 1 story holds every word, so stories holding some of them follow \(put \+ before a word to require it\)\.\n/,
    );
    const none = await run(['search', 'zebra', 'harbour', ...archive()]);
    expect(none.stdout).toMatch(/\nNo story holds every word, so stories holding some/);
    const strict = await run(['search', 'harbour', '+pilots', ...archive()]);
    expect(strict.stdout).toMatch(/^1 story \(/);
  });

  it('notes a story saved twice as one duplicate save', async () => {
    const { stdout } = await run(['search', 'rent rules', ...archive()]);
    expect(stdout).toContain('(+1 duplicate save)');
  });
});

describe('storyCommand', () => {
  it('prints the Story read from its file', async () => {
    const { code, out } = await run(['story', '000_1a2b3c4d5e6f7081', ...archive(), '--json']);
    expect(code).toBe(0);
    const story = JSON.parse(out[0]!) as Story;
    expect(story).toMatchObject({
      id: '000_1a2b3c4d5e6f7081',
      title: 'Harbour pilots strike over night shifts',
      dateline: 'VALMERE',
    });
  });

  it('says an id was never in the archive, rather than "no longer"', async () => {
    const { code, err } = await run(['story', 'nope', ...archive(), '--json']);
    expect(code).toBe(2);
    expect(err).toEqual(['clippings story: There is no story "nope" in this archive.']);
  });
});
