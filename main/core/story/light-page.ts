/**
 * A light document for the page reader's fast path: htmlparser2's own tree (domhandler
 * nodes), seen through page-dom.ts's interfaces, so metadata, related lists, clutter,
 * captions, the marked article and its blocks are read by the very same code as on linkedom.
 *
 * Why: linkedom builds the same tree from the same parser (htmlparser2) but registers every
 * node in a WeakMap of event listeners; profiled on 9 KB news pages, that constructor and the
 * garbage collection behind it were the largest costs left once Readability was skipped. Readability needs linkedom's fuller DOM;
 * the fast path does not run Readability, so it does not need linkedom either.
 *
 * Same tree, same answers: the parser options are linkedom's, and selectors are css-select's,
 * compiled with the options linkedom uses for HTML (attributes such as `rel` and `type`
 * compared without case). A page this could read
 * differently — an attribute name in capitals, an `<html>` not made of `<head>` then
 * `<body>` (linkedom would make a new, empty body) — is not read here: null.
 *
 * The tree is page-tree.ts's (its depth capped, so no walk here can overflow the stack).
 */
import { compile as compileSelector } from 'css-select';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { PageDocument, PageElement, PageNode } from './page-dom';
import { ELEMENT_NODE, TEXT_NODE } from './page-dom';
import type { PageTree } from './page-tree';
import { PARSER_OPTIONS } from './page-tree';

type DomDocument = ReturnType<typeof parseDocument>;
type DomNode = DomDocument['children'][number];
type DomElement = Extract<DomNode, { attribs: Record<string, string> }>;

const COMMENT_NODE = 8;

/** A page's tree (page-tree.ts) → a light document over it, or null (see above). */
export function lightPage(tree: PageTree): PageDocument | null {
  const { root, html, head, body } = tree;
  if (head === null || body === null) return null;
  if (hasUpperCaseAttribute(root.children)) return null;
  return new LightDocument(root, html, head, body);
}

function hasUpperCaseAttribute(nodes: DomNode[]): boolean {
  return (
    DomUtils.findOne(
      (element) => Object.keys(element.attribs).some((name) => name !== name.toLowerCase()),
      nodes,
      true,
    ) !== null
  );
}

class LightDocument implements PageDocument {
  private readonly wrappers = new Map<DomNode, LightNode>();

  constructor(
    private readonly root: DomDocument,
    private readonly html: DomElement,
    private readonly head: DomElement,
    private readonly bodyNode: DomElement,
  ) {}

  get documentElement(): PageElement {
    return this.element(this.html);
  }

  get body(): PageElement {
    return this.element(this.bodyNode);
  }

  /** As linkedom: the first `<title>` in `<head>`, its text, or nothing. */
  get title(): string {
    const title = DomUtils.findOne((element) => element.name === 'title', this.head.children);
    return (title && DomUtils.textContent(title)) || '';
  }

  createElement(name: string): PageElement {
    const created = parseDocument(`<${name}></${name}>`, PARSER_OPTIONS).children[0];
    if (!created || !DomUtils.isTag(created)) throw new Error(`cannot create <${name}>`);
    return this.element(created);
  }

  querySelector(selectors: string): PageElement | null {
    return this.querySelectorAll(selectors)[0] ?? null;
  }

  querySelectorAll(selectors: string): PageElement[] {
    return selectUnder(this.root.children, compile(selectors)).map((found) => this.element(found));
  }

  /** One wrapper per node, so wrappers compare with `===` as linkedom's nodes do. */
  wrap(node: DomNode): LightNode {
    let wrapper = this.wrappers.get(node);
    if (wrapper === undefined) {
      wrapper = DomUtils.isTag(node) ? new LightElement(node, this) : new LightLeaf(node, this);
      this.wrappers.set(node, wrapper);
    }
    return wrapper;
  }

  element(node: DomElement): LightElement {
    return this.wrap(node) as LightElement;
  }
}

type LightNode = LightElement | LightLeaf;

/** What linkedom keeps of a node: elements, text and comments (it drops `<?…>` and the like). */
function isKept(node: DomNode): boolean {
  return DomUtils.isTag(node) || DomUtils.isText(node) || DomUtils.isComment(node);
}

function parentOf(node: DomNode, document: LightDocument): PageElement | null {
  const parent = node.parent;
  return parent && DomUtils.isTag(parent) ? document.element(parent) : null;
}

class LightLeaf implements PageNode {
  constructor(
    readonly node: DomNode,
    private readonly document: LightDocument,
  ) {}

  get nodeType(): number {
    return DomUtils.isText(this.node) ? TEXT_NODE : COMMENT_NODE;
  }

  get textContent(): string {
    return 'data' in this.node ? this.node.data : '';
  }

  get childNodes(): PageNode[] {
    return [];
  }

  get parentElement(): PageElement | null {
    return parentOf(this.node, this.document);
  }
}

class LightElement implements PageElement {
  readonly nodeType = ELEMENT_NODE;

  constructor(
    readonly node: DomElement,
    private readonly document: LightDocument,
  ) {}

  get localName(): string {
    return this.node.name;
  }

  get id(): string {
    return this.node.attribs.id ?? '';
  }

  get className(): string {
    return this.node.attribs.class ?? '';
  }

  get textContent(): string {
    return DomUtils.textContent(this.node);
  }

  get childNodes(): PageNode[] {
    return this.node.children.filter(isKept).map((child) => this.document.wrap(child));
  }

  get children(): PageElement[] {
    return this.node.children.filter(DomUtils.isTag).map((child) => this.document.element(child));
  }

  get parentElement(): PageElement | null {
    return parentOf(this.node, this.document);
  }

  get innerHTML(): string {
    return DomUtils.getInnerHTML(this.node);
  }

  set innerHTML(markup: string) {
    for (const child of [...this.node.children]) DomUtils.removeElement(child);
    for (const child of parseDocument(markup, PARSER_OPTIONS).children) {
      DomUtils.appendChild(this.node, child);
    }
  }

  getAttribute(name: string): string | null {
    return Object.hasOwn(this.node.attribs, name) ? this.node.attribs[name]! : null;
  }

  querySelector(selectors: string): PageElement | null {
    return this.querySelectorAll(selectors)[0] ?? null;
  }

  querySelectorAll(selectors: string): PageElement[] {
    return selectUnder(this.node.children, compile(selectors)).map((found) =>
      this.document.element(found),
    );
  }

  closest(selectors: string): PageElement | null {
    const test = compile(selectors);
    for (let node: DomNode | null = this.node; node; node = node.parent) {
      if (DomUtils.isTag(node) && test(node)) return this.document.element(node);
    }
    return null;
  }

  contains(other: PageNode): boolean {
    const target = (other as LightNode).node;
    for (let node: DomNode | null = target; node; node = node.parent) {
      if (node === this.node) return true;
    }
    return false;
  }

  remove(): void {
    DomUtils.removeElement(this.node);
  }
}

// --- Selectors ------------------------------------------------------------------------------

type Test = (element: DomElement) => boolean;

/** The elements under `nodes` (not `nodes`' own parent) that pass `test`, in document order. */
function selectUnder(nodes: DomNode[], test: Test): DomElement[] {
  return DomUtils.findAll(test, nodes);
}

const compiled = new Map<string, Test>();

/**
 * A selector list → a test, compiled by css-select with the options linkedom gives it for an
 * HTML document (no context: a selector's ancestors may lie above the element queried, as in
 * the DOM). Compiled once per selector list: the reader asks the same few on every page.
 */
function compile(selectors: string): Test {
  let test = compiled.get(selectors);
  if (test === undefined) {
    test = compileSelector<DomNode, DomElement>(selectors, { xmlMode: false });
    compiled.set(selectors, test);
  }
  return test;
}
