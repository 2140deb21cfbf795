/**
 * A PDF's blocks and title, through pdf.js (pdfjs-in-thread.ts), page by page: each page's
 * text runs become lines, columns are read in order, running heads, feet and page numbers
 * are removed, and lines become paragraphs (pdf-lines.ts). The title is the document's own
 * (its info dictionary or XMP metadata), checked against the first page by document-story.ts.
 *
 * Skipped, each with a plain reason: a PDF with no text layer (a scan: OCR is not done
 * here), one protected by a password, a damaged or truncated one pdf.js cannot open, one with
 * more than MAX_PDF_PAGES pages, one holding a stream that unpacks past its limit
 * (pdf-stream-guard.ts). The budget is checked between pages and bounds the opening too.
 */
import type { ReadBudget } from './read-budget';
import { ReadBudgetExceeded } from './read-budget';
import type { DocumentRead } from './document-blocks';
import type { PdfPage, PdfRun } from './pdf-lines';
import { linesOf, marginLines, paragraphsOf, readingOrder, runningKeys } from './pdf-lines';
import { pdfStreamProblem } from './pdf-stream-guard';
import { pdfjs, pdfjsPaths } from './pdfjs-in-thread';
import type { TextBlock } from './text-block';

/** The most pages read (an export of 1,000 stories is about 3,000 pages). */
export const MAX_PDF_PAGES = 10_000;

export const SCANNED_PDF =
  'The PDF has no text layer (it is a scan or a picture of pages), so there is no text to read; OCR is not done here.';
export const ENCRYPTED_PDF = 'The PDF is protected by a password, so it cannot be read.';
export const DAMAGED_PDF = 'The PDF is damaged or cut short, and cannot be read.';

/** The reading time a page adds to the file's budget (a 455-page export: 68 s more). */
const PER_PAGE_MS = 150;

/** Characters per page below which a page counts as having no text. */
const MIN_TEXT_PER_PAGE = 20;

/** Some pages of a PDF, and the running heads and feet found on the whole of it. */
export interface PdfPageSpan {
  first: number;
  last: number;
  running: readonly string[];
}

/**
 * The PDF's blocks; with `only`, only those pages are read (pdf.js opens a page alone), with
 * the running heads and feet of the whole file removed from them.
 */
export async function pdfDocument(
  bytes: Uint8Array,
  budget?: ReadBudget,
  only?: PdfPageSpan,
): Promise<DocumentRead> {
  const streamProblem = pdfStreamProblem(bytes, budget);
  if (streamProblem) return { ok: false, reason: streamProblem };
  const { getDocument } = await pdfjs();
  // pdf.js takes ownership of the data it is given: a copy, so the caller's bytes stay whole.
  const task = getDocument({
    data: new Uint8Array(bytes),
    ...pdfjsPaths(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    verbosity: 0,
  });
  // Its rejection is handled below; destroying the task rejects it again ("Loading aborted").
  task.promise.catch(() => undefined);
  let document: Awaited<typeof task.promise>;
  try {
    document = await withinBudget(task.promise, budget, () => void task.destroy());
  } catch (error) {
    await task.destroy().catch(() => undefined);
    if (error instanceof ReadBudgetExceeded) throw error;
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') return { ok: false, reason: ENCRYPTED_PDF };
    return { ok: false, reason: DAMAGED_PDF };
  }
  try {
    if (document.numPages > MAX_PDF_PAGES) {
      return {
        ok: false,
        reason: `The PDF has ${document.numPages.toLocaleString('en')} pages; PDFs over ${MAX_PDF_PAGES.toLocaleString('en')} pages are not read.`,
      };
    }
    const first = only ? Math.max(1, only.first) : 1;
    const last = only ? Math.min(document.numPages, only.last) : document.numPages;
    // A PDF's work is in its pages, which its size does not tell: a little more time each.
    budget?.extend((last - first + 1) * PER_PAGE_MS);
    const { pages, characters } = await readPages(document, first, last, budget);
    if (characters < MIN_TEXT_PER_PAGE * Math.max(1, Math.min(pages.length, 3))) {
      return { ok: false, reason: SCANNED_PDF };
    }
    const running = only ? new Set(only.running) : runningKeys(pages);
    const removed = marginLines(pages, running);
    const blocks: TextBlock[] = [];
    for (const page of pages) {
      budget?.check();
      const kept = { ...page, lines: page.lines.filter((line) => !removed.has(line)) };
      blocks.push(...paragraphsOf(readingOrder(kept), page.width));
    }
    return {
      ok: true,
      document: {
        blocks,
        title: await titleOf(document),
        warnings: [],
        running: [...running],
        pagesRead: pages.length,
      },
    };
  } finally {
    await document.destroy().catch(() => undefined);
  }
}

type PdfDocumentProxy = Awaited<
  ReturnType<Awaited<ReturnType<typeof pdfjs>>['getDocument']>['promise']
>;

/** Pages first..last as positioned lines, and how many characters they hold. */
async function readPages(
  document: PdfDocumentProxy,
  first: number,
  last: number,
  budget: ReadBudget | undefined,
): Promise<{ pages: PdfPage[]; characters: number }> {
  const pages: PdfPage[] = [];
  let characters = 0;
  for (let number = first; number <= last; number += 1) {
    budget?.check();
    let page;
    try {
      page = await withinBudget(document.getPage(number), budget);
    } catch (error) {
      if (error instanceof ReadBudgetExceeded) throw error;
      continue; // a damaged page: the others are still read
    }
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await withinBudget(page.getTextContent(), budget).catch((error: unknown) => {
      if (error instanceof ReadBudgetExceeded) throw error;
      return { items: [] };
    });
    const runs: PdfRun[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str === '') continue;
      const [a, b, , d, x, y] = item.transform as number[];
      const size = Math.hypot(a ?? 0, b ?? 0) || Math.abs(d ?? 0) || item.height;
      runs.push({ text: item.str, x: x ?? 0, y: y ?? 0, width: item.width, size });
      characters += item.str.length;
    }
    page.cleanup();
    pages.push({ number, width, height, lines: linesOf(runs, number) });
  }
  return { pages, characters };
}

/** The document's title from its info dictionary or XMP metadata, or null. */
async function titleOf(document: {
  getMetadata(): Promise<{ info: unknown; metadata: { get(name: string): unknown } | null }>;
}): Promise<string | null> {
  try {
    const { info, metadata } = await document.getMetadata();
    const fromInfo = (info as { Title?: unknown } | null)?.Title;
    const title =
      typeof fromInfo === 'string' && fromInfo.trim() !== '' ? fromInfo : metadata?.get('dc:title');
    return typeof title === 'string' && title.trim() !== '' ? title.trim() : null;
  } catch {
    return null;
  }
}

/**
 * The promise, or ReadBudgetExceeded once the budget runs out first (pdf.js works in many
 * small asynchronous steps, so the timer gets its turn); `onExpired` stops the work.
 */
function withinBudget<T>(
  promise: Promise<T>,
  budget: ReadBudget | undefined,
  onExpired?: () => void,
): Promise<T> {
  if (!budget) return promise;
  budget.check();
  return new Promise<T>((resolve, reject) => {
    const timer = setInterval(() => {
      if (!budget.expired) return;
      clearInterval(timer);
      onExpired?.();
      reject(new ReadBudgetExceeded(budget.reason));
    }, 100);
    promise.then(
      (value) => {
        clearInterval(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearInterval(timer);
        reject(error);
      },
    );
  });
}
