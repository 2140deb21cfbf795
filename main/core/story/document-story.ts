/**
 * One article saved as a document (a PDF, a Word or RTF file that is no export) → its
 * StoryParts, from its blocks (text-block.ts):
 *
 * - the title: the document's own title (PDF metadata, RTF `\title`, Word's core title) when
 *   it has one and it is a line of the first page; else the heading-marked or largest-type
 *   block on the first page; else the first block;
 * - the date: the first date in a short line near the top (export-dates.ts), else none (the
 *   story has no date, and story-parts says so);
 * - the byline: a short `By …` line near the top;
 * - the rest, in order, as paragraphs.
 */
import { dateInLine } from './export-dates';
import { bylineOf } from './export-parts';
import type { StoryParts } from './story-parts';
import type { TextBlock } from './text-block';

/** How many blocks from the top may hold the title, the date and the byline. */
const HEAD_BLOCKS = 8;

export function documentParts(
  blocks: readonly TextBlock[],
  metadataTitle: string | null,
  warnings: string[] = [],
): StoryParts {
  const head = blocks.slice(0, HEAD_BLOCKS);
  const firstPage = head.filter((block) => (block.page ?? 1) === (head[0]?.page ?? 1));
  const used = new Set<number>();
  let title: string | null = null;
  const wanted = metadataTitle ? normal(metadataTitle) : '';
  if (wanted !== '') {
    const at = firstPage.findIndex((block) => normal(block.text) === wanted);
    if (at >= 0) used.add(at);
    // A title that is not on the page (a file name, an application's default) is not used.
    if (at >= 0 || !looksLikeFileName(metadataTitle!)) title = metadataTitle!.trim();
  }
  if (title === null) {
    let best = -1;
    firstPage.forEach((block, at) => {
      if (block.text.length > 300) return;
      const better =
        best < 0 ||
        (block.heading === true && head[best]!.heading !== true) ||
        (block.heading === head[best]!.heading && (block.size ?? 0) > (head[best]!.size ?? 0));
      if (better) best = at;
    });
    if (best >= 0) {
      title = head[best]!.text;
      used.add(best);
    }
  }
  let date: string | null = null;
  let byline: string | null = null;
  head.forEach((block, at) => {
    if (used.has(at) || block.text.length > 100) return;
    if (byline === null && /^by\s+\S/i.test(block.text) && block.text.length <= 80) {
      const found = dateInLine(block.text);
      byline = bylineOf(found ? block.text.split(/\s[·|•–—-]\s/)[0]! : block.text);
      date ??= found;
      used.add(at);
    } else if (date === null) {
      const found = dateInLine(block.text);
      if (found && block.text.length <= 60) {
        date = found;
        used.add(at);
      }
    }
  });
  return {
    title,
    date,
    section: null,
    byline,
    captions: [],
    paragraphs: blocks.filter((_block, at) => !used.has(at)).map((block) => block.text),
    related: { label: null, headlines: [] },
    source: null,
    warnings,
  };
}

function normal(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

function looksLikeFileName(title: string): boolean {
  return /\.(?:docx?|rtf|pdf|html?|txt)$/i.test(title.trim()) || /^microsoft word/i.test(title);
}
