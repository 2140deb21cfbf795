/**
 * The light document (main/core/story/light-page.ts) against linkedom: on the same markup,
 * the reader's stages — metadata, related list, clutter, captions, the marked article, the
 * blocks — must see the same page. Every HTML fixture, then random markup (fast-check) built
 * from the elements, classes and attributes those stages look at, malformed on purpose.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lightPage } from '../../../main/core/story/light-page';
import { markedArticle } from '../../../main/core/story/marked-article';
import { paragraphsOf } from '../../../main/core/story/page-blocks';
import { decodePageBytes } from '../../../main/core/story/page-charset';
import type { PageDocument } from '../../../main/core/story/page-dom';
import { parsePage } from '../../../main/core/story/page-dom';
import { pageMarkup, readPageTree } from '../../../main/core/story/page-tree';
import { cleanPage } from '../../../main/core/story/read-html-page';

/** What the reader takes from a parsed page, as plain data. */
function readOn(document: PageDocument, html: string) {
  const page = cleanPage(document, html);
  const article = markedArticle(page.document);
  return {
    metadata: page.metadata,
    related: page.related,
    captions: page.captions,
    title: page.document.title,
    article: article ? paragraphsOf(article) : null,
    body: page.document.body ? paragraphsOf(page.document.body) : null,
  };
}

function expectSameReading(html: string): void {
  const tree = readPageTree(html);
  const markup = pageMarkup(tree);
  const light = lightPage(tree);
  // A page the light document will not read is left to linkedom: nothing to compare.
  if (light === null) return;
  expect(readOn(light, html), html.slice(0, 300)).toEqual(readOn(parsePage(markup), html));
}

describe('the light document reads a page as linkedom does', () => {
  it('on every HTML fixture', () => {
    const fixtures = join(__dirname, '../../fixtures');
    const files = execFileSync('find', [fixtures, '-name', '*.htm*'], { encoding: 'utf8' })
      .trim()
      .split('\n');
    let compared = 0;
    for (const file of files) {
      const html = decodePageBytes(readFileSync(file)).text;
      if (lightPage(readPageTree(html)) !== null) compared += 1;
      expectSameReading(html);
    }
    expect(compared).toBeGreaterThanOrEqual(12);
  });

  it('on random, often malformed, markup', () => {
    const tags = [
      'div',
      'p',
      'article',
      'section',
      'main',
      'aside',
      'header',
      'footer',
      'nav',
      'figure',
      'figcaption',
      'h1',
      'h2',
      'h3',
      'ul',
      'li',
      'a',
      'em',
      'span',
      'time',
      'table',
      'tr',
      'td',
      'br',
      'form',
      'blockquote',
      'code',
      'meta',
      'title',
      'script',
    ];
    const attributes = [
      'class="story-body"',
      'class="byline"',
      'class="related"',
      'class="ad-slot"',
      'class="more-from"',
      'class="share-tools"',
      'class="site-footer"',
      'id="content"',
      'itemprop="articleBody"',
      'itemprop="author"',
      'itemprop="name"',
      'rel="author"',
      'rel="Author"',
      'role="navigation"',
      'hidden',
      'aria-hidden="true"',
      'style="display:none"',
      'datetime="2023-05-01T10:00:00Z"',
      'href="/x"',
      'property="og:title" content="OG title"',
      'type="application/ld+json"',
      'class="a b"',
      "data-x='1'",
      'title="a<b"',
    ];
    const words = [
      'More from World',
      'Related stories',
      'The harbour, at dawn, was quiet',
      '&amp; co',
      'By Lena Voss',
      'A sentence, with commas, long enough to be scored as a paragraph here.',
      '12 May 2023',
      '<',
      '&nbsp;',
      '{"@type":"NewsArticle","headline":"LD headline"}',
      ' ',
    ];
    const piece = fc.oneof(
      fc.constantFrom(...words),
      fc
        .tuple(fc.constantFrom(...tags), fc.subarray(attributes, { maxLength: 2 }))
        .map(([tag, attrs]) => `<${[tag, ...attrs].join(' ')}>`),
      fc.constantFrom(...tags).map((tag) => `</${tag}>`),
    );
    const page = fc
      .array(piece, { maxLength: 80 })
      .map(
        (pieces) =>
          `<html><head><title>Page title</title></head><body>${pieces.join('')}</body></html>`,
      );
    fc.assert(
      fc.property(page, (html) => expectSameReading(html)),
      { numRuns: 400 },
    );
  });
});
