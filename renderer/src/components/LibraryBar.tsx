/**
 * The story's library controls in the reader: Star (a pressed button, `s` from anywhere), Read
 * (a checkbox: it shows a state, ticked once the story is read; `u` from anywhere), Notes
 * (`n`) to open the notes panel, and Export (Markdown, HTML, JSON, CSV). Tags sit beside, in
 * TagEditor.
 */
import type { ExportFormat, StoryLibraryState } from '../../../contract/api';
import { ExportMenu } from './ExportMenu';
import { StarIcon } from './Icons';

export interface LibraryBarProps {
  state: StoryLibraryState | null;
  notesOpen: boolean;
  onToggleStar: () => void;
  onToggleRead: () => void;
  onToggleNotes: () => void;
  onExport: (format: ExportFormat) => void;
}

export function LibraryBar({
  state,
  notesOpen,
  onToggleStar,
  onToggleRead,
  onToggleNotes,
  onExport,
}: LibraryBarProps) {
  const starred = state?.starred ?? false;
  const read = state?.read ?? false;
  const annotations = (state?.notes.length ?? 0) + (state?.highlights.length ?? 0);
  return (
    <div className="library-bar" role="group" aria-label="Your library">
      <button
        type="button"
        className="button button--quiet library-bar__star"
        aria-pressed={starred}
        aria-keyshortcuts="s"
        title="Star (s)"
        disabled={!state}
        onClick={onToggleStar}
      >
        <StarIcon filled={starred} />
        {starred ? 'Starred' : 'Star'}
      </button>
      <label className="button button--quiet library-bar__read" title="Read (u)">
        <input
          type="checkbox"
          checked={read}
          aria-keyshortcuts="u"
          disabled={!state}
          onChange={onToggleRead}
        />
        Read
      </label>
      <button
        type="button"
        className="button button--quiet"
        aria-expanded={notesOpen}
        aria-controls="story-notes"
        aria-keyshortcuts="n"
        title="Notes and highlights (n)"
        onClick={onToggleNotes}
      >
        Notes{annotations > 0 ? ` (${annotations})` : ''}
      </button>
      <ExportMenu label="Export" onExport={onExport} />
    </div>
  );
}
