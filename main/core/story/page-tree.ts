/**
 * A saved page's markup → the tree the page reader works on, in one pass of the HTML parser
 * (htmlparser2, with linkedom's options), so what is left out is exactly what the parser
 * reads as such — never a guess by pattern over the markup:
 *
 * - left out as it is built: comments, scripts (JSON-LD kept: it is the page's metadata),
 *   styles, SVG drawings, `<noscript>`, `<template>`, `<iframe>` and `<object>` — what can
 *   never be story text, and most of a saved news page's bytes. (A regular-expression cut
 *   did this before parsing and lost paragraphs whenever markup sat where the pattern did not
 *   expect it: `<img alt="<svg">`, a data-URI SVG in `src`, `<a title="<!--">`,
 *   `<title>Why <script> tags matter</title>`. The parser knows an attribute from a tag.)
 * - depth capped as browsers cap it: Chromium and WebKit attach an element nested deeper than
 *   512 levels beside its parent instead of inside it, so every word stays but no tree is
 *   deeper than that, and no walk of the tree can overflow the stack; and no more than
 *   MAX_ELEMENTS elements built, so memory stays bounded. (htmlparser2's own stack of open
 *   tags still costs time that grows with the square of the depth — 100,000 nested `<div>`s
 *   take seconds — which the time budget bounds.)
 * - made whole as a browser would: a page without `<body>` (or `<html>`) gets them, its head
 *   elements (title, meta …) in `<head>` and the rest in `<body>`.
 * - the parse is fed in chunks, with the file's time budget checked between them.
 *
 * light-page.ts reads this tree directly (the fast path); `pageMarkup` writes it out again for
 * linkedom, which Readability needs (the slow path), so both see the same page.
 */
import { DomUtils, Parser } from 'htmlparser2';
import type { ChildNode, ParentNode } from 'domhandler';
import { Document, Element, Text } from 'domhandler';
import type { ReadBudget } from './read-budget';

/** The deepest an element is attached, as in Chromium's and WebKit's HTML parsers. */
export const MAX_TREE_DEPTH = 512;
/** Elements built at most (a news page has a few thousand; 10 MB of `<a>` would be 3 million). */
export const MAX_ELEMENTS = 200_000;

/** linkedom's options to htmlparser2 (shared/parse-from-string.js), for the same tree. */
export const PARSER_OPTIONS = { lowerCaseAttributeNames: false, decodeEntities: true };

/** Elements whose content is never story text: not built at all. */
const LEFT_OUT = new Set(['style', 'svg', 'noscript', 'template', 'iframe', 'object']);
/** Elements that belong in `<head>` when a page does not say where its head ends. */
const HEAD_ELEMENTS = new Set([
  'base',
  'link',
  'meta',
  'noscript',
  'script',
  'style',
  'template',
  'title',
]);

const CHUNK = 16 * 1024;

export interface PageTree {
  root: Document;
  html: Element;
  /** null when the page's own structure has none where a head belongs (see light-page.ts). */
  head: Element | null;
  body: Element | null;
  /** The deepest element's depth (MAX_TREE_DEPTH + 1 when the cap was reached). */
  depth: number;
  /** How deeply the markup itself nested its elements (before the cap). */
  markupDepth: number;
  elements: number;
}

export function readPageTree(html: string, budget?: ReadBudget): PageTree {
  const builder = new TreeBuilder();
  const parser = new Parser(builder, PARSER_OPTIONS);
  for (let at = 0; at < html.length; at += CHUNK) {
    budget?.check();
    parser.write(html.slice(at, at + CHUNK));
  }
  parser.end();
  const root = builder.root;
  const html_ = wholePage(root);
  const children = html_.children.filter(DomUtils.isTag);
  const head = children[0]?.name === 'head' ? children[0] : null;
  const body = head && children[1]?.name === 'body' ? children[1] : null;
  return {
    root,
    html: html_,
    head,
    body,
    depth: builder.deepest,
    markupDepth: builder.markupDeepest,
    elements: builder.elements,
  };
}

/** The tree as markup again (for linkedom): the same elements, attributes and text. */
export function pageMarkup(tree: PageTree): string {
  return `<!doctype html>${DomUtils.getOuterHTML(tree.html, { decodeEntities: true })}`;
}

/**
 * htmlparser2's events → a domhandler tree, leaving out what LEFT_OUT, comments and scripts
 * (but JSON-LD) name; attaching elements nested past MAX_TREE_DEPTH to the element at it; and
 * past MAX_ELEMENTS building no more elements (their text still goes in, where the last
 * element built holds it), so the tree's memory stays bounded by the text. The parser sends a
 * close for every open (implied ones included), so the open tags can be kept in step.
 */
class TreeBuilder {
  readonly root = new Document([]);
  /** The open tags: the element each built, or null (left out, or not built past the cap). */
  readonly #open: (Element | null)[] = [];
  /** Where new nodes go: the chain of nested elements, root first, at most the cap deep. */
  readonly #nest: ParentNode[] = [this.root];
  /** Inside a left-out element: how many of its elements are open. */
  #skipping = 0;
  #lastText: Text | null = null;
  deepest = 0;
  markupDeepest = 0;
  elements = 0;

  onopentag(name: string, attributes: Record<string, string>): void {
    this.#lastText = null;
    if (this.#skipping > 0 || LEFT_OUT.has(name) || (name === 'script' && !isJsonLd(attributes))) {
      this.#skipping += 1;
      return;
    }
    if (this.#open.length + 1 > this.markupDeepest) this.markupDeepest = this.#open.length + 1;
    if (this.elements >= MAX_ELEMENTS) {
      this.#open.push(null);
      return;
    }
    const element = new Element(name, attributes);
    this.elements += 1;
    DomUtils.appendChild(this.#nest[this.#nest.length - 1] as ParentNode, element);
    if (this.#nest.length <= MAX_TREE_DEPTH) {
      this.#nest.push(element);
      if (this.#nest.length - 1 > this.deepest) this.deepest = this.#nest.length - 1;
    } else if (this.deepest <= MAX_TREE_DEPTH) {
      this.deepest = MAX_TREE_DEPTH + 1;
    }
    this.#open.push(element);
  }

  onclosetag(): void {
    this.#lastText = null;
    if (this.#skipping > 0) {
      this.#skipping -= 1;
      return;
    }
    const element = this.#open.pop();
    if (element && this.#nest[this.#nest.length - 1] === element) this.#nest.pop();
  }

  ontext(data: string): void {
    if (this.#skipping > 0) return;
    if (this.#lastText) {
      this.#lastText.data += data;
      return;
    }
    const text = new Text(data);
    DomUtils.appendChild(this.#nest[this.#nest.length - 1] as ParentNode, text);
    this.#lastText = text;
  }

  oncomment(): void {
    this.#lastText = null;
  }

  oncdatastart(): void {
    this.#lastText = null;
  }

  onprocessinginstruction(): void {
    this.#lastText = null;
  }
}

function isJsonLd(attributes: Record<string, string>): boolean {
  return /ld\+json/i.test(attributes['type'] ?? '');
}

/**
 * The page's `<html>`, made whole as a browser would make it when the markup leaves parts
 * out: `<html>` around a page without one; for a page without `<body>`, a `<head>` holding its
 * head elements (those of a `<head>` that was never closed included) and a `<body>` holding the
 * rest. A page that has its own `<body>` is left as it is.
 */
function wholePage(root: Document): Element {
  let html = root.children.find(
    (node): node is Element => DomUtils.isTag(node) && node.name === 'html',
  );
  if (!html) {
    html = new Element('html', {});
    for (const node of [...root.children]) DomUtils.appendChild(html, node);
    DomUtils.appendChild(root, html);
  }
  for (const node of [...root.children]) if (node !== html) DomUtils.removeElement(node);
  if (DomUtils.findOne((element) => element.name === 'body', html.children, true)) return html;

  let head = html.children.find(
    (node): node is Element => DomUtils.isTag(node) && node.name === 'head',
  );
  if (!head) {
    head = new Element('head', {});
    DomUtils.prependChild(html, head);
  }
  const body = new Element('body', {});
  // A head that was never closed ends where its first element that is no head element opens.
  const inHead = [...head.children];
  const firstBodyPart = inHead.findIndex(
    (node) => (DomUtils.isTag(node) && !HEAD_ELEMENTS.has(node.name)) || isWords(node),
  );
  const moved = firstBodyPart < 0 ? [] : inHead.slice(firstBodyPart);
  const rest = html.children.filter((node) => node !== head);
  for (const node of [...moved, ...rest]) DomUtils.appendChild(body, node);
  DomUtils.appendChild(html, body);
  return html;
}

function isWords(node: ChildNode): boolean {
  return DomUtils.isText(node) && node.data.trim() !== '';
}
