/**
 * What can be done with the list shown: save it as a search (it then counts its new matches),
 * and export every story it holds (Markdown, HTML, JSON, CSV).
 */
import { useState, type FormEvent } from 'react';
import type { ExportFormat } from '../../../contract/api';
import { ExportMenu } from './ExportMenu';

export interface ListActionsProps {
  /** Browsing (no query) cannot be saved as a search. */
  canSave: boolean;
  onSave: (name: string) => Promise<boolean>;
  onExport: (format: ExportFormat) => void;
}

export function ListActions({ canSave, onSave, onExport }: ListActionsProps) {
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (name.trim() === '') return;
    if (await onSave(name.trim())) {
      setNaming(false);
      setName('');
    }
  };
  return (
    <div className="list-actions">
      {canSave && !naming && (
        <button type="button" className="button button--quiet" onClick={() => setNaming(true)}>
          Save search
        </button>
      )}
      {naming && (
        <form
          className="list-actions__form"
          aria-label="Save this search"
          onSubmit={(event) => void submit(event)}
        >
          <label htmlFor="saved-search-name" className="visually-hidden">
            Name of the saved search
          </label>
          <input
            id="saved-search-name"
            className="input input--small"
            placeholder="Name"
            maxLength={100}
            autoFocus
            value={name}
            onChange={(event) => setName(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.stopPropagation();
                setNaming(false);
              }
            }}
          />
          <button type="submit" className="button" disabled={name.trim() === ''}>
            Save
          </button>
          <button type="button" className="button button--quiet" onClick={() => setNaming(false)}>
            Cancel
          </button>
        </form>
      )}
      <ExportMenu label="Export list" onExport={onExport} />
    </div>
  );
}
