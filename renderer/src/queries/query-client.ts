/**
 * The renderer's QueryClient: lists, pages, stories and related stories. A factory, so each
 * test makes its own (with retries off, failures show at once).
 */
import { QueryClient } from '@tanstack/react-query';
import type { ErrorCode } from '../../../contract/api';
import { ApiFailure } from './api-failure';

/** Errors that asking again cannot change: a bad query or request, a story that is gone. */
const FINAL_ERRORS: ReadonlySet<ErrorCode> = new Set(['E_QUERY', 'E_INVALID', 'E_NOT_FOUND']);
const MAX_RETRIES = 2;

export function shouldRetry(failureCount: number, error: Error): boolean {
  if (error instanceof ApiFailure && FINAL_ERRORS.has(error.apiError.code)) return false;
  return failureCount < MAX_RETRIES;
}

export function createQueryClient({ retry = true }: { retry?: boolean } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Answers change only with the archive, and every key holds its generation.
        staleTime: Infinity,
        // The engine is local: being offline must not pause a query.
        networkMode: 'always',
        retry: retry ? shouldRetry : false,
        retryDelay: (attempt) => Math.min(250 * 2 ** attempt, 2_000),
      },
    },
  });
}
