/** The line under a note or a highlight: when it was made, and a Delete button. */
import { formatInstant } from '../model/format-instant';

export interface DatedDeleteProps {
  created: string;
  /** What the Delete button says to a screen reader. */
  deleteLabel: string;
  onDelete: () => void;
}

export function DatedDelete({ created, deleteLabel, onDelete }: DatedDeleteProps) {
  return (
    <p className="note__meta">
      <time dateTime={created}>{formatInstant(created)}</time>
      <button type="button" className="link-button" aria-label={deleteLabel} onClick={onDelete}>
        Delete
      </button>
    </p>
  );
}
