/**
 * A look at a PDF's compressed streams before pdf.js reads it: pdf.js inflates a stream
 * whole, with no limit, so a small file holding a deflate bomb (a stream that unpacks to
 * gigabytes) would grow the index worker's memory until it died. Each Flate stream is
 * inflated here first by Node's zlib with a hard output limit (MAX_STREAM_BYTES) and thrown
 * away; a stream over it skips the file. It costs one more inflate of the file's streams
 * (a few tens of milliseconds for a 5 MB PDF), and the budget is checked between streams.
 */
import { inflateSync } from 'node:zlib';
import type { ReadBudget } from './read-budget';

/** The most one stream may unpack to (a page's text or a font is far less). */
export const MAX_STREAM_BYTES = 64 * 1024 * 1024;

export const STREAM_BOMB =
  'The PDF holds a compressed stream that unpacks to more than 64 MB (a "zip bomb", or a damaged file); it was skipped.';

/** The reason to skip the file, or null when every stream is within the limit. */
export function pdfStreamProblem(bytes: Uint8Array, budget?: ReadBudget): string | null {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  let streams = 0;
  for (;;) {
    const start = data.indexOf('stream', at, 'latin1');
    if (start < 0) return null;
    at = start + 6;
    // `endstream` and words ending in `stream` are not a stream's start.
    if (start >= 3 && data.toString('latin1', start - 3, start) === 'end') continue;
    let body = at;
    if (data[body] === 0x0d) body += 1;
    if (data[body] !== 0x0a) continue;
    body += 1;
    const dictionary = data.toString('latin1', Math.max(0, start - 512), start);
    if (!/\/FlateDecode/.test(dictionary.slice(dictionary.lastIndexOf('<<')))) continue;
    const end = data.indexOf('endstream', body, 'latin1');
    if (end < 0) return null;
    if ((streams += 1) % 50 === 0) budget?.check();
    try {
      inflateSync(data.subarray(body, end), {
        maxOutputLength: MAX_STREAM_BYTES,
        finishFlush: 2 /* Z_SYNC_FLUSH: a stream cut short is read as far as it goes */,
      });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return STREAM_BOMB;
      // A damaged stream is pdf.js's to judge (it reads what it can).
    }
    at = end + 9;
  }
}
