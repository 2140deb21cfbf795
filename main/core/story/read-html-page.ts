/**
 * The reader for a web page saved as HTML ("Save page as", a scraper's copy): bytes → the
 * page's text in its declared charset (page-charset.ts) → a document (page-dom.ts: parsed,
 * never rendered; no script runs, nothing loads) → the Story:
 *
 * - scripts, styles and comments cut before parsing (page-markup.ts), JSON-LD kept;
 * - metadata from the page itself (page-metadata.ts: JSON-LD, then meta tags, then markup,
 *   then `<title>`), read first, while the document is whole;
 * - the page's own related list as the related block (page-related.ts), then the clutter
 *   taken out (page-clutter.ts: scripts, styles, forms, navigation, banners, ads);
 * - captions from `<figcaption>`; the article found by Readability (`@mozilla/readability`),
 *   its blocks as paragraphs (page-blocks.ts);
 * - the shared rules of story-parts.ts (date fallback, dateline, bounded text).
 *
 * Fast path: a page that marks its article plainly (marked-article.ts) is read on a light
 * document (light-page.ts: htmlparser2's tree, no linkedom) and Readability is not run; the
 * Story is the one the slow path gives (tests/core/story/marked-article.test.ts), at about a
 * third of the cost. Every other page is read again from its markup on linkedom.
 *
 * Skipped, with a reason: binary content named like a page, a page with no article text.
 * Malformed markup is read as the parser repairs it; nothing here throws.
 */
import { Readability } from '@mozilla/readability';
import { looksBinary } from './looks-binary';
import { decodePageBytes } from './page-charset';
import { captionsOf, paragraphsOf } from './page-blocks';
import { removeClutter } from './page-clutter';
import type { PageDocument, PageElement } from './page-dom';
import { parsePage, textOf, wholePage } from './page-dom';
import { parseLightPage } from './light-page';
import { withoutNonText } from './page-markup';
import type { PageMetadata } from './page-metadata';
import { readPageMetadata } from './page-metadata';
import type { PageRelated } from './page-related';
import { takeRelatedLists } from './page-related';
import { markedArticle } from './marked-article';
import type { ReaderResult, StoryReadOptions, OneStoryReader } from './story-reader';
import { storyFromParts } from './story-parts';

export const NO_ARTICLE_TEXT =
  'The page has no article text (only navigation, scripts or markup), so it is not a story.';
const BINARY_PAGE = 'The file is named like a web page but holds binary data, not a page.';

/** Characters a date stamp may have besides its time (`Published: `, `Updated on `). */
const MAX_STAMP_EXTRA = 24;

/** Where a browser notes the page's address: `<!-- saved from url=(0043)https://… -->`. */
const SAVED_FROM = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i;

export const readHtmlPage: OneStoryReader = (bytes, file, options) =>
  readSafely(bytes, file, options, true);

/**
 * The same reader with the marked-article fast path off: Readability finds every article.
 * For the differential tests and the formats benchmark; the app never uses it.
 */
export const readHtmlPageByReadability: OneStoryReader = (bytes, file, options) =>
  readSafely(bytes, file, options, false);

function readSafely(
  bytes: Uint8Array,
  file: string,
  options: StoryReadOptions,
  fastPath: boolean,
): ReaderResult {
  try {
    return readPage(bytes, file, options, fastPath);
  } catch {
    // The parser and Readability repair what they can; a tree they still trip over is a bug
    // of theirs, and the page is skipped rather than the scan stopped.
    return { ok: false, reason: 'The page could not be read: its markup is too broken.' };
  }
}

function readPage(
  bytes: Uint8Array,
  file: string,
  options: StoryReadOptions,
  fastPath: boolean,
): ReaderResult {
  const decoded = decodePageBytes(bytes);
  if (looksBinary(decoded.text)) return { ok: false, reason: BINARY_PAGE };
  const html = decoded.text;
  if (html.trim() === '')
    return { ok: false, reason: 'The file holds only blank space, no story.' };

  const markup = withoutNonText(html);
  const fast = fastPath ? fastPage(markup, html) : null;
  const page = fast?.page ?? cleanPage(parsePage(markup), html);
  const article = fast ? fast.article : findArticle(page.document);
  const { document, metadata, related, captions } = page;
  if (article === null) return { ok: false, reason: NO_ARTICLE_TEXT };
  const paragraphs = withoutRepeats(paragraphsOf(article), metadata.title, metadata.byline);
  if (paragraphs.length === 0) return { ok: false, reason: NO_ARTICLE_TEXT };

  const story = storyFromParts(
    {
      title: metadata.title ?? document.title,
      date: metadata.date,
      section: metadata.section,
      byline: metadata.byline,
      captions,
      paragraphs,
      related,
      source: metadata.source,
      warnings: decoded.warnings,
    },
    'html',
    file,
    options,
    'page',
  );
  // Paragraphs of nothing but a dateline or control characters are no article either.
  if (story.paragraphs.length === 0) return { ok: false, reason: NO_ARTICLE_TEXT };
  return { ok: true, story };
}

/**
 * The fast path: a light document (light-page.ts) and the article its markup marks
 * (marked-article.ts), or null, and the page is read again on linkedom for Readability.
 */
function fastPage(markup: string, html: string): { page: CleanPage; article: PageElement } | null {
  try {
    const light = parseLightPage(wholePage(markup));
    if (light === null) return null;
    const page = cleanPage(light, html);
    const article = markedArticle(page.document);
    return article ? { page, article } : null;
  } catch {
    // Whatever trips the light document (a tree too deep to walk) is left to the slow path.
    return null;
  }
}

/** Whether readHtmlPage reads the decoded page `html` by its fast path (for the tests). */
export function takesFastPath(html: string): boolean {
  return fastPage(withoutNonText(html), html) !== null;
}

export interface CleanPage {
  /** The document as Readability is given it: metadata read, related lists and clutter out. */
  document: PageDocument;
  metadata: PageMetadata;
  related: PageRelated;
  captions: string[];
}

/**
 * A parsed page (`document`, of the decoded `html`) → all but the article; exported for the
 * tests, which compare it on linkedom and on the light document.
 */
export function cleanPage(document: PageDocument, html: string): CleanPage {
  const savedFrom = SAVED_FROM.exec(html.slice(0, 4096))?.[1] ?? null;
  const metadata = readPageMetadata(document, savedFrom);
  const related = takeRelatedLists(document);
  removeClutter(document);
  removeDateStamps(document);
  const captions = document.body ? captionsOf(document.body) : [];
  for (const caption of Array.from(document.querySelectorAll('figcaption'))) caption.remove();
  return { document, metadata, related, captions };
}

/**
 * The article element by Readability, on the cleaned document (it may change it further).
 * Its JSON-LD reading is off (page-metadata.ts did it, and the scripts are gone by now), and
 * a failure inside it (it has thrown on pathological trees) falls back to the body.
 */
function findArticle(document: PageDocument): PageElement | null {
  try {
    const found = new Readability<PageElement>(document as never, {
      serializer: (node) => node as unknown as PageElement,
      disableJSONLD: true,
      keepClasses: true,
      charThreshold: 200,
    }).parse();
    if (found?.content && textOf(found.content) !== '') return found.content;
  } catch {
    // Fall through to the body.
  }
  return document.body && textOf(document.body) !== '' ? document.body : null;
}

/**
 * A `<time>` shown as the article's date stamp (`Nov 8`, `Published 10:15, 8 November`) is
 * metadata, not a paragraph: the element, or a small block around it, is removed. A time
 * inside a sentence stays.
 */
function removeDateStamps(document: PageDocument): void {
  for (const time of Array.from(document.querySelectorAll('time'))) {
    const parent = time.parentElement;
    if (parent === null) continue;
    if (CONTAINERS.has(parent.localName)) time.remove();
    else if (textOf(parent).length <= textOf(time).length + MAX_STAMP_EXTRA) parent.remove();
  }
}

/** Elements that hold blocks: a `<time>` right inside one stands alone. */
const CONTAINERS = new Set([
  'body',
  'main',
  'article',
  'section',
  'header',
  'footer',
  'div',
  'aside',
]);

/** Paragraphs that only repeat the headline or the byline (`By Desk Reporter`) are dropped. */
function withoutRepeats(
  paragraphs: string[],
  title: string | null,
  byline: string | null,
): string[] {
  const repeats = new Set<string>();
  if (title) repeats.add(title.toLowerCase());
  if (byline) {
    repeats.add(byline.toLowerCase());
    repeats.add(`by ${byline.toLowerCase()}`);
  }
  return paragraphs.filter((paragraph) => !repeats.has(paragraph.toLowerCase()));
}
