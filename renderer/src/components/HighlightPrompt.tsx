/**
 * Shown while text of the story is selected: "Highlight", with an optional note. It has a row
 * of its own under the story (not floating over the text, not in the reader's toolbar), so it
 * never covers what was selected, never reflows the toolbar, and is reached with Tab.
 */
import { useState, type FormEvent } from 'react';

export interface HighlightPromptProps {
  quote: string;
  onHighlight: (note: string) => void;
  onCancel: () => void;
}

export function HighlightPrompt({ quote, onHighlight, onCancel }: HighlightPromptProps) {
  const [note, setNote] = useState('');
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    onHighlight(note.trim());
  };
  return (
    <form className="highlight-prompt" aria-label="Highlight the selection" onSubmit={submit}>
      <p className="highlight-prompt__quote">
        “{quote.length > 60 ? `${quote.slice(0, 60)}…` : quote}”
      </p>
      <label className="visually-hidden" htmlFor="highlight-note">
        Note for this highlight (optional)
      </label>
      <input
        id="highlight-note"
        className="input input--small"
        placeholder="Note (optional)"
        maxLength={10_000}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      <button type="submit" className="button">
        Highlight
      </button>
      <button type="button" className="button button--quiet" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
