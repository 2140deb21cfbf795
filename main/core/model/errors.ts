/**
 * ClippingsError: the one error type the engine throws on purpose. It carries a code the UI
 * can act on and a message written for the user; `toApiError` turns anything thrown into the
 * `{ code, message }` a handler answers, so no stack trace ever reaches the renderer.
 *
 * @example
 *   throw new ClippingsError('E_NOT_FOUND', `No story "${id}" in this archive.`);
 */
import type { ApiError, ErrorCode } from '../../preload/api';

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

/** Anything thrown → an ApiError. Unknown errors become E_INTERNAL with a generic sentence. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ClippingsError) return { code: error.code, message: error.userMessage };
  return {
    code: 'E_INTERNAL',
    message: 'Something went wrong inside Clippings. The details are in the log; please try again.',
  };
}
