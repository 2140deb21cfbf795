/**
 * From pdf.js's positioned text runs to the blocks of a page, in reading order:
 *
 * 1. Runs on one baseline, close together, make a line; a wide gap splits them (columns).
 * 2. Columns: when the page's lines of body type leave a vertical gutter (x ranges no line
 *    crosses) in its middle, lines are read column by column, left to right; lines that span
 *    the gutter (a headline across the page) come first when above the columns.
 * 3. Lines become paragraphs: the next line joins the paragraph when it is in the same type
 *    size, the line before reaches near the column's right edge, and it is close below (at
 *    most 1.6 × the size) or opens the next column or page (a paragraph running on); a line
 *    that starts with a field label (`Length:`) or is a marker (`Body`, `End of Document`)
 *    starts its own. A word hyphenated at a line's end is joined.
 * 4. Running heads and feet are removed across the document (pdfHeadersAndFeet): lines near
 *    the top or bottom edge whose text (digits aside) repeats on many pages, and page numbers.
 */
import type { TextBlock } from './text-block';
import { blockText } from './text-block';

/** A run of text with its place: x from the left, y from the bottom (PDF space), in points. */
export interface PdfRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

export interface PdfLine {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  page: number;
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  lines: PdfLine[];
}

/** Runs → lines: same baseline (within a third of the size), gaps under 1.5 × the size. */
export function linesOf(runs: readonly PdfRun[], page: number): PdfLine[] {
  const sorted = runs
    .filter((run) => run.text.trim() !== '' && Number.isFinite(run.x) && Number.isFinite(run.y))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfRun[][] = [];
  for (const run of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0]!.y - run.y) <= Math.max(1, row[0]!.size / 3)) row.push(run);
    else rows.push([run]);
  }
  const lines: PdfLine[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let current: PdfLine | null = null;
    for (const run of row) {
      const gap = current ? run.x - current.x1 : 0;
      if (current && gap <= Math.max(run.size, current.size) * 1.5) {
        const space =
          gap > run.size * 0.15 && !current.text.endsWith(' ') && !run.text.startsWith(' ');
        current.text += (space ? ' ' : '') + run.text;
        current.x1 = Math.max(current.x1, run.x + run.width);
        current.size = Math.max(current.size, run.size);
      } else {
        current = {
          text: run.text,
          x0: run.x,
          x1: run.x + run.width,
          y: run.y,
          size: run.size,
          page,
        };
        lines.push(current);
      }
    }
  }
  for (const line of lines) line.text = blockText(line.text);
  return lines.filter((line) => line.text !== '');
}

/** Lines in reading order: columns found from a gutter no body line crosses. */
export function readingOrder(page: PdfPage): PdfLine[] {
  const lines = page.lines;
  if (lines.length < 6) return [...lines].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const body = bodySize(lines);
  const gutters = guttersOf(
    lines.filter((line) => Math.abs(line.size - body) <= 1),
    page.width,
  );
  if (gutters.length === 0) return [...lines].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const edges = [0, ...gutters, Number.POSITIVE_INFINITY];
  const spanning = lines.filter((line) => gutters.some((g) => line.x0 < g && line.x1 > g));
  const columnsTop = Math.max(
    ...lines.filter((line) => !spanning.includes(line)).map((line) => line.y),
  );
  const above = spanning.filter((line) => line.y > columnsTop).sort((a, b) => b.y - a.y);
  const below = spanning.filter((line) => line.y <= columnsTop).sort((a, b) => b.y - a.y);
  const ordered: PdfLine[] = [...above];
  for (let column = 0; column + 1 < edges.length; column += 1) {
    ordered.push(
      ...lines
        .filter((line) => !spanning.includes(line))
        .filter((line) => line.x0 >= edges[column]! && line.x0 < edges[column + 1]!)
        .sort((a, b) => b.y - a.y || a.x0 - b.x0),
    );
  }
  ordered.push(...below);
  return ordered;
}

/** The most common type size (by characters). */
function bodySize(lines: readonly PdfLine[]): number {
  const counts = new Map<number, number>();
  for (const line of lines) {
    const size = Math.round(line.size);
    counts.set(size, (counts.get(size) ?? 0) + line.text.length);
  }
  let best = 0;
  let most = -1;
  for (const [size, count] of counts) {
    if (count > most) {
      best = size;
      most = count;
    }
  }
  return best;
}

/**
 * x positions of gutters: in the middle 80% of the page, a gap of at least the body size
 * that no body line crosses, with lines on both sides of it for a third of the page's rows.
 */
function guttersOf(lines: readonly PdfLine[], width: number): number[] {
  if (lines.length < 6 || width <= 0) return [];
  const step = 2;
  const cells = Math.ceil(width / step);
  const covered = new Uint8Array(cells);
  for (const line of lines) {
    for (
      let x = Math.max(0, Math.floor(line.x0 / step));
      x < Math.min(cells, Math.ceil(line.x1 / step));
      x += 1
    ) {
      covered[x] = 1;
    }
  }
  const gutters: number[] = [];
  const size = lines[0]!.size;
  let start = -1;
  for (let x = Math.floor(cells * 0.1); x < Math.floor(cells * 0.9); x += 1) {
    if (covered[x] === 0) {
      if (start < 0) start = x;
    } else if (start >= 0) {
      if ((x - start) * step >= size) gutters.push(((start + x) / 2) * step);
      start = -1;
    }
  }
  return gutters.filter((gutter) => {
    const left = lines.filter((line) => line.x1 <= gutter).length;
    const right = lines.filter((line) => line.x0 >= gutter).length;
    return left >= lines.length / 4 && right >= lines.length / 4;
  });
}

const FIELD_START = /^[A-Z][A-Za-z-]{1,30}(?: [A-Za-z-]{2,20})?:\s/;
const MARKER =
  /^(?:Body|End of Document|Classification|\d+ of \d+ DOCUMENTS|Document [A-Za-z0-9]{12,40}|HD|BY|WC|PD|SN|SC|LA|CY|LP|TD|AN)$/;

/** Lines in reading order → paragraphs (blocks), hyphenated words joined. */
export function paragraphsOf(lines: readonly PdfLine[], pageWidth: number): TextBlock[] {
  const blocks: TextBlock[] = [];
  const right = columnRight(lines);
  let current: { text: string; last: PdfLine; first: PdfLine } | null = null;
  const flush = (): void => {
    if (!current) return;
    const { first, text } = current;
    const block: TextBlock = { text, size: first.size, page: first.page };
    const middle = (first.x0 + current.last.x1) / 2;
    if (Math.abs(middle - pageWidth / 2) < pageWidth * 0.04 && first.x0 > pageWidth * 0.15) {
      block.centered = true;
    }
    blocks.push(block);
    current = null;
  };
  for (const line of lines) {
    if (current) {
      const before = current.last;
      const reachesEdge = before.x1 >= (right.get(before) ?? before.x1) - before.size * 4;
      const sameLook =
        Math.abs(line.size - before.size) <= 0.6 &&
        !FIELD_START.test(line.text) &&
        !MARKER.test(line.text) &&
        !MARKER.test(before.text);
      const below =
        line.page === before.page &&
        before.y - line.y > 0 &&
        before.y - line.y <= before.size * 1.6;
      // A paragraph that runs on at the top of the next column or page.
      const runsOn =
        (line.page === before.page && line.y > before.y && line.x0 > before.x0 + before.size) ||
        line.page === before.page + 1;
      const joins = sameLook && reachesEdge && (below || runsOn);
      if (joins) {
        current.text = joinLines(current.text, line.text);
        current.last = line;
        continue;
      }
      flush();
    }
    current = { text: line.text, first: line, last: line };
  }
  flush();
  return blocks;
}

/**
 * Each line's column right edge: the furthest right a line of its page, column and type size
 * reaches (a headline in larger type across the columns does not count for the text).
 */
function columnRight(lines: readonly PdfLine[]): Map<PdfLine, number> {
  const byColumn = new Map<string, number>();
  const keyOf = (line: PdfLine) =>
    `${line.page}:${Math.round(line.x0 / 40)}:${Math.round(line.size)}`;
  for (const line of lines) {
    const key = keyOf(line);
    byColumn.set(key, Math.max(byColumn.get(key) ?? 0, line.x1));
  }
  const map = new Map<PdfLine, number>();
  for (const line of lines) map.set(line, byColumn.get(keyOf(line))!);
  return map;
}

/** `inter-` + `national` → `international`; a soft hyphen at the end goes too. */
export function joinLines(before: string, next: string): string {
  if (before.endsWith('\u00ad')) return before.slice(0, -1) + next;
  if (/\p{L}-$/u.test(before) && /^\p{Ll}/u.test(next)) return before.slice(0, -1) + next;
  return `${before} ${next}`;
}

const PAGE_NUMBER = /^(?:page\s+|p\.\s*|-\s*)?\d{1,5}(?:\s*(?:of|\/|von|de)\s*\d{1,5})?(?:\s*-)?$/i;

/**
 * The lines that are running heads or feet: within 10% of the page's top or bottom edge, and
 * either a page number or a text (digits as `#`) found there on at least half the pages
 * (and at least 3).
 */
export function headersAndFeet(pages: readonly PdfPage[]): Set<PdfLine> {
  return marginLines(pages, runningKeys(pages));
}

const inMargin = (page: PdfPage, line: PdfLine) =>
  line.y >= page.height * 0.9 || line.y <= page.height * 0.1;
const keyOf = (line: PdfLine) => line.text.toLowerCase().replace(/\d+/g, '#');

/** The texts (digits as `#`) near the edge on at least half the pages (and at least 3). */
export function runningKeys(pages: readonly PdfPage[]): Set<string> {
  const counts = new Map<string, number>();
  for (const page of pages) {
    const seen = new Set<string>();
    for (const line of page.lines) if (inMargin(page, line)) seen.add(keyOf(line));
    for (const key of seen) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const keys = new Set<string>();
  if (pages.length < 3) return keys;
  for (const [key, count] of counts) if (count >= Math.max(3, pages.length / 2)) keys.add(key);
  return keys;
}

/**
 * The lines near the edge that are page numbers or running text (`running`: found on the
 * whole file, so a few of its pages read alone lose the same lines).
 */
export function marginLines(pages: readonly PdfPage[], running: ReadonlySet<string>): Set<PdfLine> {
  const removed = new Set<PdfLine>();
  for (const page of pages) {
    for (const line of page.lines) {
      if (inMargin(page, line) && (PAGE_NUMBER.test(line.text) || running.has(keyOf(line)))) {
        removed.add(line);
      }
    }
  }
  return removed;
}
