/**
 * Factiva exports, in blocks (text-block.ts) whatever the file's format (RTF, HTML, text):
 *
 * - "Full Article/Report plus Indexing": each story is a list of two-letter fields, the code
 *   on its own (or before a tab or a space) and its value after: HD headline, BY byline,
 *   WC word count, PD date, SN source name, SC source code, LA language, CY copyright,
 *   LP lead paragraphs, TD the rest of the text, AN the accession number (`Document …`),
 *   and indexing codes (CO, IN, NS, RE, IPD, PUB…) that are never text.
 * - "Full Article/Report": the same story without codes: [section], headline, [byline],
 *   `808 words`, the date, [a time], the publication, its source code, [edition, page],
 *   the language, the copyright, the paragraphs, and `Document …` closing it.
 */
import type { ReadBudget } from './read-budget';
import type { ExportParts } from './export-parts';
import { bylineOf, emptyParts, pageSpanOf, sectionLabel } from './export-parts';
import { dateInLine, wordCountOf } from './export-dates';
import type { TextBlock } from './text-block';

const CODES = [
  'HD',
  'BY',
  'WC',
  'PD',
  'SN',
  'SC',
  'LA',
  'CY',
  'LP',
  'TD',
  'AN',
  'SE',
  'CR',
  'ED',
  'PG',
  'ET',
  'CO',
  'IN',
  'NS',
  'RE',
  'IPD',
  'IPC',
  'PUB',
  'RF',
  'ART',
  'CLM',
  'NGC',
  'VOL',
] as const;
const CODE_LINE = new RegExp(`^(${CODES.join('|')})(?:$|[\\t ]+(.*)$)`);
/** The accession number closing each story, in the interface's language. */
const DOCUMENT_LINE = /^(?:Document|Dokument|Documento|文件|ドキュメント) [A-Za-z0-9]{12,40}$/;

export type FactivaLayout = 'coded' | 'plain';

export function factivaLayout(blocks: readonly TextBlock[]): FactivaLayout | null {
  let headlines = 0;
  let codedDocuments = 0;
  let documents = 0;
  let wordCounts = 0;
  for (let at = 0; at < blocks.length; at += 1) {
    const text = blocks[at]!.text;
    if (text.length > 60 && !text.startsWith('HD')) continue;
    if (text === 'HD' || text.startsWith('HD\t') || text.startsWith('HD ')) headlines += 1;
    else if (text === 'AN' || /^AN\s+(?:Document|Dokument|Documento|文件)\s/.test(text)) {
      codedDocuments += 1;
    } else if (DOCUMENT_LINE.test(text)) documents += 1;
    else if (wordCountOf(text) !== null) wordCounts += 1;
  }
  if (headlines > 0 && (codedDocuments > 0 || documents > 0)) return 'coded';
  if (documents > 0 && wordCounts > 0) return 'plain';
  return null;
}

export function factivaStories(
  blocks: readonly TextBlock[],
  layout: FactivaLayout,
  budget?: ReadBudget,
): ExportParts[] {
  const stories: ExportParts[] = [];
  const chunks = layout === 'coded' ? codedChunks(blocks) : plainChunks(blocks);
  for (const chunk of chunks) {
    budget?.check();
    const story = layout === 'coded' ? codedStory(chunk) : plainStory(chunk);
    const pages = story ? pageSpanOf(chunk) : null;
    if (story) stories.push(pages ? { ...story, pages } : story);
  }
  return stories;
}

/**
 * Each story from its HD to the next (a cover before the first is left). Factiva writes a
 * story's section (SE) before its HD, after the story before it: it goes with the next HD.
 */
function codedChunks(blocks: readonly TextBlock[]): TextBlock[][] {
  const chunks: TextBlock[][] = [];
  let current: TextBlock[] = [];
  for (const block of blocks) {
    if (isCode(block.text, 'HD')) {
      current = sectionBeforeHeadline(current);
      chunks.push(current);
    }
    current.push(block);
  }
  return chunks;
}

function isCode(text: string, code: string): boolean {
  return text === code || text.startsWith(`${code}\t`) || text.startsWith(`${code} `);
}

/** The SE field closing `chunk` (after its AN, among its last blocks), taken out of it. */
function sectionBeforeHeadline(chunk: TextBlock[]): TextBlock[] {
  const section = chunk.findLastIndex((block) => isCode(block.text, 'SE'));
  if (section < 0 || section < chunk.length - 3) return [];
  const end = chunk.findLastIndex(
    (block) => isCode(block.text, 'AN') || DOCUMENT_LINE.test(block.text),
  );
  return end < section ? chunk.splice(section) : [];
}

function codedStory(chunk: readonly TextBlock[]): ExportParts | null {
  const fields = new Map<string, string[]>();
  let code: string | null = null;
  for (const block of chunk) {
    const match = block.text.length <= 2000 ? CODE_LINE.exec(block.text) : null;
    if (match) {
      code = match[1]!;
      const values = fields.get(code) ?? [];
      if (match[2]) values.push(match[2].trim());
      fields.set(code, values);
    } else if (code !== null) fields.get(code)!.push(block.text);
  }
  const one = (name: string): string | null => {
    const values = fields.get(name);
    return values && values.length > 0 ? values.join(' ') : null;
  };
  const parts = emptyParts();
  parts.title = one('HD');
  if (parts.title === null) return null;
  parts.byline = bylineOf(one('BY'));
  parts.wordCount = wordCountOf(one('WC') ?? '');
  parts.date = dateInLine(one('PD') ?? '');
  parts.publication = one('SN');
  parts.section = sectionLabel(one('SE'));
  parts.copyright = one('CY');
  parts.paragraphs = [...(fields.get('LP') ?? []), ...(fields.get('TD') ?? [])];
  return parts;
}

/** Each story up to its `Document …` line. */
function plainChunks(blocks: readonly TextBlock[]): TextBlock[][] {
  const chunks: TextBlock[][] = [];
  let current: TextBlock[] = [];
  for (const block of blocks) {
    if (block.text.length <= 60 && DOCUMENT_LINE.test(block.text)) {
      chunks.push(current);
      current = [];
    } else current.push(block);
  }
  return chunks;
}

function plainStory(chunk: readonly TextBlock[]): ExportParts | null {
  const words = chunk.findIndex((block) => block.text.length <= 40 && wordCountOf(block.text));
  if (words < 0) return null;
  const parts = emptyParts();
  parts.wordCount = wordCountOf(chunk[words]!.text);
  // Before the word count: [section], headline, [byline]; a cover page before them in the
  // first story. A marked headline (HTML, RTF bold) decides; else by position.
  const head = chunk.slice(Math.max(0, words - 6), words);
  // The last marked block: a page's own heading (`Dow Jones Factiva`) may stand before it.
  const marked = head.findLastIndex((block) => block.heading);
  if (marked >= 0) {
    parts.title = head[marked]!.text;
    if (marked > 0) parts.section = sectionLabel(head[marked - 1]!.text);
    const after = head.slice(marked + 1);
    const author = after.find((block) => block.author) ?? after[0];
    parts.byline = author ? bylineOf(author.text) : null;
  } else {
    const last = head[head.length - 1];
    const bylined = last !== undefined && /^by\s/i.test(last.text) && head.length >= 2;
    const titleAt = head.length - (bylined ? 2 : 1);
    parts.title = head[titleAt]?.text ?? null;
    if (bylined) parts.byline = bylineOf(last.text);
    if (titleAt > 0 && head[titleAt - 1]!.text.length <= 40) {
      parts.section = sectionLabel(head[titleAt - 1]!.text);
    }
  }
  // After it: the date, [a time], the publication, its code, … the copyright, then the text.
  let at = words + 1;
  parts.date = dateInLine(chunk[at]?.text ?? '');
  if (parts.date !== null) at += 1;
  if (/^\d{1,2}:\d{2}/.test(chunk[at]?.text ?? '')) at += 1;
  parts.publication = chunk[at]?.text ?? null;
  at += 1;
  const copyrightAt = chunk.findIndex(
    (block, index) => index >= at && index < at + 8 && /^(?:\(c\)|©|copyright)/i.test(block.text),
  );
  if (copyrightAt >= 0) {
    parts.copyright = chunk[copyrightAt]!.text;
    at = copyrightAt + 1;
  } else {
    // No copyright line: the code, the edition, the page and the language are short lines.
    while (at < chunk.length && chunk[at]!.text.length <= 30 && at < words + 9) at += 1;
  }
  parts.paragraphs = chunk.slice(at).map((block) => block.text);
  return parts;
}
