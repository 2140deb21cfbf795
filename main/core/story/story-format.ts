/**
 * A story file's format, from its first bytes and its name. The bytes decide whenever they
 * are unmistakable, since files are often misnamed (a `.doc` that is RTF inside, a page saved
 * as `.txt`, a PDF downloaded without its extension):
 *
 * - `%PDF-` → a PDF; `{\rtf` → RTF (whatever the name: `.doc`, `.rtf`, `.txt`);
 * - a zip holding `word/document.xml` → a Word document (DOCX);
 * - an MHTML header (`MIME-Version:` with a `multipart/related` content type) → MHTML;
 * - a document opening, after a byte-order mark, white space and comments, with
 *   `<!doctype html`, `<html` or an XML declaration followed by `<html` → a web page.
 *
 * Otherwise the name says (story-files.ts), and a name that says nothing (`inspect notes`) is
 * read as text. Word's older binary format (an OLE2 compound file) is recognised so that it
 * can be skipped with a reason (oleDocument).
 */
import type { StoryFormat } from '../model/story';
import { formatOfName } from './story-files';

/** How much of the start is looked at. */
const SNIFF_BYTES = 1024;
const PAGE_START = /^(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html)[\s>]/i;
const MHTML_HEAD =
  /^(?:[\w-]+:[^\n]*\r?\n(?:[ \t][^\n]*\r?\n)*)*?content-type:\s*multipart\/related/im;

export function storyFormatOf(file: string, bytes: Uint8Array): StoryFormat {
  const sniffed = formatOfBytes(bytes);
  if (sniffed) return sniffed;
  const named = formatOfName(file) ?? 'text';
  // A name that promises a binary format over bytes that are not it: read what it holds.
  if (named === 'pdf' || named === 'docx') return 'text';
  if (named === 'rtf' || named === 'mhtml') return looksLikePage(bytes) ? 'html' : 'text';
  if (named !== 'html' && looksLikePage(bytes)) return 'html';
  return named;
}

/** The format the bytes themselves declare, or null. */
function formatOfBytes(bytes: Uint8Array): StoryFormat | null {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const head = Buffer.from(
    bytes.buffer,
    bytes.byteOffset + start,
    Math.max(0, Math.min(bytes.length, SNIFF_BYTES) - start),
  ).toString('latin1');
  if (head.startsWith('%PDF-')) return 'pdf';
  if (head.startsWith('{\\rtf')) return 'rtf';
  if (head.startsWith('PK\u0003\u0004') && hasWordDocument(bytes)) return 'docx';
  if (/^mime-version:/im.test(head.slice(0, 512)) && MHTML_HEAD.test(head)) return 'mhtml';
  return null;
}

/** Word 97–2003's binary format (an OLE2 compound file), which is not read. */
export function isOleDocument(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 8 &&
    bytes[0] === 0xd0 &&
    bytes[1] === 0xcf &&
    bytes[2] === 0x11 &&
    bytes[3] === 0xe0 &&
    bytes[4] === 0xa1 &&
    bytes[5] === 0xb1 &&
    bytes[6] === 0x1a &&
    bytes[7] === 0xe1
  );
}

/** A zip whose entries name `word/document.xml` (in the central directory, at the end). */
function hasWordDocument(bytes: Uint8Array): boolean {
  const tail = Buffer.from(
    bytes.buffer,
    bytes.byteOffset + Math.max(0, bytes.length - 256 * 1024),
    Math.min(bytes.length, 256 * 1024),
  );
  return tail.includes('word/document.xml', 0, 'latin1');
}

function looksLikePage(bytes: Uint8Array): boolean {
  let head: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    head = new TextDecoder('utf-16le').decode(bytes.subarray(2, SNIFF_BYTES));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    head = new TextDecoder('utf-16be').decode(bytes.subarray(2, SNIFF_BYTES));
  } else {
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    head = Buffer.from(
      bytes.buffer,
      bytes.byteOffset + start,
      Math.max(0, Math.min(bytes.length, SNIFF_BYTES) - start),
    ).toString('latin1');
  }
  return PAGE_START.test(head);
}
