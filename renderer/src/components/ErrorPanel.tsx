/** A failed call in words, with what the user can do about it: never a blank pane. */
export interface ErrorPanelProps {
  title: string;
  message: string;
  onRetry?: () => void;
  /** A second way out, e.g. back to the list. */
  action?: { label: string; onClick: () => void };
}

export function ErrorPanel({ title, message, onRetry, action }: ErrorPanelProps) {
  return (
    <div className="error-panel" role="alert">
      <p className="error-panel__title">{title}</p>
      <p className="error-panel__message">{message}</p>
      <div className="error-panel__actions">
        {onRetry && (
          <button type="button" className="button" onClick={onRetry}>
            Try again
          </button>
        )}
        {action && (
          <button type="button" className="button button--quiet" onClick={action.onClick}>
            {action.label}
          </button>
        )}
      </div>
    </div>
  );
}
