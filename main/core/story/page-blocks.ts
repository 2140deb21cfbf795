/**
 * The article element Readability found → the Story's paragraphs: one paragraph per block
 * (`<p>`, a heading, a list item, a quote, a table row, a `<div>` of inline text), its text
 * with white space collapsed; inline elements (links, emphasis, `<br>`) are part of their
 * block's text. Headings and struck-through words (`<s>`, `<del>`, `<strike>`) are marked so
 * in the text (paragraph-marks.ts), for storyFromParts to read out. Figure captions are not paragraphs (the reader takes them from
 * `<figcaption>`), and nothing but text is ever kept: no markup, no attributes, no URLs.
 */
import type { PageElement, PageNode } from './page-dom';
import { ELEMENT_NODE, TEXT_NODE, collapseSpace, textOf } from './page-dom';
import { cleanMarks, headingMark, STRIKE_CLOSE, STRIKE_OPEN } from './paragraph-marks';

/** Elements that start a new paragraph, and may hold further blocks. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'td',
  'th',
  'tr',
  'ul',
]);
/** Inline elements whose words are struck through. */
const STRUCK = new Set(['s', 'del', 'strike']);
/** Elements whose text is never a paragraph. */
const SKIPPED = new Set(['figcaption', 'script', 'style', 'noscript', 'template', 'svg', 'math']);

/** The paragraphs of `article`, in document order, empty blocks left out. */
export function paragraphsOf(article: PageElement): string[] {
  const paragraphs: string[] = [];
  let inline = '';
  const flush = (): void => {
    const text = collapseSpace(inline);
    if (text !== '') paragraphs.push(text);
    inline = '';
  };
  const visit = (node: PageNode): void => {
    if (node.nodeType === TEXT_NODE) {
      inline += cleanMarks(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as PageElement;
    const name = element.localName;
    if (SKIPPED.has(name)) return;
    if (name === 'br') {
      inline += ' ';
      return;
    }
    if (name === 'tr') {
      // A table row reads as one paragraph, its cells separated.
      flush();
      inline = Array.from(element.children, (cell) => textOf(cell))
        .filter((cell) => cell !== '')
        .join(' · ');
      flush();
      return;
    }
    if (!BLOCKS.has(name)) {
      const struck = STRUCK.has(name);
      if (struck) inline += STRIKE_OPEN;
      for (const child of Array.from(element.childNodes)) visit(child);
      if (struck) inline += STRIKE_CLOSE;
      return;
    }
    flush();
    const heading = /^h([1-6])$/.exec(name);
    // The story's title is its only level 1: an `<h1>` in the article reads as a level 2.
    if (heading) inline = headingMark(Math.max(2, Number(heading[1])));
    for (const child of Array.from(element.childNodes)) visit(child);
    flush();
  };
  visit(article);
  flush();
  return paragraphs;
}

/** The distinct `<figcaption>` texts under `root`, in document order. */
export function captionsOf(root: PageElement): string[] {
  const captions: string[] = [];
  for (const caption of Array.from(root.querySelectorAll('figcaption'))) {
    const text = textOf(caption);
    if (text !== '' && !captions.includes(text)) captions.push(text);
  }
  return captions;
}
