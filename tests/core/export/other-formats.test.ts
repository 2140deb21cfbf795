/**
 * HTML, CSV and JSON exports: story text is always escaped (never markup), CSV is one row per
 * story with formulas defused, JSON carries the story and its library state, and file names
 * are safe on every file system.
 */
import { describe, expect, it } from 'vitest';
import { storiesAsCsv } from '../../../main/core/export/csv-export';
import type { ExportItem } from '../../../main/core/export/export-item';
import { exportStories } from '../../../main/core/export/export-stories';
import { storiesAsHtml } from '../../../main/core/export/html-export';

const ITEM: ExportItem = {
  story: {
    id: 's1',
    file: 's1.txt',
    date: '2022-11-08',
    section: 'world',
    byline: null,
    title: '<script>alert("x")</script> & friends',
    dateline: null,
    captions: [],
    paragraphs: ['The strike lasted three weeks, <b>not</b> two.'],
    related: { label: null, headlines: [] },
    warnings: [],
    format: 'text',
    source: null,
  },
  state: {
    starred: true,
    read: false,
    tags: ['ports', 'strikes'],
    notes: [{ created: '2026-11-27T10:15:00Z', text: '=HYPERLINK("x")' }],
    highlights: [{ quote: 'three weeks', prefix: '', suffix: '', note: null }],
  },
};

describe('storiesAsHtml', () => {
  it('escapes every text, marks highlights, and carries a print stylesheet', () => {
    const html = storiesAsHtml([ITEM], 'is:starred');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; friends');
    expect(html).toContain('<mark>three weeks</mark>, &lt;b&gt;not&lt;/b&gt; two.');
    expect(html).toContain('@media print');
  });

  it('marks each highlight once, where its anchor is, not wherever its text recurs', () => {
    const story = {
      ...ITEM.story,
      title: 'The harbour at night',
      paragraphs: [
        'The harbour was quiet.',
        'Pilots left the harbour at dawn.',
        'The harbour reopened on Friday.',
      ],
    };
    const html = storiesAsHtml(
      [
        {
          ...ITEM,
          story,
          state: {
            ...ITEM.state,
            highlights: [
              { quote: 'harbour', prefix: 'Pilots left the ', suffix: ' at dawn', note: null },
            ],
          },
        },
      ],
      'x',
    );
    expect(html.match(/<mark>/g)).toHaveLength(1);
    expect(html).toContain('<p>Pilots left the <mark>harbour</mark> at dawn.</p>');
  });

  it('marks a highlight whose text now differs in case, as the reader anchors it', () => {
    const story = { ...ITEM.story, paragraphs: ['The Strike Lasted Three Weeks, not two.'] };
    const html = storiesAsHtml(
      [
        {
          ...ITEM,
          story,
          state: {
            ...ITEM.state,
            highlights: [{ quote: 'three weeks', prefix: 'lasted ', suffix: ', not', note: null }],
          },
        },
      ],
      'x',
    );
    expect(html).toContain('<p>The Strike Lasted <mark>Three Weeks</mark>, not two.</p>');
  });

  it('marks a highlight in the headline and in a caption', () => {
    const story = { ...ITEM.story, title: 'Pilots strike', captions: ['Pilots at the gate.'] };
    const html = storiesAsHtml(
      [
        {
          ...ITEM,
          story,
          state: {
            ...ITEM.state,
            highlights: [
              { quote: 'strike', prefix: 'Pilots ', suffix: '', note: null },
              { quote: 'gate', prefix: 'at the ', suffix: '.', note: null },
            ],
          },
        },
      ],
      'x',
    );
    expect(html).toContain('<h1>Pilots <mark>strike</mark></h1>');
    expect(html).toContain('<figcaption>Pilots at the <mark>gate</mark>.</figcaption>');
  });
});

describe('storiesAsCsv', () => {
  it('writes a header and one row per story, quoting where needed and defusing formulas', () => {
    const csv = storiesAsCsv([
      ITEM,
      { ...ITEM, story: { ...ITEM.story, id: 's2', title: '=SUM(A1)' } },
    ]);
    expect(csv.startsWith('\uFEFFid,file,date,section,title')).toBe(true);
    const rows = csv.slice(1).trim().split('\r\n');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toContain('"<script>alert(""x"")</script> & friends"');
    expect(rows[1]).toContain(',yes,no,ports; strikes,1,1');
    expect(rows[2]).toContain(",'=SUM(A1),");
  });
});

describe('exportStories', () => {
  it('names one story’s file by its headline and a search’s by the query, safely', () => {
    expect(exportStories([ITEM], 'json', 's1').fileName).toBe(
      'script-alert(-x-)-script-&-friends.json',
    );
    const harbour = { ...ITEM, story: { ...ITEM.story, title: 'Harbour pilots: "end" strike?' } };
    expect(exportStories([harbour], 'md', 'x').fileName).toBe('Harbour-pilots-end-strike.md');
    const greek = { ...ITEM, story: { ...ITEM.story, title: 'Απεργία στο λιμάνι' } };
    expect(exportStories([greek], 'md', 'x').fileName).toBe('Απεργία-στο-λιμάνι.md');
    expect(exportStories([ITEM, ITEM], 'md', 'tag:ports/../x').fileName).toBe(
      'clippings-tag-ports-..-x.md',
    );
    expect(exportStories([ITEM], 'md', 'x', 'nul').fileName).toBe('nul-.md');
  });

  it('writes JSON as [{ story, library }]', () => {
    const file = exportStories([ITEM], 'json', 's1');
    expect(JSON.parse(file.text)).toEqual([{ story: ITEM.story, library: ITEM.state }]);
    expect(file).toMatchObject({ stories: 1, mimeType: 'application/json; charset=utf-8' });
  });
});
