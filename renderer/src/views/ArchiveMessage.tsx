/**
 * In place of the panes while there is no archive to show: "Opening the archive…", why the
 * archive cannot be reached (with Try again), or the first-run view to choose one.
 */
import type { ApiError, ClippingsApi } from '../../../contract/api';
import { ErrorPanel } from '../components/ErrorPanel';
import { NoArchiveView } from './NoArchiveView';

export function ArchiveMessage(props: {
  api: ClippingsApi;
  /** False while the status is not known yet. */
  known: boolean;
  error: ApiError | null;
  onRetry: () => void;
}) {
  if (props.known) {
    return (
      <main className="app__message">
        <NoArchiveView api={props.api} />
      </main>
    );
  }
  return (
    <main className="app__message">
      {props.error ? (
        <ErrorPanel
          title="Clippings cannot reach its archive."
          message={props.error.message}
          onRetry={props.onRetry}
        />
      ) : (
        <p className="app__loading">Opening the archive…</p>
      )}
    </main>
  );
}
