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
  it('names one story’s file by its id and a search’s by the query, safely', () => {
    expect(exportStories([ITEM], 'json', 's1').fileName).toBe('s1.json');
    expect(exportStories([ITEM, ITEM], 'md', 'tag:ports/../x').fileName).toBe(
      'clippings-tag-ports-..-x.md',
    );
  });

  it('writes JSON as [{ story, library }]', () => {
    const file = exportStories([ITEM], 'json', 's1');
    expect(JSON.parse(file.text)).toEqual([{ story: ITEM.story, library: ITEM.state }]);
    expect(file).toMatchObject({ stories: 1, mimeType: 'application/json; charset=utf-8' });
  });
});
