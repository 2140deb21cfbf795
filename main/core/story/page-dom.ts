/**
 * The server-side DOM the HTML reader works on: linkedom's parser (a tree, never a browser:
 * no script runs, no resource loads, no style is computed), seen through the few DOM members
 * the reader uses. The engine is compiled without the browser's DOM types, so these small
 * interfaces say exactly what the reader relies on.
 *
 * Why linkedom and not jsdom: on the same pages, with the same Readability, linkedom read a
 * 3–10 KB news page in 3.7 ms and jsdom in 40–47 ms; over 300 pages the process peaked at
 * 167 MB RSS with linkedom and 751 MB with jsdom (docs/formats.md, "Saved web pages").
 */
import { parseHTML } from 'linkedom';

export interface PageNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<PageNode>;
  readonly parentElement: PageElement | null;
}

export interface PageElement extends PageNode {
  readonly localName: string;
  readonly id: string;
  readonly className: string;
  readonly children: ArrayLike<PageElement>;
  innerHTML: string;
  getAttribute(name: string): string | null;
  querySelector(selectors: string): PageElement | null;
  querySelectorAll(selectors: string): ArrayLike<PageElement>;
  closest(selectors: string): PageElement | null;
  contains(other: PageNode): boolean;
  remove(): void;
}

export interface PageDocument {
  readonly documentElement: PageElement | null;
  readonly body: PageElement | null;
  readonly title: string;
  createElement(name: string): PageElement;
  querySelector(selectors: string): PageElement | null;
  querySelectorAll(selectors: string): ArrayLike<PageElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/**
 * Markup → a document with `<html>`, `<head>` and `<body>`. linkedom never throws on
 * malformed markup, but unlike a browser it does not imply missing elements: text outside a
 * `<body>` would be no part of the body, and a fragment would have no document element. So
 * markup without a `<body>` is put in one (its `<head>`, when it has one, kept apart), and
 * markup without `<html>` in one.
 */
export function parsePage(html: string): PageDocument {
  return (parseHTML(wholePage(html)) as unknown as { document: PageDocument }).document;
}

/** `html` with the `<html>` and `<body>` a browser would imply (see parsePage). */
export function wholePage(html: string): string {
  let markup = html;
  if (!/<body[\s>]/i.test(html)) {
    const headEnd = /<\/head\s*>/i.exec(html);
    const head = headEnd ? html.slice(0, headEnd.index).replace(/^[\s\S]*?<head\b[^>]*>/i, '') : '';
    const rest = headEnd ? html.slice(headEnd.index + headEnd[0].length) : html;
    const body = rest.replace(/<!doctype[^>]*>|<\/?html\b[^>]*>/gi, '');
    markup = `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
  } else if (!/<html[\s>]/i.test(html)) {
    markup = `<html>${html}</html>`;
  }
  return markup;
}

/** An element's text with runs of white space (line breaks included) made one space, trimmed. */
export function textOf(node: PageNode | null | undefined): string {
  return collapseSpace(node?.textContent ?? '');
}

export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The elements of a query as an array (linkedom's NodeList is array-like). */
export function all(root: PageDocument | PageElement, selectors: string): PageElement[] {
  return Array.from(root.querySelectorAll(selectors));
}
