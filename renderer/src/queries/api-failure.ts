/**
 * The API answers `{ ok: false, error }` instead of throwing, but a query counts, retries
 * and reports only what its function throws: ApiFailure carries the API's error through.
 */
import type { ApiError, ApiResult } from '../../../contract/api';

export class ApiFailure extends Error {
  readonly apiError: ApiError;

  constructor(apiError: ApiError) {
    super(apiError.message);
    this.name = 'ApiFailure';
    this.apiError = apiError;
  }
}

/**
 * The answer's value, or an ApiFailure. A call that throws instead of answering (the bridge
 * or server broke) fails as E_INTERNAL with `message`.
 */
export async function unwrap<T>(call: () => Promise<ApiResult<T>>, message: string): Promise<T> {
  let answer: ApiResult<T>;
  try {
    answer = await call();
  } catch {
    throw new ApiFailure({ code: 'E_INTERNAL', message });
  }
  if (!answer.ok) throw new ApiFailure(answer.error);
  return answer.value;
}

/** The error to show for a failed query (anything but an ApiFailure is a bug). */
export function apiErrorOf(error: Error): ApiError {
  if (error instanceof ApiFailure) return error.apiError;
  return { code: 'E_INTERNAL', message: 'Something went wrong. Try again.' };
}
