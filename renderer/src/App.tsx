/** PLACEHOLDER shell until the reader issue lands: shows the archive's status. */
import { useEffect, useState } from 'react';
import type { ArchiveStatus } from '../../preload/api';
import { api } from './api';

export function App() {
  const [status, setStatus] = useState<ArchiveStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void api
      .status()
      .then((result) => (result.ok ? setStatus(result.value) : setError(result.error.message)));
    return api.onStatus(setStatus);
  }, []);
  return (
    <main>
      <h1>Clippings</h1>
      {error && <p role="alert">{error}</p>}
      {status && (
        <p data-testid="archive-status">
          {status.archive}: {status.stories} stories ({status.state})
        </p>
      )}
    </main>
  );
}
