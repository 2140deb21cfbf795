/** The related stories beside or below the story: the panel, "Finding…", or why they failed. */
import type { Fetched } from '../queries/use-story';
import type { RelatedResponse } from '../../../contract/api';
import { ErrorPanel } from './ErrorPanel';
import { RelatedPanel } from './RelatedPanel';

export function RelatedArea({
  related,
  label,
  onOpen,
  onRetry,
}: {
  related: Fetched<RelatedResponse>;
  /** The story's own label for its related block, e.g. "More From World". */
  label: string | null;
  onOpen: (id: string) => void;
  onRetry: () => void;
}) {
  return (
    <>
      {related.value && <RelatedPanel related={related.value} label={label} onOpen={onOpen} />}
      {!related.value && related.loading && (
        <p className="related__loading">Finding related stories…</p>
      )}
      {related.error && (
        <aside className="related" aria-label="Related stories">
          <ErrorPanel
            title="Related stories could not be found."
            message={related.error.message}
            onRetry={onRetry}
          />
        </aside>
      )}
    </>
  );
}
