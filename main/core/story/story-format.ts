/**
 * A story file's format, from its name and its first bytes: the name says which reader
 * (story-files.ts: `.txt` text, `.html`/`.htm` a saved page, `.md`/`.markdown` a clipping),
 * and the content overrules it only when it is unmistakably a web page — a document opening,
 * after a byte-order mark, white space and comments, with `<!doctype html`, `<html` or an
 * XML declaration followed by `<html` — which is what a page saved under another name looks
 * like. A name that says nothing (`inspect notes`) is read as text.
 */
import type { StoryFormat } from '../model/story';
import { formatOfName } from './story-files';

/** How much of the start is looked at. */
const SNIFF_BYTES = 1024;
const PAGE_START = /^(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html)[\s>]/i;

export function storyFormatOf(file: string, bytes: Uint8Array): StoryFormat {
  const named = formatOfName(file) ?? 'text';
  if (named !== 'html' && looksLikePage(bytes)) return 'html';
  return named;
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
