/**
 * "Open original" in the browser mode. The API call (which carries the access token) hands
 * out a ticket: a random, short-lived URL `/original/<ticket>` for one story's file, which
 * the page then opens in a new tab (a tab cannot send the token header). The file is served
 * read-only, with:
 *
 * - its content type, taken from its bytes (original-file.ts), and `nosniff`;
 * - `Content-Disposition`: `inline` for what a browser shows (text, PDF, a saved page), with
 *   the file's name; `attachment` for what it does not (Word, RTF, MHTML);
 * - a CSP under which nothing in the file runs: a saved page is served in a `sandbox`
 *   without `allow-scripts`, as an opaque origin that cannot reach this server's API, and with
 *   `script-src 'none'`; a PDF gets `script-src 'none'` too (a sandbox would stop the
 *   browser's own PDF viewer).
 */
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import type { OpenedOriginal, OriginalFile } from '../../contract/api';

/** How long a ticket works. */
const TICKET_MS = 60_000;
const MAX_TICKETS = 100;

const SANDBOXED =
  "sandbox; default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";
const DOCUMENT = "default-src 'none'; script-src 'none'; object-src 'none'; frame-ancestors 'none'";

export class OriginalFiles {
  readonly #tickets = new Map<string, { file: OriginalFile; expires: number }>();
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /** A URL (path) that serves `file` for the next minute. */
  issue(file: OriginalFile): OpenedOriginal {
    this.#prune();
    const ticket = randomBytes(24).toString('base64url');
    this.#tickets.set(ticket, { file, expires: this.#now() + TICKET_MS });
    while (this.#tickets.size > MAX_TICKETS) {
      this.#tickets.delete(this.#tickets.keys().next().value as string);
    }
    return { opened: 'url', url: `/original/${ticket}` };
  }

  /** Serves `/original/<ticket>`; false when the ticket is unknown or expired (a 404). */
  async serve(ticket: string, response: ServerResponse, head: boolean): Promise<boolean> {
    this.#prune();
    const entry = this.#tickets.get(ticket);
    if (!entry) return false;
    const { file } = entry;
    const info = await stat(file.path).catch(() => null);
    if (!info?.isFile()) return false;
    const inline = /^(?:text\/|application\/pdf)/.test(file.contentType);
    const name = encodeURIComponent(file.name);
    response.writeHead(200, {
      'Content-Type': file.contentType,
      'Content-Length': info.size,
      'Content-Disposition': `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${name}`,
      'Content-Security-Policy': file.contentType === 'application/pdf' ? DOCUMENT : SANDBOXED,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Cache-Control': 'no-store',
    });
    if (head) {
      response.end();
      return true;
    }
    await new Promise<void>((resolve) => {
      const stream = createReadStream(file.path, { flags: 'r' });
      stream.on('error', () => {
        response.destroy();
        resolve();
      });
      stream.on('end', resolve);
      stream.pipe(response);
    });
    return true;
  }

  #prune(): void {
    const now = this.#now();
    for (const [ticket, entry] of this.#tickets) {
      if (entry.expires <= now) this.#tickets.delete(ticket);
    }
  }
}
