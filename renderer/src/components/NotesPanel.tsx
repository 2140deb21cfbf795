/**
 * The story's notes and highlights: each note dated, with Delete; a field to write a new one
 * (`n` from anywhere opens the panel here); the highlights in reading order with their notes,
 * those whose text is no longer in the story marked so. Esc in the field gives focus back to
 * the story (the panel stays open, the draft kept); Close closes it.
 */
import type { StoryLibraryState } from '../../../contract/api';
import { formatInstant } from '../model/format-instant';
import { DatedDelete } from './DatedDelete';
import { NoteForm } from './NoteForm';

export { formatInstant };

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
              <DatedDelete
                created={note.created}
                deleteLabel={`Delete the note of ${formatInstant(note.created)}`}
                onDelete={() => onDeleteNote(note.id)}
              />
            </li>
          ))}
        </ul>
      )}
      <NoteForm
        focusRequested={focusRequested}
        onFocused={onFocused}
        draft={draft}
        onDraft={onDraft}
        onEscape={onEscape}
        onAddNote={onAddNote}
      />
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
                <DatedDelete
                  created={highlight.created}
                  deleteLabel={`Delete the highlight “${highlight.quote.slice(0, 40)}”`}
                  onDelete={() => onDeleteHighlight(highlight.id)}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
