/**
 * The fast path of the page reader: the element holding the article's paragraphs, found
 * without running Readability, for pages that mark their article (one `<article>`, or one
 * `itemprop="articleBody"`) and lay it out plainly. Readability's scoring and its repeated
 * passes over the tree cost about as much as parsing the page; on such pages its answer can
 * be told in advance, so the reader takes it directly.
 *
 * Why not simply the `<article>`'s blocks: Readability does not return the marked element,
 * it returns the element its scores pick — often the `<div>` holding the paragraphs, without
 * the kicker, standfirst or credits beside it. So this file works out, for the plain case,
 * exactly what Readability would pick (the same rules, on the same cleaned document), and
 * answers null — read by Readability — whenever anything it does not model could matter:
 *
 * - every element Readability would score (a `<p>`, `<h2>`–`<h6>`, `<section>`, `<td>`,
 *   `<pre>` or text `<div>` of 25+ characters, outside what it strips as unlikely) is a
 *   direct child of one holder, inside the marked element;
 * - the holder holds only paragraphs, `<h3>`–`<h6>` and empty figures, with inline markup
 *   only: nothing Readability's cleaning would remove, split or convert;
 * - by Readability's own scores the holder is the top candidate, no parent replaces it, and
 *   no sibling would be appended; its text is long enough that no second attempt runs.
 *
 * The regular expressions are Readability's own (its prototype), so they stay in step with
 * the installed version. tests/core/story/marked-article.test.ts checks the outcome against
 * Readability on every page fixture and on generated pages.
 */
import { Readability } from '@mozilla/readability';
import type { PageDocument, PageElement, PageNode } from './page-dom';
import { ELEMENT_NODE, TEXT_NODE, all } from './page-dom';

interface ReadabilityRules {
  REGEXPS: {
    unlikelyCandidates: RegExp;
    okMaybeItsACandidate: RegExp;
    positive: RegExp;
    negative: RegExp;
    byline: RegExp;
    shareElements: RegExp;
    commas: RegExp;
    hashUrl: RegExp;
  };
  UNLIKELY_ROLES: string[];
}
const RULES = Readability.prototype as unknown as ReadabilityRules;
const RE = RULES.REGEXPS;

/** Readability scores these (its DEFAULT_TAGS_TO_SCORE), and text `<div>`s. */
const SCORED = new Set(['section', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'td', 'pre']);
/** A `<div>` with one of these children is not made a paragraph (its DIV_TO_P_ELEMS). */
const DIV_BLOCKS = new Set(['blockquote', 'dl', 'div', 'img', 'ol', 'p', 'pre', 'table', 'ul']);
/** What a holder may hold directly. */
const HOLDER_CHILDREN = new Set(['p', 'h3', 'h4', 'h5', 'h6', 'figure']);
/** Inline markup Readability leaves as it is inside a paragraph. */
const INLINE = new Set(
  'a abbr b bdi bdo cite code data dfn em i img kbd mark q s samp small span strong sub sup u var wbr'.split(
    ' ',
  ),
);
/** Readability ignores shorter elements when scoring. */
const MIN_SCORED = 25;
/** Well over Readability's charThreshold (200), so its first attempt is the one kept. */
const MIN_TEXT = 500;
/** Fewer commas and Readability's conditional cleaning looks further into the holder. */
const MIN_COMMAS = 10;
/** Readability scores an element's ancestors up to this many levels up. */
const ANCESTOR_LEVELS = 5;

/**
 * The element Readability would return the article from, for a page that marks its article
 * plainly; null when Readability must decide. `document` is the cleaned document the reader
 * would give Readability.
 */
export function markedArticle(document: PageDocument): PageElement | null {
  const body = document.body;
  const marked = markedElement(document);
  if (body === null || marked === null) return null;

  const scored = collectScored(body);
  if (scored === null) return null;
  const holder = scored[0]?.parentElement ?? null;
  if (holder === null || !(holder === marked || marked.contains(holder))) return null;
  if (scored.some((element) => element.parentElement !== holder)) return null;
  if (!isPlainHolder(holder)) return null;
  for (let above = holder.parentElement; above; above = above.parentElement) {
    if (!isVisible(above)) return null;
  }

  const text = innerText(holder);
  if (text.length < MIN_TEXT || text.split(',').length - 1 < MIN_COMMAS) return null;
  if (classWeight(holder) < 0) return null;
  return picksHolder(holder, scored) && noSiblingJoins(holder) ? holder : null;
}

/** The one `<article>`, else the one `itemprop="articleBody"`, else null. */
function markedElement(document: PageDocument): PageElement | null {
  const marked = all(document, 'article, [itemprop~="articleBody"]');
  const articles = marked.filter((element) => element.localName === 'article');
  if (articles.length > 0) return articles.length === 1 ? articles[0]! : null;
  return marked.length === 1 ? marked[0]! : null;
}

/**
 * What Readability would score in `body`, in document order, leaving out what its first pass
 * strips (unlikely names and roles, hidden elements, with all they hold); null when something
 * there could change the tree in ways not modelled here (`<br><br>` runs). Candidates are
 * found by one query and their ancestors judged once each (attribute reads are what cost).
 */
function collectScored(body: PageElement): PageElement[] | null {
  const stripped = new Map<PageElement, boolean>();
  const inTableOrCode = new Map<PageElement, boolean>();
  const underTableOrCode = (element: PageElement): boolean => {
    const parent = element.parentElement;
    if (parent === null || element === body) return false;
    let known = inTableOrCode.get(element);
    if (known === undefined) {
      known =
        parent.localName === 'table' || parent.localName === 'code' || underTableOrCode(parent);
      inTableOrCode.set(element, known);
    }
    return known;
  };
  const isGone = (element: PageElement): boolean => {
    if (element === body || element.parentElement === null) return false;
    let known = stripped.get(element);
    if (known === undefined) {
      known = isStripped(element, underTableOrCode(element)) || isGone(element.parentElement);
      stripped.set(element, known);
    }
    return known;
  };

  for (const br of all(body, 'br')) {
    if (br.parentElement && hasBrRun(br.parentElement) && !isGone(br)) return null;
  }
  return all(body, 'p, section, h2, h3, h4, h5, h6, td, pre, div').filter(
    (element) => isScored(element) && innerText(element).length >= MIN_SCORED && !isGone(element),
  );
}

/**
 * Readability's first pass removes it, with all it holds. Hidden elements are not counted
 * as removed (whether a style hides one is linkedom's call): what they hold still counts,
 * and the holder and its ancestors must be plainly visible.
 */
function isStripped(element: PageElement, inTableOrCode: boolean): boolean {
  const match = `${element.className} ${element.id}`;
  if (
    RE.unlikelyCandidates.test(match) &&
    !RE.okMaybeItsACandidate.test(match) &&
    !inTableOrCode &&
    element.localName !== 'a'
  ) {
    return true;
  }
  return RULES.UNLIKELY_ROLES.includes(element.getAttribute('role') ?? '');
}

function isVisible(element: PageElement): boolean {
  const style = element.getAttribute('style');
  return (
    (style === null || !/display|visibility/i.test(style)) &&
    element.getAttribute('hidden') === null &&
    element.getAttribute('aria-hidden') !== 'true'
  );
}

function isScored(element: PageElement): boolean {
  if (SCORED.has(element.localName)) return true;
  if (element.localName !== 'div') return false;
  // A `<div>` is scored once made a paragraph, or when its inline content is wrapped in one.
  const children = Array.from(element.children);
  return (
    !children.some((child) => DIV_BLOCKS.has(child.localName)) ||
    (children.length === 1 && children[0]!.localName === 'p') ||
    Array.from(element.childNodes).some(
      (node) =>
        (node.nodeType === TEXT_NODE && (node.textContent ?? '').trim() !== '') ||
        (node.nodeType === ELEMENT_NODE && INLINE.has((node as PageElement).localName)),
    )
  );
}

/** Readability's _replaceBrs makes paragraphs of what follows two `<br>` in a row. */
function hasBrRun(element: PageElement): boolean {
  let lastWasBr = false;
  for (const node of Array.from(element.childNodes)) {
    if (node.nodeType === TEXT_NODE && (node.textContent ?? '').trim() === '') continue;
    const isBr = node.nodeType === ELEMENT_NODE && (node as PageElement).localName === 'br';
    if (isBr && lastWasBr) return true;
    lastWasBr = isBr;
  }
  return false;
}

/**
 * Paragraphs and small headings of inline markup, empty figures, no text of its own, and
 * nothing Readability would take out as a byline, share box, hidden or weighted-down
 * element.
 */
function isPlainHolder(holder: PageElement): boolean {
  if (!isPlainElement(holder)) return false;
  for (const node of Array.from(holder.childNodes)) {
    if (node.nodeType === TEXT_NODE) {
      if ((node.textContent ?? '').trim() !== '') return false;
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const child = node as PageElement;
    if (!HOLDER_CHILDREN.has(child.localName) || !isPlainElement(child)) return false;
    if (child.localName === 'figure') {
      if (innerText(child) !== '' || !isInlineOnly(child)) return false;
    } else if (!isInlineOnly(child)) {
      return false;
    }
  }
  return true;
}

function isInlineOnly(element: PageElement): boolean {
  for (const child of Array.from(element.children)) {
    if (!INLINE.has(child.localName) || !isPlainElement(child) || !isInlineOnly(child)) {
      return false;
    }
  }
  return true;
}

function isPlainElement(element: PageElement): boolean {
  const match = `${element.className} ${element.id}`;
  return (
    isVisible(element) &&
    element.getAttribute('role') === null &&
    element.getAttribute('rel') !== 'author' &&
    !(element.getAttribute('itemprop') ?? '').includes('author') &&
    !RE.unlikelyCandidates.test(match) &&
    !RE.byline.test(match) &&
    !RE.shareElements.test(match) &&
    classWeight(element) >= 0
  );
}

/**
 * Readability's choice of top candidate, on its own scores: each scored element adds to
 * its parent, half to the grandparent, a third of that further up; the holder must win,
 * and neither the walk up to a better parent nor the "only child" rule may move off it.
 * Ancestors are bounded from above (their link density, after Readability's removals, is
 * not worked out), which only makes the test stricter.
 */
function picksHolder(holder: PageElement, scored: PageElement[]): boolean {
  let sum = 0;
  for (const element of scored) {
    const text = innerText(element);
    sum += 1 + text.split(RE.commas).length + Math.min(Math.floor(text.length / 100), 3);
  }
  const score = (initialScore(holder) + sum) * (1 - linkDensity(holder));

  const bounds: number[] = [];
  let ancestor = holder.parentElement;
  for (let level = 1; level < ANCESTOR_LEVELS && ancestor; level += 1) {
    if (ancestor.parentElement === null) break; // `<html>` is never scored
    bounds.push(initialScore(ancestor) + sum / (level === 1 ? 2 : level * 3));
    ancestor = ancestor.parentElement;
  }
  // The top candidate: nothing above it scores as much.
  if (bounds.some((bound) => bound >= score)) return false;
  // Three near-equal candidates above it would make their common ancestor the pick.
  if (bounds.filter((bound) => bound >= 0.75 * score).length >= 3) return false;
  // The walk up stops for good at the first ancestor under a third of the holder's score.
  const parent = holder.parentElement;
  if (parent === null) return false;
  if (parent.localName !== 'body') {
    const grandparent = parent.parentElement;
    if (
      (bounds[0] ?? 0) >= score / 3 &&
      grandparent?.localName !== 'body' &&
      (bounds[1] ?? 0) >= score / 3
    ) {
      return false;
    }
    // An only child gives way to its parent.
    if (Array.from(parent.children).filter((child) => !isRemoved(child)).length < 2) {
      return false;
    }
  }
  return true;
}

/**
 * Readability may take it out before choosing: stripped, a block without content, a heading
 * it reads as the title or a byline. Counting these out only makes the test stricter.
 */
function isRemoved(element: PageElement): boolean {
  const name = element.localName;
  if (isStripped(element, false) || name === 'h1' || name === 'h2') return true;
  const match = `${element.className} ${element.id}`;
  if (
    RE.byline.test(match) ||
    element.getAttribute('rel') === 'author' ||
    (element.getAttribute('itemprop') ?? '').includes('author')
  ) {
    return true;
  }
  return (
    ['div', 'section', 'header', 'h3', 'h4', 'h5', 'h6'].includes(name) &&
    (element.textContent ?? '').trim() === '' &&
    Array.from(element.children).every((child) => ['br', 'hr'].includes(child.localName))
  );
}

/**
 * Siblings Readability would join to the holder: none may be a paragraph (or a `<div>` it
 * makes one) with text. Siblings carry no score, since every scored element is in the holder.
 */
function noSiblingJoins(holder: PageElement): boolean {
  const parent = holder.parentElement;
  if (parent === null) return false;
  return Array.from(parent.children).every(
    (sibling) =>
      sibling === holder ||
      !(sibling.localName === 'p' || sibling.localName === 'div') ||
      innerText(sibling) === '',
  );
}

function initialScore(element: PageElement): number {
  const base: Record<string, number> = {
    div: 5,
    pre: 3,
    td: 3,
    blockquote: 3,
    address: -3,
    ol: -3,
    ul: -3,
    dl: -3,
    dd: -3,
    dt: -3,
    li: -3,
    form: -3,
    h1: -5,
    h2: -5,
    h3: -5,
    h4: -5,
    h5: -5,
    h6: -5,
    th: -5,
  };
  return (base[element.localName] ?? 0) + classWeight(element);
}

function classWeight(element: PageElement): number {
  let weight = 0;
  for (const name of [element.className, element.id]) {
    if (typeof name !== 'string' || name === '') continue;
    if (RE.negative.test(name)) weight -= 25;
    if (RE.positive.test(name)) weight += 25;
  }
  return weight;
}

/** Readability's _getInnerText: trimmed, runs of two or more spaces made one. */
function innerText(node: PageNode): string {
  return (node.textContent ?? '').trim().replace(/\s{2,}/g, ' ');
}

function linkDensity(element: PageElement): number {
  const length = innerText(element).length;
  if (length === 0) return 0;
  let links = 0;
  for (const link of all(element, 'a')) {
    const href = link.getAttribute('href');
    links += innerText(link).length * (href && RE.hashUrl.test(href) ? 0.3 : 1);
  }
  return links / length;
}
