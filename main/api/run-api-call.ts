/**
 * The one place a request becomes an answer: parse the payload with its schema before any
 * work, run the method, and wrap the outcome as `{ ok: true, value } | { ok: false, error }`.
 * IPC (main/electron/ipc.ts) and HTTP (main/web/web-server.ts) go through here; the CLI
 * parses its arguments with the same schemas (contract/request-schemas.ts), so a request refused in one
 * shell is refused in every shell, with the same words.
 */
import type { z } from 'zod';
import type { ApiError, ApiResult } from '../../contract/api';
import { ClippingsError } from '../core/model/errors';

export async function runApiCall<Req, Res>(
  schema: z.ZodType<Req, unknown>,
  payload: unknown,
  method: (request: Req) => Promise<Res> | Res,
  onUnexpected: (error: unknown) => void = defaultLog,
): Promise<ApiResult<Res>> {
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    return { ok: false, error: { code: 'E_INVALID', message: describeIssues(parsed.error) } };
  }
  try {
    return { ok: true, value: await method(parsed.data) };
  } catch (error) {
    const apiError = toApiError(error);
    if (apiError.code === 'E_INTERNAL') onUnexpected(error);
    return { ok: false, error: apiError };
  }
}

/** zod issues → one sentence: "The request is not valid: limit: Too big …". */
export function describeIssues(error: z.ZodError): string {
  const parts = error.issues.slice(0, 3).map((issue) => {
    const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return `${where}${issue.message}`;
  });
  return `The request is not valid: ${parts.join('; ')}.`.replace(/\.\.$/, '.');
}

/** Anything thrown → an ApiError. Unknown errors become E_INTERNAL with a generic sentence. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ClippingsError) return { code: error.code, message: error.userMessage };
  return {
    code: 'E_INTERNAL',
    message: 'Something went wrong inside Clippings. The details are in the log; please try again.',
  };
}

function defaultLog(error: unknown): void {
  console.error('[clippings] unexpected error in an API call:', error);
}
