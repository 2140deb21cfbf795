/**
 * Markdown → the text blocks of a story, with a real CommonMark parser rather than regexes:
 * `mdast-util-from-markdown` (micromark) with GitHub's tables and strikethrough, which
 * clippers write. Its tree has the text already decoded — backslash escapes and character
 * references (`&amp;`) resolved — so what Clippings exports with escapes reads back as the
 * same characters. GitHub's bare-URL autolinks are left out on purpose: a bare URL reads as
 * the same text either way, and their tokenizer would swallow the escapes written after one.
 *
 * - Each heading, paragraph, list item, quoted paragraph, code block and table row is one
 *   block; a heading is marked as such (the reader may take the first as the title).
 * - Images are left out; a link keeps its text, never its target; emphasis and other markup
 *   keep their text; struck-through text (`~~two~~`) is marked so (paragraph-marks.ts). Raw HTML in the Markdown keeps its text only, and the content of a
 *   `<script>` or `<style>` in it is dropped.
 *
 * Why micromark and not `marked`: marked's lexer leaves character references undecoded
 * (`Tom &amp; Jerry` stays so in its tokens), which a reader would have to undo by hand.
 *
 * Bounded, whatever the file (issue 21): micromark's time grows with the square of how deeply
 * quotes and lists nest (5,000 `>` took a second, 100,000 over a minute; a 900-level list
 * 40 s). Every container a line is inside is opened by a marker or an indent in some line's
 * prefix, so the longest such prefix bounds the depth: past MAX_CONTAINER_PREFIX columns the
 * file is not given to micromark at all but read as plain text — every word kept, with a
 * warning. The parse also checks the file's time budget (read-budget.ts) at each line it
 * reads (a construct micromark tries at every line, which only looks at the clock), and
 * falls back the same way when it is spent. The trees are walked with loops, not recursion,
 * so no depth overflows the stack.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Construct, Extension } from 'micromark-util-types';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { collapseSpace, parsePage } from './page-dom';
import { cleanMarks, STRIKE_CLOSE, STRIKE_OPEN } from './paragraph-marks';
import type { ReadBudget } from './read-budget';
import { ReadBudgetExceeded } from './read-budget';

export interface MarkdownBlock {
  text: string;
  /** Heading depth (1 for `#`), or 0 for any other block. */
  heading: number;
}

/** Elements whose content raw HTML hides from the text. */
const RAW_TEXT = /^<(script|style|template|noscript|textarea|title)\b/i;

/** The widest container prefix (`> > - `, indents) given to micromark, in columns. */
export const MAX_CONTAINER_PREFIX = 100;

export function markdownBlocks(markdown: string, budget?: ReadBudget): MarkdownBlock[] {
  return readMarkdownBlocks(markdown, budget).blocks;
}

/** The blocks, and a warning when the file had to be read as plain text. */
export function readMarkdownBlocks(
  markdown: string,
  budget?: ReadBudget,
): { blocks: MarkdownBlock[]; warning: string | null } {
  // The file's own noncharacters out first: in the blocks, they are our marks.
  markdown = cleanMarks(markdown);
  const prefix = widestContainerPrefix(markdown);
  if (prefix > MAX_CONTAINER_PREFIX) {
    return {
      blocks: plainBlocks(markdown),
      warning: `The clipping nests quotes or lists too deeply to read as Markdown (a line opens with ${prefix.toLocaleString('en')} of their markers and spaces); it was read as plain text.`,
    };
  }
  let tree: Root;
  try {
    tree = fromMarkdown(markdown, {
      extensions: [gfmTable(), gfmStrikethrough(), ...(budget ? [budgetChecks(budget)] : [])],
      mdastExtensions: [gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown()],
    });
  } catch (error) {
    if (error instanceof ReadBudgetExceeded) {
      return {
        blocks: plainBlocks(markdown),
        warning: `The clipping's Markdown took longer than its time budget to read; it was read as plain text.`,
      };
    }
    // micromark does not throw on any input; a failure is a bug, read as plain lines.
    return { blocks: plainBlocks(markdown), warning: null };
  }
  return { blocks: blocksOf(tree), warning: null };
}

function blocksOf(tree: Root): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  const push = (text: string, heading = 0): void => {
    const clean = text.replace(/ *\n */g, ' ').trim();
    if (clean !== '') blocks.push({ text: clean, heading });
  };
  // Depth first, in document order, with a stack of nodes still to visit.
  const stack: (RootContent | Root)[] = [tree];
  while (stack.length > 0) {
    visit(stack.pop() as RootContent | Root);
  }
  return blocks;

  function visit(node: RootContent | Root): void {
    switch (node.type) {
      case 'root':
      case 'blockquote':
      case 'list':
      case 'listItem':
        for (let at = node.children.length - 1; at >= 0; at -= 1) {
          stack.push(node.children[at] as RootContent);
        }
        return;
      case 'heading':
        push(inlineText(node.children), node.depth);
        return;
      case 'paragraph':
        push(inlineText(node.children));
        return;
      case 'code':
        push(node.value.replace(/\s+/g, ' '));
        return;
      case 'html':
        push(htmlText(node.value));
        return;
      case 'table':
        for (const row of node.children) {
          push(
            row.children
              .map((cell) => inlineText(cell.children).trim())
              .filter((cell) => cell !== '')
              .join(' · '),
          );
        }
        return;
      default:
        // thematicBreak, definition, yaml and other blocks without story text.
        return;
    }
  }
}

/**
 * The widest container prefix of any line, in columns: the leading run of spaces, tabs (4
 * columns), `>` and list-marker characters. Each container a line is in takes at least one
 * column of the prefix of the line that opened it, so this bounds the nesting depth. Linear.
 */
export function widestContainerPrefix(markdown: string): number {
  let widest = 0;
  let width = 0;
  let inPrefix = true;
  for (let at = 0; at < markdown.length; at += 1) {
    const code = markdown.charCodeAt(at);
    if (code === 0x0a) {
      if (width > widest) widest = width;
      width = 0;
      inPrefix = true;
    } else if (inPrefix) {
      if (code === 0x09) width += 4;
      else if (PREFIX_CHARS.has(code)) width += 1;
      else inPrefix = false;
    }
  }
  return Math.max(widest, width);
}

/** Space, `>`, `-`, `+`, `*`, `.`, `)` and the digits: what a container prefix is made of. */
const PREFIX_CHARS = new Set(' >-+*.)0123456789'.split('').map((char) => char.charCodeAt(0)));

/**
 * The text as plain blocks: a blank line, or a line that opens a list item, starts a new
 * block; each line's prefix of `>`s, spaces and its list marker is taken off, so the words
 * read as words. The fallback that keeps every word.
 */
function plainBlocks(markdown: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  let lines: string[] = [];
  const flush = (): void => {
    const text = lines.join(' ').replace(/\s+/g, ' ').trim();
    lines = [];
    if (text === '') return;
    const heading = /^(#{1,6})\s+(.*)$/.exec(text);
    blocks.push(
      heading
        ? { text: (heading[2] as string).trim(), heading: (heading[1] as string).length }
        : { text, heading: 0 },
    );
  };
  for (const raw of markdown.split('\n')) {
    const line = raw.replace(/^[\s>]+/, '');
    const item = /^(?:[-+*]|\d{1,9}[.)])\s+/.exec(line);
    if (line === '' || item) flush();
    lines.push(item ? line.slice(item[0].length) : line);
  }
  flush();
  return blocks;
}

/**
 * A micromark extension that only looks at the clock: a construct tried at the start of every
 * line (and at each container marker on it), which checks the budget every CHECK_EVERY tries
 * and never matches. ReadBudgetExceeded thrown there ends the parse.
 */
function budgetChecks(budget: ReadBudget): Extension {
  let tries = 0;
  const check: Construct = {
    name: 'clippingsReadBudget',
    tokenize: (_effects, _ok, nok) => (code) => {
      tries += 1;
      if (tries % CHECK_EVERY === 1) budget.check();
      return nok(code);
    },
  };
  return { document: { null: [check] }, flow: { null: [check] } };
}

const CHECK_EVERY = 64;

/**
 * The text of inline content: markup, images and link targets left out. Where something was
 * left out between two spaces, one space stays (`text ![img](x) more` → `text more`); other
 * spacing is kept as written, so exported text reads back exactly.
 */
function inlineText(nodes: readonly Nodes[]): string {
  let text = '';
  let hiddenUntil: string | null = null;
  let leftOut = false;
  const add = (value: string): void => {
    text += leftOut && text.endsWith(' ') ? value.replace(/^ +/, '') : value;
    leftOut = false;
  };
  // Depth first with a stack of the lists still being walked (emphasis can nest without end);
  // `close` is written when a list is done (the end of a strikethrough's words).
  type Walk = { list: readonly Nodes[]; at: number; close?: string };
  const stack: Walk[] = [{ list: nodes, at: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as Walk;
    if (top.at >= top.list.length) {
      stack.pop();
      if (top.close) text += top.close;
      continue;
    }
    const node = top.list[top.at] as Nodes;
    top.at += 1;
    if (hiddenUntil !== null) {
      if (node.type === 'html' && new RegExp(`^</${hiddenUntil}\\b`, 'i').test(node.value)) {
        hiddenUntil = null;
      }
      continue;
    }
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        add(node.value);
        break;
      case 'break':
        add(' ');
        break;
      case 'html': {
        // Raw inline HTML is a tag; its text, if any, comes as text nodes around it.
        const raw = RAW_TEXT.exec(node.value);
        if (raw && !new RegExp(`</${raw[1]}\\s*>\\s*$`, 'i').test(node.value)) {
          hiddenUntil = raw[1]!.toLowerCase();
        }
        leftOut = true;
        break;
      }
      case 'image':
      case 'imageReference':
        leftOut = true;
        break;
      case 'delete':
        // `~~two~~`: its words stay in the text, marked struck (paragraph-marks.ts).
        text += STRIKE_OPEN;
        stack.push({ list: node.children as Nodes[], at: 0, close: STRIKE_CLOSE });
        break;
      default:
        if ('children' in node) stack.push({ list: node.children as Nodes[], at: 0 });
    }
  }
  return text;
}

/** A block of raw HTML → its text, as a page's would be read (scripts and styles dropped). */
function htmlText(html: string): string {
  if (!/[^\s<]/.test(html.replace(/<[^>]*>/g, ''))) return '';
  const document = parsePage(`<!doctype html><html><body>${html}</body></html>`);
  const body = document.body;
  if (!body) return '';
  for (const element of Array.from(
    body.querySelectorAll('script, style, template, noscript, textarea, title'),
  )) {
    element.remove();
  }
  return collapseSpace(body.textContent ?? '');
}
