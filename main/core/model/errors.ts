/**
 * ClippingsError: the one error type the engine throws on purpose. It carries a code the UI
 * can act on and a message written for the user; the shells' runApiCall (main/api) turns
 * anything thrown into the `{ code, message }` a handler answers, so no stack trace ever
 * reaches the renderer.
 *
 * @example
 *   throw new ClippingsError('E_NOT_FOUND', `No story "${id}" in this archive.`);
 */

/** Error codes the UI can act on. Messages are plain sentences written for the user. */
export type ErrorCode =
  | 'E_INVALID' // the request did not match its schema
  | 'E_QUERY' // the search query cannot be understood; message says why
  | 'E_NOT_FOUND' // no story with that id (e.g. deleted since the list was shown)
  | 'E_NO_ARCHIVE' // no archive is open
  | 'E_FORBIDDEN' // the call came from a frame or origin that may not call
  | 'E_UNSUPPORTED' // this shell cannot do that (e.g. a folder dialog in the browser mode)
  | 'E_UNREADABLE' // a story file could not be read now
  | 'E_UNAVAILABLE' // the engine cannot be reached (e.g. the browser-mode server stopped)
  | 'E_INTERNAL'; // a bug: the message says so, without a stack trace

export class ClippingsError extends Error {
  readonly code: ErrorCode;
  /** The sentence shown to the user (the Error message adds the prefix and code for logs). */
  readonly userMessage: string;

  constructor(code: ErrorCode, userMessage: string, options?: { cause?: unknown }) {
    super(`clippings: ${userMessage} (${code})`, options);
    this.name = 'ClippingsError';
    this.code = code;
    this.userMessage = userMessage;
  }
}
