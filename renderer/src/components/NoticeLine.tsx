/**
 * The status line under the panes: the app's one message, in a polite live region of its
 * own row, so it never covers the story or the list. A failure keeps a Dismiss button.
 */
import type { Notice } from '../hooks/use-notice';

export function NoticeLine({
  notice,
  onDismiss,
}: {
  notice: Notice | null;
  onDismiss: () => void;
}) {
  return (
    <div className="app__notice" role="status" aria-live="polite" data-kind={notice?.kind}>
      {notice && (
        <>
          <p className="app__notice-text">{notice.text}</p>
          {notice.kind === 'error' && (
            <button type="button" className="button button--quiet" onClick={onDismiss}>
              Dismiss
            </button>
          )}
        </>
      )}
    </div>
  );
}
