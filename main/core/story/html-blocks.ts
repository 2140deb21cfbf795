/**
 * An HTML document's blocks (text-block.ts), read with htmlparser2's streaming parser: no
 * tree is built, so memory is the blocks alone and no depth of nesting can slow it. Each
 * block-level element (and each `<br>`) ends a block; scripts, styles, templates and the
 * head are not text. A block is centred when its element, or one around it, is centred
 * (`align="center"`, an inline `text-align: center`, or a class the page's styles centre);
 * a heading when it is `<h1>`–`<h3>` or marked as the headline (Factiva's `id="hd"`,
 * `class="…Headline"`); an author line when marked `class="author"`.
 */
import { Parser } from 'htmlparser2';
import type { ReadBudget } from './read-budget';
import type { TextBlock } from './text-block';
import { blockText } from './text-block';

const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'center',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'ul',
  'title',
  'body',
  'html',
]);
const NOT_TEXT = new Set(['script', 'style', 'template', 'noscript', 'head', 'svg', 'object']);
const VOID = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'area', 'base', 'col', 'wbr']);
/** The most open elements followed for their marks; deeper ones are read as text only. */
const MAX_TRACKED_DEPTH = 512;

interface Open {
  name: string;
  centred: boolean;
  heading: boolean;
  author: boolean;
}

/** An element's own marks, from its name and attributes. */
function openElement(
  name: string,
  attributes: Record<string, string>,
  centredClasses: ReadonlySet<string>,
): Open {
  const classes = (attributes.class ?? '').toLowerCase();
  const style = (attributes.style ?? '').toLowerCase();
  return {
    name,
    centred:
      (attributes.align ?? '').toLowerCase() === 'center' ||
      name === 'center' ||
      /text-align:\s*center/.test(style) ||
      classes.split(/\s+/).some((name) => centredClasses.has(name)),
    heading:
      name === 'h1' ||
      name === 'h2' ||
      name === 'h3' ||
      attributes.id === 'hd' ||
      /headline/.test(classes),
    author: /\bauthor\b/.test(classes),
  };
}

/**
 * The parser's handler: gathers text into blocks, ending one at each block-level element, and
 * keeps the open elements whose marks the blocks inside them take.
 */
class BlockCollector {
  readonly blocks: TextBlock[] = [];
  private readonly stack: Open[] = [];
  private depthPastTracking = 0;
  private skipping = 0;
  private text = '';
  private events = 0;

  constructor(
    private readonly centredClasses: ReadonlySet<string>,
    private readonly budget: ReadBudget | undefined,
  ) {}

  onopentag(name: string, attributes: Record<string, string>): void {
    if ((this.events += 1) % 10_000 === 0) this.budget?.check();
    if (NOT_TEXT.has(name)) {
      if (!VOID.has(name)) this.skipping += 1;
      return;
    }
    if (BLOCK_ELEMENTS.has(name)) this.flush();
    if (VOID.has(name)) return;
    if (this.stack.length >= MAX_TRACKED_DEPTH) {
      this.depthPastTracking += 1;
      return;
    }
    this.stack.push(openElement(name, attributes, this.centredClasses));
  }

  ontext(chunk: string): void {
    if (this.skipping === 0) this.text += chunk;
  }

  onclosetag(name: string): void {
    if (NOT_TEXT.has(name)) {
      if (!VOID.has(name) && this.skipping > 0) this.skipping -= 1;
      return;
    }
    if (VOID.has(name)) return;
    if (BLOCK_ELEMENTS.has(name)) this.flush();
    if (this.depthPastTracking > 0) {
      this.depthPastTracking -= 1;
      return;
    }
    // Close up to the matching element (the parser closes implied ones the same way).
    const stack = this.stack;
    for (let at = stack.length - 1; at >= 0; at -= 1) {
      if (stack[at]!.name === name) {
        stack.length = at;
        break;
      }
    }
  }

  /** Ends the block being read, if it holds any text, with the marks of the elements around it. */
  flush(): void {
    const clean = blockText(this.text);
    this.text = '';
    if (clean === '') return;
    let centred = false;
    let heading = false;
    let author = false;
    for (const open of this.stack) {
      centred ||= open.centred;
      heading ||= open.heading;
      author ||= open.author;
    }
    const block: TextBlock = { text: clean };
    if (centred) block.centered = true;
    if (heading) block.heading = true;
    if (author) block.author = true;
    this.blocks.push(block);
  }
}

export function htmlBlocks(html: string, budget?: ReadBudget): TextBlock[] {
  const collector = new BlockCollector(centredClassesOf(html), budget);
  const parser = new Parser(collector, { decodeEntities: true, lowerCaseTags: true });
  parser.write(html);
  parser.end();
  collector.flush();
  return collector.blocks;
}

/** Classes a page's `<style>` centres (`.c3 { text-align: center; … }`). */
function centredClassesOf(html: string): Set<string> {
  const classes = new Set<string>();
  const styles = /<style[^>]*>([\s\S]*?)<\/style>/gi;
  let style: RegExpExecArray | null;
  let seen = 0;
  while ((style = styles.exec(html)) !== null && seen < 20) {
    seen += 1;
    const rules = /\.([\w-]+)\s*\{([^}]*)\}/g;
    let rule: RegExpExecArray | null;
    while ((rule = rules.exec(style[1]!)) !== null) {
      if (/text-align:\s*center/i.test(rule[2]!)) classes.add(rule[1]!.toLowerCase());
    }
  }
  return classes;
}
