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
 *   keep their text. Raw HTML in the Markdown keeps its text only, and the content of a
 *   `<script>` or `<style>` in it is dropped.
 *
 * Why micromark and not `marked`: marked's lexer leaves character references undecoded
 * (`Tom &amp; Jerry` stays so in its tokens), which a reader would have to undo by hand.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { collapseSpace, parsePage } from './page-dom';

export interface MarkdownBlock {
  text: string;
  /** Heading depth (1 for `#`), or 0 for any other block. */
  heading: number;
}

/** Elements whose content raw HTML hides from the text. */
const RAW_TEXT = /^<(script|style|template|noscript|textarea|title)\b/i;

export function markdownBlocks(markdown: string): MarkdownBlock[] {
  let tree: Root;
  try {
    tree = fromMarkdown(markdown, {
      extensions: [gfmTable(), gfmStrikethrough()],
      mdastExtensions: [gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown()],
    });
  } catch {
    // micromark does not throw on any input; a failure is a bug, read as plain lines.
    return markdown
      .split(/\n{2,}/)
      .map((text) => ({ text: text.replace(/\n/g, ' ').trim(), heading: 0 }))
      .filter((block) => block.text !== '');
  }
  const blocks: MarkdownBlock[] = [];
  const push = (text: string, heading = 0): void => {
    const clean = text.replace(/ *\n */g, ' ').trim();
    if (clean !== '') blocks.push({ text: clean, heading });
  };
  const visit = (node: RootContent | Root): void => {
    switch (node.type) {
      case 'root':
      case 'blockquote':
      case 'list':
      case 'listItem':
        for (const child of node.children) visit(child);
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
  };
  visit(tree);
  return blocks;
}

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
  const walk = (list: readonly Nodes[]): void => {
    for (const node of list) {
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
        default:
          if ('children' in node) walk(node.children as Nodes[]);
      }
    }
  };
  walk(nodes);
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
