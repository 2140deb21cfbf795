/**
 * The reader for a web page saved as HTML ("Save page as", a scraper's copy): bytes → the
 * page's text in its declared charset (page-charset.ts) → a tree (page-tree.ts: parsed once,
 * never rendered; no script runs, nothing loads) → the Story:
 *
 * - scripts, styles and comments left out as the parser builds the tree, JSON-LD kept, and
 *   the tree's depth capped as browsers cap it (page-tree.ts);
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
 * Bounded (issue 21): Readability's time grows steeply with nesting depth (a page of one
 * paragraph 500 `<div>`s deep took seconds, 1,000 deep over a minute) and with size. A page
 * deeper than READABILITY_MAX_DEPTH or larger than READABILITY_MAX_ELEMENTS is not given to
 * it: its cleaned body is the article, with a warning. The file's time budget (read-budget.ts)
 * is checked between the stages.
 *
 * Skipped, with a reason: binary content named like a page, a page with no article text.
 * Malformed markup is read as the parser repairs it; nothing here throws (but the budget).
 */
import { Readability } from '@mozilla/readability';
import { looksBinary } from './looks-binary';
import { decodePageBytes } from './page-charset';
import { captionsOf, paragraphsOf } from './page-blocks';
import { removeClutter } from './page-clutter';
import type { PageDocument, PageElement } from './page-dom';
import { collapseSpace, parsePage, textOf } from './page-dom';
import { cleanMarks } from './paragraph-marks';
import { sectionFromPath } from './section-from-path';
import { lightPage } from './light-page';
import type { PageTree } from './page-tree';
import { pageMarkup, readPageTree } from './page-tree';
import type { ReadBudget } from './read-budget';
import { ReadBudgetExceeded } from './read-budget';
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

/**
 * Readability is run only on pages within these (measured in tests/bench/hostile-bench.ts: at
 * 128 levels it takes a fraction of a second even on a short article, where it tries hardest).
 * Real news pages nest 20–60 levels and hold a few thousand elements.
 */
export const READABILITY_MAX_DEPTH = 128;
export const READABILITY_MAX_ELEMENTS = 30_000;

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
  } catch (error) {
    // The budget's own error is the reason the file is skipped (read-story-file.ts).
    if (error instanceof ReadBudgetExceeded) throw error;
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

  const budget = options.budget;
  const tree = readPageTree(html, budget);
  budget?.check();
  const warnings = [...decoded.warnings];
  // The fast path cleans the tree in place; the slow path reads the page again from a fresh one.
  const fast = fastPath ? fastPage(tree, html) : null;
  const freshMarkup = (): string => pageMarkup(fast ? readPageTree(html, budget) : tree);
  let page: CleanPage;
  let article: PageElement | null;
  if (fast?.article) {
    page = fast.page;
    article = fast.article;
  } else if (tree.depth > READABILITY_MAX_DEPTH || tree.elements > READABILITY_MAX_ELEMENTS) {
    // Too deep or too large for Readability in time: the cleaned body is the article.
    page = fast?.page ?? cleanPage(parsePage(freshMarkup()), html);
    article = page.document.body && textOf(page.document.body) !== '' ? page.document.body : null;
    warnings.push(tooLargeWarning(tree));
  } else {
    page = cleanPage(parsePage(freshMarkup()), html);
    budget?.check();
    article = findArticle(page.document);
  }
  budget?.check();
  const { document, metadata, related, captions } = page;
  if (article === null) return { ok: false, reason: NO_ARTICLE_TEXT };
  const paragraphs = withoutRepeats(paragraphsOf(article), metadata.title, metadata.byline);
  if (paragraphs.length === 0) return { ok: false, reason: NO_ARTICLE_TEXT };

  const story = storyFromParts(
    {
      title: metadata.title ?? document.title,
      date: metadata.date,
      section: metadata.section ?? sectionFromPath(metadata.source, file),
      byline: metadata.byline,
      captions,
      paragraphs,
      marked: true,
      related,
      source: metadata.source,
      warnings,
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
 * The fast path: a light document over the tree (light-page.ts), cleaned, and the article its
 * markup marks (marked-article.ts); null when the light document cannot read the page. With
 * no marked article, the page is read again on linkedom for Readability — unless the tree is
 * beyond Readability's limits, when this cleaned page is used as it is.
 */
function fastPage(
  tree: PageTree,
  html: string,
): { page: CleanPage; article: PageElement | null } | null {
  try {
    const light = lightPage(tree);
    if (light === null) return null;
    const page = cleanPage(light, html);
    return { page, article: markedArticle(page.document) };
  } catch {
    // Whatever trips the light document is left to the slow path.
    return null;
  }
}

function tooLargeWarning(tree: PageTree): string {
  const why =
    tree.markupDepth > READABILITY_MAX_DEPTH
      ? `nests its markup ${tree.markupDepth.toLocaleString('en')} levels deep`
      : `holds ${tree.elements.toLocaleString('en')} elements`;
  return `The page ${why}, too much to find its article in time; its text was taken from the whole page.`;
}

/** Whether readHtmlPage reads the decoded page `html` by its fast path (for the tests). */
export function takesFastPath(html: string, budget?: ReadBudget): boolean {
  return fastPage(readPageTree(html, budget), html)?.article != null;
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
  return paragraphs.filter(
    (paragraph) => !repeats.has(collapseSpace(cleanMarks(paragraph)).toLowerCase()),
  );
}
