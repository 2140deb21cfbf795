/**
 * The page reader's fast path (main/core/story/marked-article.ts): on every page it takes,
 * the Story must be the one Readability's path gives, field for field. Differential over every
 * HTML fixture, the marked-page fixtures and generated pages (as the formats benchmark writes
 * them, and in variants that move the article's markup about); pages it must leave to
 * Readability (a teaser in the `<article>`, two `<article>`s, none) still read right.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePageBytes } from '../../../main/core/story/page-charset';
import {
  readHtmlPage,
  readHtmlPageByReadability,
  takesFastPath,
} from '../../../main/core/story/read-html-page';
import { planArchive } from '../../../tools/generate/archive-plan';
import { renderStoryPage } from '../../../tools/generate/render-page';
import { draftStory } from '../../../tools/generate/render-story';

const FIXTURES = join(__dirname, '../../fixtures');
const MARKED = join(FIXTURES, 'marked-pages');

const fastPathReads = (bytes: Uint8Array): boolean => takesFastPath(decodePageBytes(bytes).text);

function expectSameStory(bytes: Uint8Array, file: string): void {
  const fast = readHtmlPage(bytes, file, {});
  const slow = readHtmlPageByReadability(bytes, file, {});
  expect(fast, file).toEqual(slow);
}

/** The generated pages, as written, and with their article's markup changed about. */
const VARIANTS: Record<string, (html: string) => string> = {
  'as written': (html) => html,
  'a holder without a class': (html) => html.replace('<div class="story-body">', '<div>'),
  'paragraphs right in the article': (html) =>
    html
      .replace('<div class="story-body">', '')
      .replace('</div>\n<div class="share-tools">', '\n<div class="share-tools">'),
  'a standfirst beside the holder': (html) =>
    html.replace(
      '</h1>',
      '</h1><p class="standfirst">A standfirst that sums the story up, in one long sentence, for the reader in a hurry.</p>',
    ),
  'itemprop=articleBody, no <article>': (html) =>
    html
      .replace('<article class="story">', '<div class="story">')
      .replace('</article>', '</div>')
      .replace('<div class="story-body">', '<div class="story-body" itemprop="articleBody">'),
  'a teaser in the article': (html) =>
    html.replace(
      /(<div class="story-body">\n<p>[^\n]*<\/p>)[\s\S]*?\n<\/div>\n<div class="share/,
      '$1\n</div>\n<div class="share',
    ),
  'two articles': (html) =>
    html.replace(
      '</main>',
      '<article><h2>Another story</h2><p>Something else.</p></article></main>',
    ),
  'linked openings': (html) => html.replace(/<p>([^<]{0,40})/g, '<p><a href="/x">$1</a>'),
  'a subheading': (html) =>
    html.replace(/<\/p>\n<p>/, '</p>\n<h3>A subheading long enough to be scored</h3>\n<p>'),
  'two <br> for a paragraph break': (html) => html.replace(/<\/p>\n<p>/, '<br><br>'),
  'a hidden <main>': (html) => html.replace('<main>', '<main style="display: none">'),
  'a styled paragraph beside the article': (html) =>
    html.replace(
      '</main>',
      '<div style="display:block"><p>A long paragraph outside the article, with commas, enough to be scored.</p></div></main>',
    ),
  'a holder weighted down': (html) =>
    html.replace('<div class="story-body">', '<div class="story-body sidebar-text">'),
};

describe('markedArticle: the same Story as Readability, or none', () => {
  it('on every HTML fixture', () => {
    const files = execFileSync('find', [FIXTURES, '-name', '*.htm*'], { encoding: 'utf8' })
      .trim()
      .split('\n');
    expect(files.length).toBeGreaterThanOrEqual(18);
    for (const file of files) expectSameStory(readFileSync(file), basename(file));
  });

  it('on generated pages, as written and in variants', () => {
    const plan = planArchive({ stories: 40, seed: 7 });
    const taken: Record<string, number> = {};
    for (const [name, change] of Object.entries(VARIANTS)) {
      taken[name] = 0;
      for (const planned of plan.files) {
        const draft = draftStory(plan, planned);
        const html = change(renderStoryPage(draft, planned.id, planned.story % 3 === 2 ? 1 : 0));
        const bytes = Buffer.from(html);
        if (fastPathReads(bytes)) taken[name] += 1;
        expectSameStory(bytes, `${planned.id}.html`);
      }
    }
    // The fast path is taken where the article is plainly marked, and only there.
    expect(taken).toMatchObject({
      'as written': 40,
      'a holder without a class': 40,
      'itemprop=articleBody, no <article>': 40,
      'linked openings': 40,
      'a subheading': 40,
      'a teaser in the article': 0,
      'two articles': 0,
      'two <br> for a paragraph break': 0,
      'a holder weighted down': 0,
      'a hidden <main>': 0,
      'a styled paragraph beside the article': 0,
    });
  });

  it('on 300 more generated pages as the formats benchmark writes them', () => {
    const plan = planArchive({ stories: 300, seed: 11 });
    let taken = 0;
    for (const planned of plan.files) {
      const html = renderStoryPage(
        draftStory(plan, planned),
        planned.id,
        planned.story % 3 === 2 ? 1 : 0,
      );
      const bytes = Buffer.from(html);
      if (fastPathReads(bytes)) taken += 1;
      expectSameStory(bytes, `${planned.id}.html`);
    }
    expect(taken).toBe(300);
  });
});

describe('markedArticle on the marked-page fixtures', () => {
  const read = (name: string) => {
    const bytes = readFileSync(join(MARKED, name));
    const result = readHtmlPage(bytes, name, {});
    if (!result.ok) throw new Error(`${name}: ${result.reason}`);
    return { bytes, story: result.story };
  };

  it('every one reads the same both ways', () => {
    for (const name of readdirSync(MARKED)) expectSameStory(readFileSync(join(MARKED, name)), name);
  });

  it('takes the holder of an <article>: no kicker, byline or sharing links', () => {
    const { bytes, story } = read('div-in-article.html');
    expect(fastPathReads(bytes)).toBe(true);
    expect(story).toMatchObject({
      title: 'Ferry crews rehearse a winter rescue',
      date: '2023-11-20',
      dateline: 'CARROW',
      captions: ['A lifeboat is lowered during the drill off Carrow Point.'],
      related: { label: 'More from Travel' },
    });
    expect(story.paragraphs[0]).toMatch(/^Crews on the night ferry/);
    expect(story.paragraphs).toContain('Lessons from a cold morning');
    expect(story.paragraphs.join(' ')).not.toMatch(/Share|Lena Voss|All rights/);
    expect(story.paragraphs).toHaveLength(5);
  });

  it('takes an itemprop="articleBody" holder when there is no <article>', () => {
    const { bytes, story } = read('article-body-itemprop.html');
    expect(fastPathReads(bytes)).toBe(true);
    expect(story.paragraphs).toHaveLength(4);
    expect(story.paragraphs[0]).toMatch(/^Repairs to the harbour wall/);
  });

  it('leaves a teaser <article>, two <article>s and none to Readability, which reads them right', () => {
    const expected: Record<string, RegExp> = {
      'teaser.html': /^Two centuries of logbooks/,
      'two-articles.html': /^The school on Innis Mor/,
      'no-article.html': /^The market hall in Valmere/,
    };
    for (const [name, opening] of Object.entries(expected)) {
      const { bytes, story } = read(name);
      expect(fastPathReads(bytes), name).toBe(false);
      expect(story.paragraphs, name).toHaveLength(3);
      expect(story.paragraphs[0], name).toMatch(opening);
      expect(story.paragraphs.join(' '), name).not.toMatch(/Read next|Ferry fares/);
    }
  });
});
