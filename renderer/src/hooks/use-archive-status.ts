/**
 * The open archive's status: asked once, then followed through the status pushes. A failed
 * first call is kept as an error the app shows with a retry.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ApiError, ArchiveStatus, ClippingsApi } from '../../../contract/api';

export interface ArchiveStatusState {
  status: ArchiveStatus | null;
  error: ApiError | null;
  retry: () => void;
}

export function useArchiveStatus(api: ClippingsApi): ArchiveStatusState {
  const [status, setStatus] = useState<ArchiveStatus | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    void api.status().then(
      (answer) => {
        if (!live) return;
        if (answer.ok) {
          // A push may already have brought a newer status.
          setStatus((current) =>
            current && current.generation > answer.value.generation ? current : answer.value,
          );
          setError(null);
        } else {
          setError(answer.error);
        }
      },
      () => {
        if (live)
          setError({ code: 'E_UNAVAILABLE', message: 'Clippings could not reach its engine.' });
      },
    );
    const unsubscribe = api.onStatus((next) => {
      setStatus(next);
      setError(null);
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [api, attempt]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  return { status, error, retry };
}
