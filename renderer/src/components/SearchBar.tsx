/**
 * The search box, always at hand in the toolbar (`/` or Ctrl/Cmd+F). Results follow the
 * typing (the app debounces); Enter searches at once; ↓ moves into the results; Esc clears
 * the box, or when it is empty goes to the list. A query the engine cannot read is explained
 * right under the box, tied to it for screen readers.
 */
import type { KeyboardEvent, Ref } from 'react';
import { SearchIcon } from './Icons';

export interface SearchBarProps {
  value: string;
  onChange: (value: string) => void;
  onSubmit: () => void;
  onEscape: () => void;
  onArrowDown: () => void;
  /** The engine's explanation of a query it cannot read, or null. */
  error: string | null;
  inputRef?: Ref<HTMLInputElement>;
  /** What the box says while empty (the library list shown, when one is). */
  placeholder?: string;
}

export const SEARCH_INPUT_ID = 'search-input';
const ERROR_ID = 'search-error';

export function SearchBar({
  value,
  onChange,
  onSubmit,
  onEscape,
  onArrowDown,
  error,
  inputRef,
  placeholder = 'Search stories',
}: SearchBarProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      if (value !== '') onChange('');
      else onEscape();
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      onArrowDown();
    }
  };
  return (
    <form
      role="search"
      className="search-bar"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <label htmlFor={SEARCH_INPUT_ID} className="visually-hidden">
        Search the archive
      </label>
      <div className="search-bar__field">
        <SearchIcon />
        <input
          id={SEARCH_INPUT_ID}
          ref={inputRef}
          className="search-bar__input"
          type="search"
          value={value}
          placeholder={placeholder}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? ERROR_ID : undefined}
          aria-keyshortcuts="/ Control+F"
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <kbd className="search-bar__hint" aria-hidden="true">
          /
        </kbd>
      </div>
      {error && (
        <p id={ERROR_ID} className="search-bar__error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
