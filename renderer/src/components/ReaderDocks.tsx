/**
 * What docks under the story, never in it (the text keeps its place): the highlight prompt's
 * row while text is selected (or why the selection cannot be highlighted), and the notes panel.
 */
import type { RefObject } from 'react';
import type { StorySelection } from '../hooks/use-story-selection';
import type { StoryNotes } from '../hooks/use-story-notes';
import { changes, type StoryLibrary } from '../queries/use-library';
import { HighlightPrompt } from './HighlightPrompt';
import { NotesPanel } from './NotesPanel';

export interface ReaderDocksProps {
  selection: StorySelection;
  onHighlight: (note: string) => void;
  notes: StoryNotes;
  library: StoryLibrary;
  /** The story shown (the library state must be this story's). */
  shownId: string | null;
  /** Where Esc in the note field sends focus. */
  storyRef: RefObject<HTMLElement | null>;
}

export function ReaderDocks({
  selection,
  onHighlight,
  notes,
  library,
  shownId,
  storyRef,
}: ReaderDocksProps) {
  const state = library.state?.id === shownId ? library.state : null;
  return (
    <>
      {(selection.pending || selection.note) && (
        <div className="reader__prompt">
          {selection.pending ? (
            <HighlightPrompt
              quote={selection.pending.selector.quote}
              onHighlight={onHighlight}
              onCancel={selection.cancel}
            />
          ) : (
            <p className="reader__note" role="status">
              {selection.note}
            </p>
          )}
        </div>
      )}
      {notes.open && state && (
        <div className="reader__notes">
          <NotesPanel
            state={state}
            focusRequested={notes.focusRequested}
            onFocused={notes.focused}
            draft={notes.draft}
            onDraft={notes.setDraft}
            onEscape={() => storyRef.current?.focus()}
            onClose={notes.close}
            onAddNote={async (text) => (await library.change(changes.addNote(text))) !== null}
            onDeleteNote={(noteId) => void library.change(changes.deleteNote(noteId))}
            onDeleteHighlight={(highlightId) =>
              void library.change(changes.deleteHighlight(highlightId))
            }
          />
        </div>
      )}
    </>
  );
}
