/**
 * A Word document's (DOCX) blocks and title: mammoth turns its paragraphs into HTML (headings
 * as `<h1>`…), html-blocks.ts into blocks, and docProps/core.xml gives its title.
 *
 * Mammoth reads the zip through zip-entries.ts (its `file` option), never through its own
 * unzipper: every part it reads is inflated with a hard output limit, so a zip bomb is
 * refused before it can grow memory. Images are never read (only their places are kept).
 * Mammoth is loaded on the first DOCX read, not when the index worker starts.
 */
import type { ReadBudget } from './read-budget';
import type { DocumentRead } from './document-blocks';
import { htmlBlocks } from './html-blocks';
import { decodeXML } from 'entities';
import { openZip, ZipEntryError } from './zip-entries';

const NOT_DOCX = 'The file is named like a Word document but is not one.';

export async function docxDocument(bytes: Uint8Array, budget?: ReadBudget): Promise<DocumentRead> {
  const zip = openZip(bytes);
  if (!zip.ok) return zip;
  if (!zip.entries.has('word/document.xml')) return { ok: false, reason: NOT_DOCX };
  const file = {
    exists: (name: string) => zip.entries.has(name),
    read: async (name: string, encoding?: string) => {
      budget?.check();
      const data = zip.read(name);
      if (encoding === 'base64') return data.toString('base64');
      if (encoding) return new TextDecoder(encoding).decode(data);
      return data;
    },
    write: () => undefined,
    toArrayBuffer: () => Promise.reject(new Error('read only')),
  };
  // Loaded on the first DOCX only: a worker that never reads one never pays for it.
  const mammoth = (await import('mammoth')).default;
  let html: string;
  try {
    const result = await mammoth.convertToHtml({ file } as unknown as { buffer: Buffer }, {
      // Images are not stories: an empty source, and their bytes never read.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    });
    html = result.value;
  } catch (error) {
    if (error instanceof ZipEntryError) return { ok: false, reason: error.message };
    throw error;
  }
  budget?.check();
  return {
    ok: true,
    document: { blocks: htmlBlocks(html, budget), title: coreTitle(zip), warnings: [] },
  };
}

/** `<dc:title>` of docProps/core.xml, or null. */
function coreTitle(zip: {
  entries: Map<string, unknown>;
  read: (name: string) => Buffer;
}): string | null {
  if (!zip.entries.has('docProps/core.xml')) return null;
  try {
    const xml = zip.read('docProps/core.xml').toString('utf8');
    const match = /<dc:title>([\s\S]{0,2000}?)<\/dc:title>/.exec(xml);
    const title = match ? decodeXML(match[1]!).trim() : '';
    return title === '' ? null : title;
  } catch {
    return null;
  }
}
