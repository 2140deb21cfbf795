/**
 * A story's tags: each a chip with a remove button, and a field to add one (Enter adds). Tags
 * are stored lower case, so "Ports" and "ports" are one tag.
 */
import { useState, type FormEvent } from 'react';

export interface TagEditorProps {
  tags: readonly string[];
  onAdd: (tag: string) => void;
  onRemove: (tag: string) => void;
}

export function TagEditor({ tags, onAdd, onRemove }: TagEditorProps) {
  const [draft, setDraft] = useState('');
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const tag = draft.trim();
    if (tag === '') return;
    onAdd(tag);
    setDraft('');
  };
  return (
    <div className="tags" role="group" aria-labelledby="story-tags-label">
      <span id="story-tags-label" className="tags__label">
        Tags
      </span>
      <ul className="tags__list">
        {tags.map((tag) => (
          <li key={tag} className="tag-chip">
            <span>{tag}</span>
            <button
              type="button"
              className="tag-chip__remove"
              aria-label={`Remove tag ${tag}`}
              onClick={() => onRemove(tag)}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <form className="tags__form" onSubmit={submit}>
        <label className="visually-hidden" htmlFor="new-tag">
          Add a tag
        </label>
        <input
          id="new-tag"
          className="input input--small"
          value={draft}
          maxLength={100}
          placeholder="Add a tag"
          onChange={(event) => setDraft(event.target.value)}
        />
      </form>
    </div>
  );
}
