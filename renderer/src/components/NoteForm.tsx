/**
 * The field to write a new note in the notes panel. Ctrl/Cmd+Enter adds it; Esc gives focus
 * back to the story (the draft kept); it takes the focus when the reader presses `n`.
 */
import { useEffect, useRef, type FormEvent, type KeyboardEvent } from 'react';

export interface NoteFormProps {
  focusRequested: boolean;
  onFocused: () => void;
  draft: string;
  onDraft: (text: string) => void;
  onEscape: () => void;
  onAddNote: (text: string) => Promise<boolean>;
}

export function NoteForm({
  focusRequested,
  onFocused,
  draft,
  onDraft,
  onEscape,
  onAddNote,
}: NoteFormProps) {
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
  );
}
