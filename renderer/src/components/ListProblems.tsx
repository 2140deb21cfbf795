/**
 * Why the list pane has no list, or not all of it: a query that cannot be run (the search box
 * says why), a failed call with a retry, or pages of the answer that could not be fetched.
 */
import type { ApiError } from '../../../contract/api';
import { ErrorPanel } from './ErrorPanel';

export interface ListProblemsProps {
  browsing: boolean;
  /** Why the list asked has no answer. */
  error: ApiError | null;
  /** A page of the answer could not be fetched. */
  pageError: ApiError | null;
  onRetry: () => void;
}

export function ListProblems({ browsing, error, pageError, onRetry }: ListProblemsProps) {
  const queryError = error?.code === 'E_QUERY';
  return (
    <>
      {error && queryError && (
        <p className="list-body__note">Change the search above to see stories.</p>
      )}
      {error && !queryError && (
        <ErrorPanel
          title={browsing ? 'The stories could not be listed.' : 'The search could not be run.'}
          message={error.message}
          onRetry={onRetry}
        />
      )}
      {pageError && !error && (
        <ErrorPanel
          title="Some stories could not be listed."
          message={pageError.message}
          onRetry={onRetry}
        />
      )}
    </>
  );
}
