/**
 * LexisNexis and Nexis Uni exports, in blocks (text-block.ts) whatever the file's format: the
 * stories of one download, each with its title, date, byline, section, publication, word
 * count and copyright; the cover page (download request, search terms, the list of titles),
 * copyright lines, load dates and classification lines never in a body.
 *
 * Two layouts, told apart by their markers:
 *
 * - LexisNexis Academic ("N of M DOCUMENTS" opens each story): the publication and the date
 *   lines (centred), edition lines, the headline, then `BYLINE:`, `SECTION:`, `LENGTH:` (and
 *   `DATELINE:`, `HIGHLIGHT:`), the body, then `LOAD-DATE:`, `LANGUAGE:`, `GRAPHIC:`,
 *   `PUBLICATION-TYPE:`… and the copyright lines.
 * - Nexis Uni ("End of Document" closes each story): the headline, the publication, the date
 *   line, the copyright line, `Section:`, `Length:`, `Byline:`…, `Body`, the body, then
 *   `Classification` and its lines (`Language:`, `Subject:`, `Load-Date:`…).
 */
import type { ReadBudget } from './read-budget';
import type { ExportParts } from './export-parts';
import { bylineOf, emptyParts, pageSpanOf, sectionLabel } from './export-parts';
import { dateInLine, wordCountOf } from './export-dates';
import type { TextBlock } from './text-block';

/** `1 of 10 DOCUMENTS` (also German, French and Spanish interfaces). */
const DOCUMENT_MARK =
  /^(\d{1,6}) (?:of|von|de|sur) (\d{1,6}) (?:DOCUMENTS?|DOKUMENTE?N?|DOCUMENTOS?)$/i;
const DOCUMENT_MARK_DE = /^Dokument (\d{1,6}) von (\d{1,6})$/i;
const END_OF_DOCUMENT = /^End of Document$/i;

/** Fields of the metadata before a body (a label in capitals or in title case, then a colon). */
const FIELD = /^([A-Za-zÄÖÜäöü][A-Za-zÄÖÜäöü-]{1,30}(?: [A-Za-z-]{2,20})?):(?:\s+|$)(.*)$/;
/** Labels that stand before the body. */
const LEAD_FIELDS = new Set([
  'byline',
  'author',
  'section',
  'length',
  'dateline',
  'highlight',
  'series',
  'edition',
  'version',
  'rubrik',
  'ressort',
  'autor',
  'auteur',
  'rubrique',
  'länge',
  'longueur',
  'umfang',
  // The French interface's HIGHLIGHT: a standfirst, the body after it.
  'encart',
]);
/** Labels after the body: once one is seen, the story's text is over. */
const TRAILING_FIELDS = new Set([
  'load-date',
  'load date',
  'language',
  'graphic',
  'publication-type',
  'publication type',
  'journal-code',
  'correction-date',
  'correction',
  'document-type',
  'subject',
  'organization',
  'ticker',
  'industry',
  'geographic',
  'person',
  'city',
  'state',
  'country',
  'notes',
  'url',
  'distribution',
  'type',
  'acc-no',
  'company',
  'terms',
  'sprache',
  'langue',
  'update',
  'date-chargement',
  'grafik',
  'graphique',
  'type-publication',
  'dokumenttyp',
  'publikationstyp',
  'notes-de-publication',
  'sujet',
  'localisation-geo',
  'societe',
  'société',
  'symbole-boursier',
  'secteur-activite',
  'thema',
  'branche',
  'geografisch',
  'firma',
  'unternehmen',
  'classification',
  'copyright',
]);

export type NexisLayout = 'academic' | 'uni';

/** The layout the blocks are in, or null when they are no Nexis export. */
export function nexisLayout(blocks: readonly TextBlock[]): NexisLayout | null {
  let marks = 0;
  let ends = 0;
  let lengths = 0;
  for (const block of blocks) {
    const text = block.text;
    if (text.length > 40) continue;
    if (DOCUMENT_MARK.test(text) || DOCUMENT_MARK_DE.test(text)) marks += 1;
    else if (END_OF_DOCUMENT.test(text)) ends += 1;
    else if (/^(?:length|länge|longueur):/i.test(text)) lengths += 1;
  }
  if (marks > 0 && (lengths > 0 || marks > 1)) return 'academic';
  if (ends > 0 && lengths > 0) return 'uni';
  return null;
}

/** The stories of a Nexis export. */
export function nexisStories(
  blocks: readonly TextBlock[],
  layout: NexisLayout,
  budget?: ReadBudget,
): ExportParts[] {
  const chunks = layout === 'academic' ? academicChunks(blocks) : uniChunks(blocks);
  const stories: ExportParts[] = [];
  for (const chunk of chunks) {
    budget?.check();
    const story = layout === 'academic' ? academicStory(chunk) : uniStory(chunk);
    const pages = story ? pageSpanOf(chunk) : null;
    if (story) stories.push(pages ? { ...story, pages } : story);
  }
  return stories;
}

/** Each story's blocks, after its `N of M DOCUMENTS` line (the cover before the first is left). */
function academicChunks(blocks: readonly TextBlock[]): TextBlock[][] {
  const chunks: TextBlock[][] = [];
  let current: TextBlock[] | null = null;
  for (const block of blocks) {
    if (
      block.text.length <= 40 &&
      (DOCUMENT_MARK.test(block.text) || DOCUMENT_MARK_DE.test(block.text))
    ) {
      current = [];
      chunks.push(current);
    } else current?.push(block);
  }
  return chunks;
}

/** Each story's blocks, up to its `End of Document` line (a cover stays in the first). */
function uniChunks(blocks: readonly TextBlock[]): TextBlock[][] {
  const chunks: TextBlock[][] = [];
  let current: TextBlock[] = [];
  for (const block of blocks) {
    if (END_OF_DOCUMENT.test(block.text)) {
      chunks.push(current);
      current = [];
    } else current.push(block);
  }
  // What follows the last End of Document is a trailer, unless it has a story's fields.
  if (current.some((block) => fieldOf(block.text)?.label === 'length')) chunks.push(current);
  return chunks;
}

interface Field {
  label: string;
  value: string;
}

function fieldOf(text: string): Field | null {
  if (text.length > 2000) return null;
  const match = FIELD.exec(text);
  if (!match) return null;
  const label = match[1]!.toLowerCase();
  if (!LEAD_FIELDS.has(label) && !TRAILING_FIELDS.has(label)) return null;
  return { label, value: match[2]!.trim() };
}

function isCopyright(text: string): boolean {
  return /^(?:copyright|\(c\)|©)/i.test(text);
}

/** The academic layout: header lines, headline, fields, body, trailing fields and copyright. */
function academicStory(chunk: readonly TextBlock[]): ExportParts | null {
  const parts = emptyParts();
  let at = 0;
  // Header: the publication, then the date line (each centred in the text and HTML exports).
  const dateAt = chunk.findIndex((block, index) => index < 6 && dateInLine(block.text) !== null);
  if (dateAt < 0) return null;
  parts.publication =
    dateAt > 0
      ? chunk
          .slice(0, dateAt)
          .map((b) => b.text)
          .join(' ')
      : null;
  parts.date = dateInLine(chunk[dateAt]!.text);
  at = dateAt + 1;
  // Edition lines (centred), then the headline up to the first field.
  const title: string[] = [];
  const anyCentred = chunk.some((block) => block.centered);
  while (at < chunk.length && fieldOf(chunk[at]!.text) === null) {
    const block = chunk[at]!;
    const edition = anyCentred ? block.centered === true : isEditionLine(block.text);
    if (!(edition && title.length === 0)) title.push(block.text);
    at += 1;
    // A headline is a few blocks at most; past that, there were no fields (the body begins).
    if (title.length >= 4) break;
  }
  const leadEnd = leadFields(chunk, at, parts);
  // Without fields, the headline is the first block and the rest is body.
  if (leadEnd === at && title.length > 1) {
    at -= title.length - 1;
    title.length = 1;
  }
  parts.title = title.join(' ') || null;
  body(chunk, leadEnd, parts);
  return parts;
}

/** Reads the fields from `at` on into `parts`; returns where the body starts. */
function leadFields(chunk: readonly TextBlock[], from: number, parts: ExportParts): number {
  let at = from;
  while (at < chunk.length) {
    const field = fieldOf(chunk[at]!.text);
    if (!field || !LEAD_FIELDS.has(field.label)) break;
    applyField(field, parts);
    at += 1;
  }
  return at;
}

function applyField(field: Field, parts: ExportParts): void {
  switch (field.label) {
    case 'byline':
    case 'author':
    case 'autor':
    case 'auteur':
      parts.byline ??= bylineOf(field.value);
      break;
    case 'section':
    case 'rubrik':
    case 'ressort':
    case 'rubrique':
      parts.section ??= sectionLabel(field.value);
      break;
    case 'length':
    case 'länge':
    case 'longueur':
    case 'umfang':
      parts.wordCount ??= wordCountOf(field.value);
      break;
    case 'dateline':
      parts.dateline = field.value || null;
      break;
    default:
      break;
  }
}

/** The body from `at`, up to the trailing fields; copyright lines kept aside. */
function body(chunk: readonly TextBlock[], from: number, parts: ExportParts): void {
  const copyright: string[] = [];
  let trailing = false;
  for (let at = from; at < chunk.length; at += 1) {
    const text = chunk[at]!.text;
    if (text === '') continue;
    if (isCopyright(text)) {
      copyright.push(text);
      trailing = true;
      continue;
    }
    if (trailing) {
      if (copyright.length > 0 && copyright.length < 3 && /rights reserved/i.test(text)) {
        copyright.push(text);
      }
      continue;
    }
    const field = fieldOf(text);
    if (field && (TRAILING_FIELDS.has(field.label) || field.label === 'classification')) {
      trailing = true;
      continue;
    }
    if (/^(?:Classification|Graphic|Notes|Load-Date)$/i.test(text)) {
      trailing = true;
      continue;
    }
    parts.paragraphs.push(text);
  }
  if (copyright.length > 0) parts.copyright ??= copyright.join(' ');
}

function isEditionLine(text: string): boolean {
  return (
    text.length <= 60 &&
    /edition|ausgabe|correction appended|^\d+ star|final$|^[A-Z][a-z]+$|;$/i.test(text)
  );
}

/**
 * The Nexis Uni layout: going back from the first field: the copyright line, the date line,
 * the publication, the headline (what comes before is the cover page, in the first story).
 */
function uniStory(chunk: readonly TextBlock[]): ExportParts | null {
  let first = chunk.findIndex((block) => {
    const field = fieldOf(block.text);
    return field !== null && LEAD_FIELDS.has(field.label);
  });
  if (first < 0) return null;
  const leadAt = first;
  // Other fields may stand before it (`Distribution: Every Zone`).
  while (first > 0 && fieldOf(chunk[first - 1]!.text) !== null) first -= 1;
  const parts = emptyParts();
  let back = first - 1;
  if (back >= 0 && isCopyright(chunk[back]!.text)) {
    parts.copyright = chunk[back]!.text;
    back -= 1;
  }
  // The date line, with edition or correction lines after it (`Correction Appended`).
  for (let look = back; look >= Math.max(0, back - 3); look -= 1) {
    const date = dateInLine(chunk[look]!.text);
    if (date !== null) {
      parts.date = date;
      back = look - 1;
      break;
    }
  }
  if (back >= 1) {
    parts.publication = chunk[back]!.text;
    back -= 1;
  }
  parts.title = back >= 0 ? chunk[back]!.text : null;
  for (let at = first; at < leadAt; at += 1) applyField(fieldOf(chunk[at]!.text)!, parts);
  first = leadAt;
  let at = leadFields(chunk, first, parts);
  // `Body` (or `Text`) stands between the fields and the text; fields may follow it too.
  while (at < chunk.length && !/^(?:Body|Text|Textkörper|Corps)$/i.test(chunk[at]!.text)) {
    const field = fieldOf(chunk[at]!.text);
    if (!field) break;
    applyField(field, parts);
    at += 1;
  }
  if (at < chunk.length && /^(?:Body|Text|Textkörper|Corps)$/i.test(chunk[at]!.text)) at += 1;
  body(chunk, at, parts);
  return parts;
}
