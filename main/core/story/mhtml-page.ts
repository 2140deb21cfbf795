/**
 * A web page saved as one file (MHTML, a browser's "Webpage, Single File"): the HTML part it
 * holds, decoded (quoted-printable or base64, in the part's charset) and handed back as UTF-8
 * with a byte-order mark, so the page reader reads it as any saved page (the BOM outranks a
 * `<meta charset>` the page still declares). The other parts (images, styles) are not read.
 */
import { decodeWindows1252 } from './decode-windows-1252';

const NO_PAGE = 'The MHTML file holds no web page.';

export type MhtmlPage = { ok: true; html: Uint8Array } | { ok: false; reason: string };

export function mhtmlPage(bytes: Uint8Array): MhtmlPage {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const headerEnd = endOfHeaders(text, 0);
  if (headerEnd < 0) return { ok: false, reason: NO_PAGE };
  const boundary = /boundary\s*=\s*"?([^";\r\n]+)"?/i.exec(unfold(text.slice(0, headerEnd)))?.[1];
  if (!boundary) return { ok: false, reason: NO_PAGE };
  const delimiter = `--${boundary}`;
  let at = text.indexOf(delimiter, headerEnd);
  while (at >= 0) {
    const partStart = text.indexOf('\n', at) + 1;
    if (partStart <= 0 || text.startsWith(`${delimiter}--`, at)) break;
    const next = text.indexOf(delimiter, partStart);
    const part = text.slice(partStart, next < 0 ? text.length : next);
    const bodyAt = endOfHeaders(part, 0);
    if (bodyAt >= 0) {
      const headers = unfold(part.slice(0, bodyAt));
      if (/^content-type:\s*text\/html/im.test(headers)) {
        const encoding = /^content-transfer-encoding:\s*([\w-]+)/im
          .exec(headers)?.[1]
          ?.toLowerCase();
        const charset =
          /charset\s*=\s*"?([\w.:-]+)"?/i.exec(headers)?.[1]?.toLowerCase() ?? 'utf-8';
        const body = part.slice(bodyAt).replace(/\r?\n$/, '');
        const raw =
          encoding === 'base64'
            ? Buffer.from(body, 'base64')
            : encoding === 'quoted-printable'
              ? quotedPrintable(body)
              : Buffer.from(body, 'latin1');
        const html = decodeCharset(raw, charset);
        return {
          ok: true,
          html: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html, 'utf8')]),
        };
      }
    }
    at = next;
  }
  return { ok: false, reason: NO_PAGE };
}

/** Where the body starts after a blank line ending the headers, or -1. */
function endOfHeaders(text: string, from: number): number {
  const match = /\r?\n\r?\n/.exec(text.slice(from, from + 64 * 1024));
  return match ? from + match.index + match[0].length : -1;
}

function unfold(headers: string): string {
  return headers.replace(/\r?\n[ \t]+/g, ' ');
}

function quotedPrintable(body: string): Buffer {
  const joined = body.replace(/=\r?\n/g, '');
  const out = Buffer.alloc(joined.length);
  let length = 0;
  for (let at = 0; at < joined.length; at += 1) {
    const char = joined.charCodeAt(at);
    if (char === 0x3d && /^[0-9A-Fa-f]{2}$/.test(joined.slice(at + 1, at + 3))) {
      out[length++] = parseInt(joined.slice(at + 1, at + 3), 16);
      at += 2;
    } else out[length++] = char & 0xff;
  }
  return out.subarray(0, length);
}

function decodeCharset(raw: Buffer, charset: string): string {
  if (charset === 'utf-8' || charset === 'utf8') return raw.toString('utf8');
  if (/^(?:windows-1252|iso-8859-1|us-ascii|latin1)$/.test(charset)) return decodeWindows1252(raw);
  try {
    return new TextDecoder(charset).decode(raw);
  } catch {
    return raw.toString('utf8');
  }
}
