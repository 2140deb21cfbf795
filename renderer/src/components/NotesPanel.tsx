/**
 * The story's notes and highlights: each note dated, with Delete; a field to write a new one
 * (`n` from anywhere opens the panel here); the highlights in reading order with their notes,
 * those whose text is no longer in the story marked so.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { StoryLibraryState } from '../../../contract/api';

export interface NotesPanelProps {
  state: StoryLibraryState;
  /** Changes when the note field should take focus. */
  focusToken: number;
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
  focusToken,
  onAddNote,
  onDeleteNote,
  onDeleteHighlight,
}: NotesPanelProps) {
  const [draft, setDraft] = useState('');
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const focused = useRef(0);

  useEffect(() => {
    if (focusToken === focused.current) return;
    focused.current = focusToken;
    fieldRef.current?.focus();
  }, [focusToken]);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (draft.trim() === '') return;
    if (await onAddNote(draft)) setDraft('');
  };

  return (
    <section id="story-notes" className="notes-panel" aria-labelledby="notes-heading">
      <h2 id="notes-heading" className="notes-panel__heading">
        Notes and highlights
      </h2>
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
        <label htmlFor="new-note" className="notes-panel__label">
          New note
        </label>
        <textarea
          id="new-note"
          ref={fieldRef}
          className="input notes-panel__field"
          rows={3}
          maxLength={10_000}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit(event);
          }}
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
