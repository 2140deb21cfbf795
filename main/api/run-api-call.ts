/**
 * The one place a request becomes an answer: parse the payload with its schema before any
 * work, run the method, and wrap the outcome as `{ ok: true, value } | { ok: false, error }`.
 * IPC (main/ipc.ts), HTTP (main/web.ts) and the CLI all go through here, so a payload that is
 * refused in one shell is refused in every shell, with the same words.
 */
import type { z } from 'zod';
import type { ApiResult } from '../../../preload/api';
import { toApiError } from '../errors';

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

function defaultLog(error: unknown): void {
  console.error('[clippings] unexpected error in an API call:', error);
}
