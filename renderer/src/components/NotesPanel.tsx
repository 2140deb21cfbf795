/**
 * The story's notes and highlights: each note dated, with Delete; a field to write a new one
 * (`n` from anywhere opens the panel here); the highlights in reading order with their notes,
 * those whose text is no longer in the story marked so. Esc in the field gives focus back to
 * the story (the panel stays open, the draft kept); Close closes it.
 */
import { useEffect, useRef, type FormEvent, type KeyboardEvent } from 'react';
import type { StoryLibraryState } from '../../../contract/api';

export interface NotesPanelProps {
  state: StoryLibraryState;
  /** True when the note field should take focus (the reader pressed `n`). */
  focusRequested: boolean;
  /** Called once the field has taken the focus asked for. */
  onFocused: () => void;
  /** The note being written, kept by the reader while the panel is closed. */
  draft: string;
  onDraft: (text: string) => void;
  /** Esc in the field: focus goes back to the story. */
  onEscape: () => void;
  onClose: () => void;
  onAddNote: (text: string) => Promise<boolean>;
  onDeleteNote: (noteId: number) => void;
  onDeleteHighlight: (highlightId: number) => void;
}

/** `2026-11-27T10:15:00Z` → `27 Nov 2026, 10:15` in the reader's own time zone. */
export function formatInstant(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

export function NotesPanel({
  state,
  focusRequested,
  onFocused,
  draft,
  onDraft,
  onEscape,
  onClose,
  onAddNote,
  onDeleteNote,
  onDeleteHighlight,
}: NotesPanelProps) {
  const fieldRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (!focusRequested) return;
    fieldRef.current?.focus();
    onFocused();
  }, [focusRequested, onFocused]);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (draft.trim() === '') return;
    if (await onAddNote(draft)) onDraft('');
  };

  const onFieldKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit(event);
    if (event.key === 'Escape') {
      event.preventDefault();
      onEscape();
    }
  };

  return (
    <section id="story-notes" className="notes-panel" aria-labelledby="notes-heading">
      <div className="notes-panel__top">
        <h2 id="notes-heading" className="notes-panel__heading">
          Notes and highlights
        </h2>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close<span className="visually-hidden"> the notes</span>
        </button>
      </div>
      {state.notes.length > 0 && (
        <ul className="notes-panel__list">
          {state.notes.map((note) => (
            <li key={note.id} className="note">
              <p className="note__text">{note.text}</p>
              <p className="note__meta">
                <time dateTime={note.created}>{formatInstant(note.created)}</time>
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Delete the note of ${formatInstant(note.created)}`}
                  onClick={() => onDeleteNote(note.id)}
                >
                  Delete
                </button>
              </p>
            </li>
          ))}
        </ul>
      )}
      <form className="notes-panel__form" onSubmit={(event) => void submit(event)}>
        <label htmlFor="new-note" className="visually-hidden">
          New note
        </label>
        <textarea
          id="new-note"
          ref={fieldRef}
          className="input notes-panel__field"
          placeholder="New note (Ctrl+Enter adds it)"
          rows={2}
          maxLength={10_000}
          value={draft}
          onChange={(event) => onDraft(event.target.value)}
          onKeyDown={onFieldKeyDown}
        />
        <button type="submit" className="button" disabled={draft.trim() === ''}>
          Add note
        </button>
      </form>
      {state.highlights.length > 0 && (
        <>
          <h3 className="notes-panel__subheading">Highlights</h3>
          <ul className="notes-panel__list">
            {state.highlights.map((highlight) => (
              <li key={highlight.id} className="note">
                <p className="note__quote">
                  <mark className="user-highlight">{highlight.quote}</mark>
                  {highlight.anchor === null && (
                    <span className="note__lost"> (no longer in the story)</span>
                  )}
                </p>
                {highlight.note && <p className="note__text">{highlight.note}</p>}
                <p className="note__meta">
                  <time dateTime={highlight.created}>{formatInstant(highlight.created)}</time>
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Delete the highlight “${highlight.quote.slice(0, 40)}”`}
                    onClick={() => onDeleteHighlight(highlight.id)}
                  >
                    Delete
                  </button>
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
