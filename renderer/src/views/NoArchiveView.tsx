/** Shown when no archive is open: what to do, and the button that does it (where it can). */
import { useState } from 'react';
import type { ClippingsApi } from '../../../contract/api';

export function NoArchiveView({ api }: { api: ClippingsApi }) {
  const [message, setMessage] = useState<string | null>(null);
  const open = (): void => {
    setMessage(null);
    void api.openArchive().then((answer) => {
      if (!answer.ok) setMessage(answer.error.message);
    });
  };
  return (
    <div className="welcome">
      <h1 className="welcome__title">No archive is open</h1>
      <p>Open a folder of saved story files to read and search them.</p>
      <button type="button" className="button" onClick={open}>
        Open archive…
      </button>
      {message && (
        <p className="welcome__error" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
