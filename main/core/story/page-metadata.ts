/**
 * What a saved news page says about itself: title, date, section, byline and source URL,
 * each from the most trustworthy place that has it, in this order:
 *
 *   1. JSON-LD (`<script type="application/ld+json">`): a NewsArticle (or another Article
 *      type) — headline, datePublished, articleSection, author, url / mainEntityOfPage;
 *   2. Open Graph and `article:*` meta tags (og:title, article:published_time,
 *      article:section, article:author, og:url), `<link rel=canonical>`, other common metas;
 *   3. the page's markup: `<time datetime>`, a byline element (rel=author, itemprop=author,
 *      a `byline` class, else a theme's author box: `author-info`, `story-byline`, …), the
 *      article's `<h1>`;
 *   4. `<title>`, without the site name a page appends to it.
 *
 * Read before anything is removed from the document. Values are text: JSON-LD strings are
 * entity-decoded and stripped of markup; a source URL is http(s) or nothing (source-url.ts).
 */
import { Parser } from 'htmlparser2';
import { dateFromMetadata } from './metadata-date';
import type { PageDocument, PageElement } from './page-dom';
import { all, collapseSpace, textOf } from './page-dom';
import { sourceUrlOf } from './source-url';

export interface PageMetadata {
  title: string | null;
  date: string | null;
  /** The section as the site names it, made a lower-case slug (`World News` → `world-news`). */
  section: string | null;
  byline: string | null;
  source: string | null;
  /** The site's name (og:site_name or JSON-LD publisher), used to clean `<title>`. */
  siteName: string | null;
}

/** JSON-LD types read as the article, best first. */
const ARTICLE_TYPES = [
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'BackgroundNewsArticle',
  'OpinionNewsArticle',
  'ReviewNewsArticle',
  'Article',
  'Report',
  'BlogPosting',
  'LiveBlogPosting',
];
/** A byline longer than this is page text, not a name. */
const MAX_BYLINE = 120;
/** JSON-LD blocks bigger than this are data dumps, not metadata. */
const MAX_JSON_LD = 512 * 1024;

/**
 * `savedFrom`: where the browser says the page was saved from (read-html-page.ts finds its
 * `<!-- saved from url=… -->` comment); relative URLs resolve against it or `<base href>`.
 */
export function readPageMetadata(document: PageDocument, savedFrom: string | null): PageMetadata {
  const ld = articleFromJsonLd(document);
  const metas = metaContents(document);
  /** A meta tag's content by its property, name or itemprop (any case), or null. */
  const meta = (key: string): string | null => metas.get(key.toLowerCase()) ?? null;
  const siteName = meta('og:site_name') ?? ldText(ld?.publisher, document);

  const title =
    ldText(ld?.headline, document) ??
    meta('og:title') ??
    meta('twitter:title') ??
    headingTitle(document) ??
    titleElement(document, siteName);

  const date =
    dateFromMetadata(ldText(ld?.datePublished, document)) ??
    dateFromMetadata(ldText(ld?.dateCreated, document)) ??
    firstDate(
      [
        'article:published_time',
        'og:article:published_time',
        'datePublished',
        'date',
        'pubdate',
        'publish-date',
        'parsely-pub-date',
        'dc.date',
        'DC.date.issued',
      ].map(meta),
    ) ??
    timeElementDate(document);

  const sectionName =
    ldText(ld?.articleSection, document) ??
    meta('article:section') ??
    meta('section') ??
    meta('parsely-section');

  const byline =
    bylineText(ldAuthors(ld?.author, document)) ??
    bylineText(meta('author')) ??
    bylineText(notUrl(meta('article:author'))) ??
    bylineText(stripBy(meta('byl'))) ??
    bylineElement(document);

  const base =
    sourceUrlOf(document.querySelector('base[href]')?.getAttribute('href')) ??
    sourceUrlOf(savedFrom);
  const source =
    sourceUrlOf(ldUrl(ld?.url), base) ??
    sourceUrlOf(ldUrl(ld?.mainEntityOfPage), base) ??
    sourceUrlOf(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), base) ??
    sourceUrlOf(meta('og:url'), base) ??
    sourceUrlOf(savedFrom);

  return {
    title,
    date,
    section: sectionName === null ? null : sectionSlug(sectionName),
    byline,
    source,
    siteName,
  };
}

/**
 * The content of every `<meta>` by its property, name or itemprop, lower case; the first of
 * each wins. One pass over the page's metas rather than a selector per key.
 */
function metaContents(document: PageDocument): Map<string, string> {
  const contents = new Map<string, string>();
  for (const element of all(document, 'meta')) {
    const content = collapseSpace(element.getAttribute('content') ?? '');
    if (content === '') continue;
    for (const attribute of ['property', 'name', 'itemprop']) {
      const key = element.getAttribute(attribute)?.toLowerCase();
      if (key && !contents.has(key)) contents.set(key, content);
    }
  }
  return contents;
}

type JsonObject = Record<string, unknown>;

/** The best article object among the page's JSON-LD blocks, or null. */
function articleFromJsonLd(document: PageDocument): JsonObject | null {
  const found: JsonObject[] = [];
  for (const script of all(document, 'script[type="application/ld+json" i]')) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON_LD) continue;
    let value: unknown;
    try {
      value = JSON.parse(text.trim());
    } catch {
      continue;
    }
    collectObjects(value, found, 0);
  }
  for (const type of ARTICLE_TYPES) {
    const match = found.find((object) => typesOf(object).includes(type));
    if (match) return match;
  }
  return null;
}

/** Objects of a JSON-LD value: itself, the items of a list, the nodes of an `@graph`. */
function collectObjects(value: unknown, into: JsonObject[], depth: number): void {
  if (depth > 4 || into.length > 200) return;
  if (Array.isArray(value)) {
    for (const item of value) collectObjects(item, into, depth + 1);
  } else if (value !== null && typeof value === 'object') {
    const object = value as JsonObject;
    into.push(object);
    if (object['@graph'] !== undefined) collectObjects(object['@graph'], into, depth + 1);
  }
}

function typesOf(object: JsonObject): string[] {
  const type = object['@type'];
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((item): item is string => typeof item === 'string') : [];
}

/** A JSON-LD text value (a string, the first of a list, or an object's `name`) as plain text. */
function ldText(value: unknown, document: PageDocument): string | null {
  if (Array.isArray(value)) return ldText(value[0], document);
  if (value !== null && typeof value === 'object') {
    return ldText((value as JsonObject).name, document);
  }
  if (typeof value !== 'string') return null;
  return plainText(value) || null;
}

/** Authors as one byline: `A`, `A and B`, `A, B and C`. */
function ldAuthors(value: unknown, document: PageDocument): string | null {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const names = list
    .map((author) => ldText(author, document))
    .filter((name): name is string => name !== null && notUrl(name) !== null);
  if (names.length === 0) return null;
  return names.length === 1
    ? names[0]!
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function ldUrl(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object') {
    const object = value as JsonObject;
    const id = object['@id'] ?? object.url;
    return typeof id === 'string' ? id : null;
  }
  return null;
}

/**
 * JSON-LD strings often carry entities (`Tom &amp; Jerry`) and sometimes markup: parse them
 * as a fragment (never run: the parser builds a tree) and keep the text, scripts left out.
 */
/**
 * A metadata value that may hold markup (`Tom &amp; Jerry`, `<b>Live</b>`) → its text, with
 * any script, style, template or noscript written in it left out. One that is opened and never
 * closed (`Why <script> tags matter`) is kept as the text it is: that is no element, but words
 * about one, as a browser's title bar shows them.
 */
function plainText(value: string): string {
  if (!/[&<]/.test(value)) return collapseSpace(value);
  let text = '';
  let hidden = 0;
  let hiddenFrom = 0;
  const parser: Parser = new Parser(
    {
      onopentag(name) {
        if (!HIDDEN_IN_TEXT.has(name)) return;
        if (hidden === 0) hiddenFrom = parser.startIndex;
        hidden += 1;
      },
      ontext(data) {
        if (hidden === 0) text += data;
      },
      onclosetag(name, isImplied) {
        if (!HIDDEN_IN_TEXT.has(name) || hidden === 0) return;
        hidden -= 1;
        if (hidden === 0 && isImplied) text += value.slice(hiddenFrom);
      },
    },
    { decodeEntities: true },
  );
  parser.end(value);
  return collapseSpace(text);
}

const HIDDEN_IN_TEXT = new Set(['script', 'style', 'template', 'noscript']);

function firstDate(values: (string | null)[]): string | null {
  for (const value of values) {
    const date = dateFromMetadata(value);
    if (date) return date;
  }
  return null;
}

/** The first `<time datetime>` in the article (else in the page) that reads as a date. */
function timeElementDate(document: PageDocument): string | null {
  const scope = document.querySelector('article') ?? document;
  for (const time of all(scope, 'time[datetime]')) {
    const date = dateFromMetadata(time.getAttribute('datetime'));
    if (date) return date;
  }
  return null;
}

function bylineElement(document: PageDocument): string | null {
  const scope = document.querySelector('article') ?? document;
  const element =
    scope.querySelector('[itemprop="author"] [itemprop="name"]') ??
    scope.querySelector('[rel="author"]') ??
    scope.querySelector('[itemprop="author"]') ??
    scope.querySelector('.byline, .article-byline, .author-name, .author');
  if (element) return bylineText(stripBy(textOf(element)));
  return authorBox(scope) ?? (scope === document ? null : authorBox(document));
}

/**
 * A byline in a box a theme names in its own words (`<div class="author-info">`,
 * `story-byline`, `article-author`): the box's name element when it marks one (the box may
 * also hold a job title or links), else the box's text when it is short enough to be a name.
 */
function authorBox(scope: PageDocument | PageElement): string | null {
  for (const box of all(scope, AUTHOR_BOXES)) {
    const name = box.querySelector(NAME_IN_BOX);
    const text = bylineText(stripBy(textOf(name ?? box)));
    if (text) return text;
  }
  return null;
}

/** The name inside an author box, when the box marks it. */
const NAME_IN_BOX = [
  '.name',
  '.author-name',
  '.author__name',
  '.author-info__name',
  '.byline__name',
  '[itemprop="name"]',
  '[rel="author"]',
].join(', ');

/** Author boxes by the class names themes give them (the light document matches whole classes). */
const AUTHOR_BOXES = [
  '.author-info',
  '.author__info',
  '.authorinfo',
  '.author-details',
  '.author-box',
  '.author-bio',
  '.article-author',
  '.article__author',
  '.story-author',
  '.post-author',
  '.entry-author',
  '.story-byline',
  '.article__byline',
  '.c-byline',
  '.meta-author',
].join(', ');

function bylineText(value: string | null): string | null {
  if (value === null) return null;
  const text = collapseSpace(value);
  return text === '' || text.length > MAX_BYLINE ? null : text;
}

function stripBy(value: string | null): string | null {
  return value === null ? null : value.replace(/^by\s+/i, '');
}

function notUrl(value: string | null): string | null {
  return value === null || /^https?:\/\//i.test(value) ? null : value;
}

/** The article's own `<h1>` (one inside `<article>`, else the page's only one). */
function headingTitle(document: PageDocument): string | null {
  const inArticle = document.querySelector('article h1');
  if (inArticle) return textOf(inArticle) || null;
  const headings = all(document, 'h1');
  return headings.length === 1 ? textOf(headings[0]) || null : null;
}

/**
 * `<title>` without the site name: `Harbour pilots end strike | Daily Wire` → the headline.
 * A trailing part after ` | `, ` - `, ` – `, ` — ` or ` :: ` is dropped when it is the site's
 * name or short (four words at most) while what is kept has three words or more.
 */
function titleElement(document: PageDocument, siteName: string | null): string | null {
  // `<title>` is raw text: an element written whole in it (`<script>…</script>`) is left out
  // here; words about one (`Why <script> tags matter`) stay.
  const title = plainText(document.querySelector('title')?.textContent ?? '');
  if (title === '') return null;
  const parts = title.split(/\s+(?:\||-|–|—|::|·)\s+/);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1]!;
  const kept = parts.slice(0, -1).join(' – ');
  const isSite = siteName !== null && last.toLowerCase() === siteName.toLowerCase();
  const wordsKept = kept.split(' ').length;
  if (isSite || (last.split(' ').length <= 4 && wordsKept >= 3)) return kept;
  return title;
}

/** `World News` → `world-news`: the shape of the text format's section line. */
export function sectionSlug(name: string): string | null {
  const slug = collapseSpace(name).toLowerCase().replace(/\s+/g, '-');
  return slug === '' || slug.length > 60 ? null : slug;
}
