/**
 * The CLI across story formats: `inspect`, `scan`, `search` and `related` on saved pages and
 * Markdown clippings beside text stories (tests/fixtures/mixed-archive, tests/fixtures/pages),
 * run in-process the way `npm run --silent cli -- … --json` runs them.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RelatedResponse, SearchResponse } from '../../../../contract/api';
import { runCliCapturing, useScratchDir } from '../cli-harness';

const MIXED = join(__dirname, '../../../fixtures/mixed-archive');
const PAGES = join(__dirname, '../../../fixtures/pages');
const cache = useScratchDir('clippings-cli-mixed-');
const cli = (...argv: string[]) => runCliCapturing(argv);
const archive = () => ['--archive', MIXED, '--cache', cache()];

describe('inspect a saved page or a clipping', () => {
  it('prints the Story with its format and source', async () => {
    const page = await cli(
      'inspect',
      join(MIXED, 'world/port-talks.html'),
      '--archive',
      MIXED,
      '--json',
    );
    expect(page.code).toBe(0);
    expect(JSON.parse(page.stdout)).toMatchObject({
      id: 'port-talks',
      file: 'world/port-talks.html',
      format: 'html',
      source: 'https://courier.example.com/world/port-strike-talks-resume',
      title: 'Port strike talks resume',
      date: '2022-11-05',
      related: { headlines: ['Harbour pilots end strike after three weeks'] },
    });
    const clip = await cli('inspect', join(MIXED, 'clips/dockers-vote.md'));
    expect(clip.stdout.split('\n').slice(0, 2)).toEqual([
      'Dockers vote on the new rota',
      'markdown · https://portnews.example.org/dockers-vote',
    ]);
  });

  it('says why a page is not a story', async () => {
    const { code, stderr } = await cli('inspect', join(PAGES, 'empty.html'), '--json');
    expect(code).toBe(2);
    expect(stderr).toBe(
      'clippings inspect: empty.html is not a story. The page has no article text (only navigation, scripts or markup), so it is not a story.',
    );
  });
});

describe('scan an archive of several formats', () => {
  it('counts every format, one duplicate group across .txt and .html, and links between them', async () => {
    const { code, stdout } = await cli('scan', MIXED, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      stories: 5,
      skipped: [],
      duplicates: 1,
      links: { resolved: 3, unresolved: 0 },
    });
  });

  it('lists the pages it skipped, and nothing from a saved page’s _files folder', async () => {
    const { stdout } = await cli('scan', PAGES, '--json');
    expect(JSON.parse(stdout)).toMatchObject({
      stories: 7,
      skipped: [
        { file: 'binary.html', reason: expect.stringMatching(/binary/) },
        { file: 'empty.html', reason: expect.stringMatching(/no article text/) },
      ],
    });
  });
});

describe('search and related across formats', () => {
  it('finds text, pages and clippings with one query', async () => {
    const { code, stdout } = await cli('search', 'harbour', ...archive(), '--json');
    expect(code).toBe(0);
    const response = JSON.parse(stdout) as SearchResponse;
    expect(response.hits.map((hit) => hit.id).sort()).toEqual([
      'dockers-vote',
      'ferry-fog',
      'harbour-pilots',
      'port-talks',
    ]);
  });

  it('resolves a text story’s related headlines to a page and a clipping', async () => {
    const { code, stdout } = await cli('related', 'harbour-pilots', ...archive(), '--json');
    expect(code).toBe(0);
    const related = JSON.parse(stdout) as RelatedResponse;
    expect(related.linked.map((link) => link.id)).toEqual(['port-talks', 'dockers-vote']);
    expect(related.duplicates.map((ref) => ref.id)).toEqual(['harbour-pilots-page']);
  });
});
