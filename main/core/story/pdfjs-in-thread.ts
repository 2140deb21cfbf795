/**
 * pdf.js (pdfjs-dist's legacy build, for Node), loaded once per thread and run in that
 * thread: its worker module is loaded here and handed to it as `globalThis.pdfjsWorker`, which
 * pdf.js uses instead of starting a worker of its own, so nothing is fetched or spawned — it
 * runs inside the index worker that reads the file. Loaded on the first PDF only: a worker
 * that never reads a PDF never pays for it.
 *
 * The character maps and standard fonts come from the package's own folders (CJK text needs
 * the maps), read from disk; nothing is downloaded.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

type PdfJs = typeof PdfJsModule;

let loading: Promise<PdfJs> | null = null;

export function pdfjs(): Promise<PdfJs> {
  loading ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loading;
}

/** The package's folder (for its character maps and fonts), with a trailing slash. */
export function pdfjsFolder(): string {
  const require = createRequire(__filename);
  return `${join(dirname(require.resolve('pdfjs-dist/package.json')))}/`;
}

export function pdfjsPaths(): { cMapUrl: string; standardFontDataUrl: string } {
  const folder = pdfjsFolder();
  return { cMapUrl: join(folder, 'cmaps/'), standardFontDataUrl: join(folder, 'standard_fonts/') };
}
