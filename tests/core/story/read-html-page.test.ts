/**
 * The saved-page reader (main/core/story/read-html-page.ts) on the page fixtures: metadata in
 * its order of trust, the article without the page around it, the page's related list,
 * charsets, a saved page's address, and bad input (hostile, empty, binary, malformed, huge).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReadBudget } from '../../../main/core/story/read-budget';
import { readHtmlPage } from '../../../main/core/story/read-html-page';
import { storyFromBytes } from '../../../main/core/story/read-story-file';
import { MAX_PAGE_BYTES, MAX_STORY_BYTES } from '../../../main/core/story/story-files';
import { STORY_KEYS, storyKeys } from './story-fixtures';
import { PAGE_FIXTURES, fixtureStoryIn, readFixture } from './page-fixtures';

const page = (name: string) => fixtureStoryIn(PAGE_FIXTURES, name);
const everyText = (story: object): string => JSON.stringify(story);

describe('readHtmlPage', () => {
  it('reads a news page with JSON-LD: JSON-LD wins over meta tags, markup and <title>', () => {
    const story = page('json-ld.html');
    expect(storyKeys(story)).toEqual(STORY_KEYS);
    expect(story).toMatchObject({
      format: 'html',
      title: 'Tidal mill grinds flour again after "a century" of silence',
      date: '2023-05-03',
      section: 'regional-news',
      byline: 'Ines Forde and Tom Ashe',
      source: 'https://courier.example.com/business/tidal-mill-grinds-flour',
      dateline: 'CARROW',
      captions: ['The restored wheel turns on the ebb tide at Carrow Creek. Photo: Ines Forde'],
      related: {
        label: 'More from Business',
        headlines: [
          'Bakers switch to local flour as prices climb',
          'Harbour fish market opens on Sundays',
          'Village shop reopens as a cooperative',
        ],
      },
      warnings: [],
    });
    expect(story.paragraphs).toEqual([
      'The tidal mill at Carrow Creek ground its first sack of flour in more than a hundred years on Tuesday, after volunteers spent six winters rebuilding its oak wheel.',
      'The mill works only on the falling tide, when water held behind a sluice gate is let out through the wheel race. Millers have about four hours a day, and the times move with the moon.',
      '"We had to learn the tides before we could learn the stones," said Maren Holt, who chairs the trust that owns the building. The first flour will be sold at the village market on Saturday.',
      'A grant and a lot of patience',
      'The trust raised £240,000 from a heritage grant and from selling engraved floor tiles to visitors. The new wheel was built from two oaks felled in a storm & seasoned for three years.',
      'The building has outlived every owner it ever had.',
      'Engineers from the county council will inspect the sluice gate again in the autumn.',
    ]);
  });

  it('leaves out navigation, banners, ads, sharing, forms, footers, scripts and styles', () => {
    const text = everyText(page('json-ld.html'));
    for (const clutter of [
      'cookies',
      'Accept all',
      'Search the site',
      'Home',
      'Advertisement',
      'Share on Social',
      'Subscribe',
      'morning briefing',
      'All rights reserved',
      'TRACKING SCRIPT TEXT',
      'INJECTED BY SCRIPT',
      'font-family',
      'Open Graph title',
      'Meta Author',
    ]) {
      expect(text).not.toContain(clutter);
    }
  });

  it('reads Open Graph and article:* meta tags when there is no JSON-LD', () => {
    expect(page('meta-tags.html')).toMatchObject({
      title: 'Night ferry adds a third crossing to the islands',
      date: '2023-06-14',
      section: 'travel',
      byline: 'Lena Voss',
      source: 'https://harbourpost.example.org/travel/night-ferry-third-crossing',
      related: {
        label: 'Related',
        headlines: [
          'Island bus timetable changes for summer',
          'Ferry fares frozen for another year',
        ],
      },
      warnings: [],
    });
  });

  it('reads <time datetime> and a byline element when the page has no metadata', () => {
    const story = page('time-and-byline.html');
    expect(story).toMatchObject({
      title: 'Choir sings in the flooded church',
      date: '2023-02-19',
      byline: 'Oskar Lind',
      section: 'unfiled',
    });
    expect(story.paragraphs).toHaveLength(2);
    expect(everyText(story)).not.toContain('Sunday 19 February');
  });

  it('falls back to <title>, has no date without one (never the file’s), and says so', () => {
    const story = page('title-only.html');
    expect(story).toMatchObject({
      title: 'Allotment holders win fight over water charges',
      date: null,
      section: 'unfiled',
      byline: null,
      source: null,
      warnings: ['The page has no date, so the story has none.'],
    });
    expect(story.paragraphs).toHaveLength(2);
  });

  it('decodes a page in the charset it declares (windows-1252)', () => {
    const story = page('windows-1252.html');
    expect(story.title).toBe('Café owners “relieved” as market returns');
    expect(story.paragraphs).toEqual([
      'The Saturday market returned to the square on Saturday, and the café owners around it said takings were up by a third – about €400 each.',
      '“It’s the first good weekend since the roadworks,” said one owner.',
    ]);
    expect(everyText(story)).not.toContain('\ufffd');
  });

  it('takes the address a browser noted in a saved page, and resolves its canonical link', () => {
    expect(page('saved/Ferry timetable.html')).toMatchObject({
      title: 'Winter ferry timetable brings earlier last boat',
      date: '2023-10-30',
      source: 'https://islandnews.example.net/local/ferry-timetable-2023',
    });
  });

  it('lets hostile markup leave no trace: no script runs, no handler, link target or code', () => {
    const story = page('hostile.html');
    expect(story.title).toBe('Lighthouse lamp relit by volunteers');
    expect(story.source).toBeNull();
    expect(story.paragraphs.slice(0, 3)).toEqual([
      'Volunteers relit the lamp at Skerry Point on Friday after a winter of repairs to the lantern room.',
      "The keepers' cottage is now a museum, and its guide book lists every keeper since 1871.",
      'The lamp will shine every night until the end of March, the trust said.',
    ]);
    const text = everyText(story);
    for (const trace of [
      'alert',
      'javascript',
      'onerror',
      'onload',
      'evil.example',
      'SCRIPT TEXT',
      'SVG TEXT',
      'FRAME TEXT',
      'OBJECT FALLBACK',
      'NOSCRIPT TEXT',
      'TEMPLATE TEXT',
      'FORM VALUE',
      'TEXTAREA TEXT',
      '<',
      '>',
    ]) {
      expect(text).not.toContain(trace);
    }
    // The malformed tail is repaired by the parser, its text kept.
    expect(text).toContain('Attribute soup');
  });

  it('skips a page with no article text, and binary content named .html, with reasons', () => {
    expect(readFixture(PAGE_FIXTURES, 'empty.html')).toEqual({
      skipped: expect.stringMatching(/^The page has no article text/),
    });
    expect(readFixture(PAGE_FIXTURES, 'binary.html')).toEqual({
      skipped: 'The file is named like a web page but holds binary data, not a page.',
    });
  });

  it('reads pages up to 10 MB (also one saved as .txt) and bounds the text it keeps', () => {
    const paragraph = `<p>${'The tide came in over the causeway again. '.repeat(40)}</p>\n`;
    const body = paragraph.repeat(Math.ceil((2.5 * 1024 * 1024) / paragraph.length));
    const bytes = Buffer.from(
      `<!doctype html><html><head><title>A very long page</title></head><body><article>${body}</article></body></html>`,
    );
    const read = storyFromBytes(bytes, 'long.html', {});
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const kept = read.story.paragraphs.reduce((sum, text) => sum + text.length, 0);
    expect(kept).toBeLessThanOrEqual(MAX_STORY_BYTES);
    expect(kept).toBeGreaterThan(MAX_STORY_BYTES * 0.9);
    expect(read.story.warnings).toContain(
      "The page's text is longer than 1,048,576 characters; the rest was left out.",
    );
    // The bytes decide: a page saved under a .txt name is read as the page it is.
    expect(storyFromBytes(bytes, 'long.txt')).toMatchObject({
      ok: true,
      story: { format: 'html' },
    });

    const tooBig = Buffer.alloc(MAX_PAGE_BYTES + 1, 0x20);
    expect(storyFromBytes(tooBig, 'huge.html')).toEqual({
      ok: false,
      skipped: {
        file: 'huge.html',
        reason: 'The file is 10 MB; saved pages over 10 MB are not read.',
      },
    });
  });

  it('never throws on malformed markup: a story of the right shape, or a reason', () => {
    const piece = fc.constantFrom(
      '<p>',
      '</p>',
      '<div class="related">',
      '</div>',
      '<h2>More from World</h2>',
      '<a href="javascript:x">',
      '</a>',
      '<script>',
      '</script>',
      '<title>',
      '<!--',
      '-->',
      '<![CDATA[',
      '<table><tr><td>',
      '<time datetime="2022-13-45">',
      '<meta property="og:title" content="',
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":',
      '"',
      "'",
      '>',
      '&amp;',
      '&#x0;',
      '&nosuch;',
      'Harbour pilots end the strike',
      'SEOUL: ',
      '\u0000',
      '\n',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const read = readHtmlPage(Buffer.from(pieces.join('')), 'page.html', {});
        if (read.ok) {
          expect(storyKeys(read.story)).toEqual(STORY_KEYS);
          expect(read.story.paragraphs.length).toBeGreaterThan(0);
        } else expect(read.reason).toMatch(/\.$/);
      }),
      { numRuns: 300 },
    );
  });
});

describe('readHtmlPage on markup a pattern would misread (issue 21)', () => {
  const read = (body: string, head = '<title>Harbour news</title>') => {
    const html = `<!doctype html><html><head>${head}</head><body><article><h1>Harbour news</h1>${body}</article></body></html>`;
    const result = readHtmlPage(Buffer.from(html), 'x.html', {});
    if (!result.ok) throw new Error(result.reason);
    return result.story;
  };
  const paragraphs = (n: number) =>
    Array.from(
      { length: n },
      (_, i) =>
        `<p>Paragraph ${i + 1} of the harbour story, long enough to be read as article text by anyone.</p>`,
    );

  it('keeps every paragraph around an <img alt="<svg">', () => {
    const [first, ...rest] = paragraphs(4);
    expect(read(`${first}<img alt="<svg">${rest.join('')}`).paragraphs).toHaveLength(4);
  });

  it('keeps every paragraph around an SVG in a data URI', () => {
    const [first, ...rest] = paragraphs(3);
    const img = `<img src="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg'><rect/></svg>">`;
    expect(read(`${first}${img}${rest.join('')}`).paragraphs).toHaveLength(3);
    // Alone on a page, the same image does not make it "no article text".
    expect(read(`${img}${paragraphs(1).join('')}`).paragraphs).toHaveLength(1);
  });

  it('keeps every paragraph around <a title="<!--">', () => {
    const [first, ...rest] = paragraphs(4);
    const linked = (first as string).replace('harbour', '<a title="<!--">harbour</a>');
    expect(read(`${linked}${rest.join('')}`).paragraphs).toHaveLength(4);
  });

  it('reads <title>Why <script> tags matter</title> as that title, and no stray paragraph', () => {
    const story = read(paragraphs(2).join(''), '<title>Why <script> tags matter</title>');
    expect(story.title).toBe('Harbour news');
    expect(story.paragraphs).toHaveLength(2);
    expect(JSON.stringify(story)).not.toContain('</body>');
    const untitled = readHtmlPage(
      Buffer.from(
        `<html><head><title>Why <script> tags matter</title></head><body>${paragraphs(2).join('')}</body></html>`,
      ),
      'y.html',
      {},
    );
    expect(untitled.ok && untitled.story.title).toBe('Why <script> tags matter');
    expect(untitled.ok && untitled.story.paragraphs).toHaveLength(2);
  });
});

describe('readHtmlPage on pages nested without end (issues 16 and 21)', () => {
  const nested = (depth: number) =>
    `<html><head><title>Deep page</title></head><body>${'<div>'.repeat(depth)}<p>The one paragraph of this page, long enough to be the story's text on its own.</p>${'</div>'.repeat(depth)}</body></html>`;

  it('reads the paragraph inside 5,000 and 100,000 nested <div>s, with a warning', () => {
    for (const depth of [5_000, 100_000]) {
      // A budget wider than the default, so a loaded machine shows the reading, not the budget.
      const result = storyFromBytes(Buffer.from(nested(depth)), 'deep.html', {
        budget: new ReadBudget(100_000),
      });
      expect(result.ok, String(depth)).toBe(true);
      if (!result.ok) continue;
      expect(result.story.paragraphs).toEqual([
        "The one paragraph of this page, long enough to be the story's text on its own.",
      ]);
      expect(result.story.warnings.join(' ')).toMatch(/levels deep/);
    }
  }, 120_000);

  it('skips a page with a reason once its time budget is spent, rather than hang', () => {
    const result = storyFromBytes(Buffer.from(nested(5_000)), 'deep.html', {
      budget: new ReadBudget(0),
    });
    expect(result).toEqual({
      ok: false,
      skipped: { file: 'deep.html', reason: expect.stringMatching(/took longer than 0 seconds/) },
    });
  });
});
