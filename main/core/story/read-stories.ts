/**
 * Reading any story file: bytes → its stories (one, or hundreds in a news-database export),
 * each with its id and its place in the file, or the reason the file was skipped. Async and
 * pure (no file system): index workers call it on bytes they read, and readStoryFile on disk.
 *
 *   format (story-format.ts: by the bytes, then the name)
 *     → blocks (text-blocks.ts, html-blocks.ts, rtf-blocks.ts, docx-blocks.ts, pdf-blocks.ts;
 *       MHTML is the page it holds)
 *     → a Nexis or Factiva export (nexis-export.ts, factiva-export.ts): many stories;
 *       else one story: the text layout, a saved page, a clipping (their own readers), or a
 *       document (document-story.ts)
 *     → ids and positions (below), each story bounded (story-parts.ts: MAX_STORY_BYTES).
 *
 * Ids. A one-story file keeps the id its file has always had (the walk's: its stem), so the
 * stars, notes and highlights of existing libraries stay where they are. A story of an export
 * is `<file id>@<8 hex of sha1(normalised headline, date)>`: the same story in a re-download
 * of the file, in another order or with other stories around it, keeps its id. Stories of one
 * file with the same headline and date get `-2`, `-3`… in file order (the position only
 * breaks ties).
 *
 * Text and saved pages are looked at for export markers (`N of M DOCUMENTS`, `End of
 * Document`, Factiva's `Document …` line) with one cheap search first; only a file that has
 * them is cut into blocks, so ordinary stories are read as fast as before.
 */
import { createHash } from 'node:crypto';
import type { SkippedFile, Story, StoryFormat, StoryPages, StoryPosition } from '../model/story';
import { normaliseTitle } from './normalise-title';
import { tooBigReason } from '../files/file-problems';
import { decodeStoryBytes } from './decode-story-bytes';
import type { DocumentRead } from './document-blocks';
import { documentParts } from './document-story';
import { docxDocument } from './docx-blocks';
import { ExportIds, ExportStories } from './export-stories';
import { EXPORT_WINDOW_CHARS, ExportWindow } from './export-window';
import { htmlBlocks } from './html-blocks';
import { looksBinary } from './looks-binary';
import { mhtmlPage } from './mhtml-page';
import { decodePageBytes } from './page-charset';
import { pdfDocument } from './pdf-blocks';
import { ReadBudgetExceeded, readBudgetFor } from './read-budget';
import { readHtmlPage } from './read-html-page';
import { readMarkdownClipping } from './read-markdown-clipping';
import { readTextStory } from './read-text-story';
import { rtfDocument } from './rtf-blocks';
import { oneStoryLimitOf, stemOf } from './story-files';
import { isOleDocument, storyFormatOf } from './story-format';
import { storyFromParts } from './story-parts';
import { isHardWrapped, textBlocks } from './text-blocks';
import type { OneStoryReader, StoryReader, StoryReadOptions, StoriesResult } from './story-reader';
import type { TextBlock } from './text-block';

export type StoriesRead =
  | { ok: true; stories: Story[]; hash: string; skippedParts: string[] }
  | { ok: false; skipped: SkippedFile };

const OLE_DOCUMENT =
  'It is a Word 97–2003 document (.doc), which is not read; save it as .docx or .rtf to read it.';
const TOO_DEEP = 'Its structure is nested too deeply to read, so it was skipped.';
/** A quick look for the markers of an export before blocks are made. */
const EXPORT_MARKERS =
  /\d+ (?:of|von|de|sur) \d+ (?:DOCUMENTS?|DOKUMENTE?N?|DOCUMENTOS?)|Dokument \d+ von \d+|End of Document|(?:Document|Dokument|Documento|文件|ドキュメント) [A-Za-z0-9]{16,40}\s*(?:<|$)/im;

/** Bytes already read → the file's stories, or why it was skipped. Never throws. */
export async function readStories(
  bytes: Uint8Array,
  file: string,
  options: StoryReadOptions = {},
): Promise<StoriesRead> {
  if (bytes.length === 0) return skip(file, 'The file is empty.');
  let result: StoriesResult;
  try {
    result = await readByFormat(bytes, file, {
      ...options,
      budget: options.budget ?? readBudgetFor(bytes.length),
    });
  } catch (error) {
    if (error instanceof ReadBudgetExceeded) return skip(file, error.reason);
    // A parser that recursed past the stack on a pathological file: a skip, not a crash.
    if (error instanceof RangeError) return skip(file, TOO_DEEP);
    // A reader's library tripping over a file it cannot read: the file, not the scan, fails.
    return skip(file, 'The file could not be read: it is damaged or in a form not understood.');
  }
  if (!result.ok) return skip(file, result.reason);
  if (result.stories.length === 0) return skip(file, 'The file holds no story text.');
  return {
    ok: true,
    stories: result.manyStories
      ? withExportIds(result.stories, options.id ?? stemOf(file))
      : result.stories,
    hash: contentHash(bytes),
    skippedParts: result.skippedParts,
  };
}

/** What is known of a PDF export's story from the index: enough to find it in its pages. */
export interface StoryOnPages {
  id: string;
  title: string;
  date: string | null;
  position?: StoryPosition;
  pages: StoryPages;
}

/**
 * One story of a PDF export read from its pages alone (pdf.js opens only those, and the page
 * after them), with the
 * whole file's running heads and feet removed: the story is found among those the pages hold
 * by its headline and date, and keeps the id and place it has in the whole file. Null when it
 * is not there (the file changed since it was indexed) or the pages cannot be read: the
 * caller reads the whole file. `pagesRead`: how many pages were opened.
 */
export async function readPdfStoryPages(
  bytes: Uint8Array,
  file: string,
  want: StoryOnPages,
  options: StoryReadOptions = {},
): Promise<{ story: Story; pagesRead: number } | null> {
  const budget = options.budget ?? readBudgetFor(bytes.length);
  try {
    // And the page after: the line that closes the story (`End of Document`) may stand there.
    const read = await pdfDocument(bytes, budget, { ...want.pages, last: want.pages.last + 1 });
    if (!read.ok) return null;
    const { blocks, warnings, running, pagesRead = 0 } = read.document;
    const found = exportOfPieces([blocks], file, { ...options, budget }, 'pdf', warnings, running);
    if (!found?.ok) return null;
    const title = normaliseTitle(want.title);
    const story = found.stories.find(
      (one) => normaliseTitle(one.title) === title && one.date === want.date,
    );
    if (!story) return null;
    const { position: _inPages, ...rest } = story;
    return {
      story: { ...rest, id: want.id, ...(want.position ? { position: want.position } : {}) },
      pagesRead,
    };
  } catch {
    return null;
  }
}

/** Content hash used by the cache: SHA-1 of the bytes, hex. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

/** The reader of any format: the file's stories before ids are given. */
const readByFormat: StoryReader = async (bytes, file, options) => {
  if (isOleDocument(bytes)) return { ok: false, reason: OLE_DOCUMENT };
  const format = storyFormatOf(file, bytes);
  switch (format) {
    case 'text':
      return readText(bytes, file, options);
    case 'html':
      return readPage(bytes, file, options, 'html');
    case 'markdown':
      return oneStory(readMarkdownClipping, bytes, file, options, 'markdown');
    case 'mhtml': {
      const page = mhtmlPage(bytes);
      if (!page.ok) return page;
      return readPage(page.html, file, options, 'mhtml');
    }
    case 'pdf':
      return fromDocument(await pdfDocument(bytes, options.budget), 'pdf', file, options);
    case 'docx':
      return fromDocument(await docxDocument(bytes, options.budget), 'docx', file, options);
    case 'rtf':
      return fromDocument(rtfDocument(bytes, options.budget), 'rtf', file, options);
  }
};

function readText(bytes: Uint8Array, file: string, options: StoryReadOptions): StoriesResult {
  if (mayBeExport(bytes)) {
    const decoded = decodeStoryBytes(bytes);
    if (!looksBinary(decoded.text) && EXPORT_MARKERS.test(decoded.text)) {
      const found = exportOfPieces(
        textExportPieces(decoded.text, options),
        file,
        options,
        'text',
        decoded.warnings,
      );
      if (found) return found;
    }
  }
  return oneStory(readTextStory, bytes, file, options, 'text');
}

/**
 * A text export's blocks, a window of whole stories at a time (export-window.ts), all read
 * as hard-wrapped or not as the first piece is.
 */
export function* textExportPieces(text: string, options: StoryReadOptions): Iterable<TextBlock[]> {
  // A text within one window is one piece, with no line looked at for cuts.
  const window = new ExportWindow();
  const pieces =
    text.length <= EXPORT_WINDOW_CHARS
      ? [{ text, cut: false }]
      : [...window.push(text), window.end()];
  let wrapped: boolean | undefined;
  for (const piece of pieces) {
    wrapped ??= isHardWrapped(piece.text);
    yield textBlocks(piece.text, options.budget, wrapped);
  }
}

/** The export markers' words, looked for in the bytes (cheap) before any decoding. */
const MARKER_WORDS = [
  'DOCUMENT',
  'End of Document',
  'Document ',
  'Dokument ',
  'Documento ',
  '文件 ',
].map((word) => Buffer.from(word, 'utf8'));

function mayBeExport(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // UTF-16 text (a BOM or NULs) is decoded and looked at as it is.
  if (buffer[0] === 0xff || buffer[0] === 0xfe || buffer[1] === 0) return true;
  return MARKER_WORDS.some((word) => buffer.includes(word));
}

function readPage(
  bytes: Uint8Array,
  file: string,
  options: StoryReadOptions,
  format: 'html' | 'mhtml',
): StoriesResult {
  const decoded = decodePageBytes(bytes);
  if (EXPORT_MARKERS.test(decoded.text)) {
    const found = exportOf(
      htmlBlocks(decoded.text, options.budget),
      file,
      options,
      format,
      decoded.warnings,
    );
    if (found) return found;
  }
  const limit = oneStoryLimitOf('html');
  if (bytes.length > limit.maxBytes) {
    return { ok: false, reason: tooBigReason(bytes.length, limit.maxBytes, limit.what) };
  }
  const read = readHtmlPage(bytes, file, options);
  if (!read.ok) return read;
  const story = format === 'mhtml' ? { ...read.story, format } : read.story;
  return { ok: true, stories: [story], manyStories: false, skippedParts: [] };
}

function oneStory(
  reader: OneStoryReader,
  bytes: Uint8Array,
  file: string,
  options: StoryReadOptions,
  format: StoryFormat,
): StoriesResult {
  const limit = oneStoryLimitOf(format);
  if (bytes.length > limit.maxBytes) {
    return { ok: false, reason: tooBigReason(bytes.length, limit.maxBytes, limit.what) };
  }
  const read = reader(bytes, file, options);
  if (!read.ok) return read;
  return { ok: true, stories: [read.story], manyStories: false, skippedParts: [] };
}

/** A document's blocks → an export's stories, or the document as one story. */
function fromDocument(
  read: DocumentRead,
  format: StoryFormat,
  file: string,
  options: StoryReadOptions,
): StoriesResult {
  if (!read.ok) return read;
  const { blocks, title, warnings, running } = read.document;
  const found = exportOfPieces([blocks], file, options, format, warnings, running);
  if (found) return found;
  const story = storyFromParts(
    documentParts(blocks, title, warnings),
    format,
    file,
    options,
    'document',
  );
  if (story.paragraphs.length === 0 && story.title === '') {
    return { ok: false, reason: 'The document holds no text.' };
  }
  return { ok: true, stories: [story], manyStories: false, skippedParts: [] };
}

/** The stories of an export in these blocks, or null when they are none. */
function exportOf(
  blocks: readonly TextBlock[],
  file: string,
  options: StoryReadOptions,
  format: StoryFormat,
  warnings: readonly string[],
): StoriesResult | null {
  return exportOfPieces([blocks], file, options, format, warnings);
}

/**
 * The stories of an export given in pieces (each a run of whole stories, the first with the
 * cover page), or null when the first piece is no export. A piece's blocks are dropped once
 * its stories are made (export-stories.ts).
 */
function exportOfPieces(
  pieces: Iterable<readonly TextBlock[]>,
  file: string,
  options: StoryReadOptions,
  format: StoryFormat,
  warnings: readonly string[],
  running?: readonly string[],
): StoriesResult | null {
  const reader = new ExportStories(file, options, format, warnings, running);
  const stories: Story[] = [];
  for (const blocks of pieces) {
    const found = reader.storiesOf(blocks);
    if (found === null) return null;
    stories.push(...found);
  }
  if (reader.count === 0) return null;
  for (const story of stories) story.position!.count = reader.count;
  return { ok: true, stories, manyStories: true, skippedParts: reader.skippedParts };
}

/** Ids of an export's stories: `<file id>@<hash of headline and date>`, ties in file order. */
function withExportIds(stories: readonly Story[], fileId: string): Story[] {
  const ids = new ExportIds(fileId);
  return stories.map((story) => ({ ...story, id: ids.idOf(story) }));
}

function skip(file: string, reason: string): { ok: false; skipped: SkippedFile } {
  return { ok: false, skipped: { file, reason } };
}
