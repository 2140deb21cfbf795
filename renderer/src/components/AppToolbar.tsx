/**
 * The app's toolbar: Back and Forward, the search box (empty, naming the list, while a library
 * list is shown in place of the results), the theme, and the `?` sheet.
 */
import type { RefObject } from 'react';
import type { ThemeChoice } from '../state/reader-settings';
import { BackIcon, ForwardIcon } from './Icons';
import { SearchBar } from './SearchBar';
import { ThemeSelect } from './ThemeSelect';

export interface AppToolbarProps {
  canGoBack: boolean;
  canGoForward: boolean;
  onBack: () => void;
  onForward: () => void;
  /** What the search box shows, and its placeholder (undefined: the usual one). */
  searchValue: string;
  searchPlaceholder: string | undefined;
  searchRef: RefObject<HTMLInputElement | null>;
  queryError: string | null;
  onSearchChange: (value: string) => void;
  onSearchSubmit: () => void;
  onSearchEscape: () => void;
  onSearchArrowDown: () => void;
  theme: ThemeChoice;
  onTheme: (theme: ThemeChoice) => void;
  onShowShortcuts: () => void;
}

export function AppToolbar(props: AppToolbarProps) {
  return (
    <header className="toolbar">
      <h1 className="visually-hidden">Clippings</h1>
      <div className="toolbar__history">
        <button
          type="button"
          className="icon-button"
          aria-disabled={!props.canGoBack}
          aria-keyshortcuts="Alt+ArrowLeft"
          title="Back (Alt+←)"
          onClick={props.onBack}
        >
          <BackIcon />
          <span className="visually-hidden">Back</span>
        </button>
        <button
          type="button"
          className="icon-button"
          aria-disabled={!props.canGoForward}
          aria-keyshortcuts="Alt+ArrowRight"
          title="Forward (Alt+→)"
          onClick={props.onForward}
        >
          <ForwardIcon />
          <span className="visually-hidden">Forward</span>
        </button>
      </div>
      <SearchBar
        value={props.searchValue}
        placeholder={props.searchPlaceholder}
        inputRef={props.searchRef}
        error={props.queryError}
        onChange={props.onSearchChange}
        onSubmit={props.onSearchSubmit}
        onEscape={props.onSearchEscape}
        onArrowDown={props.onSearchArrowDown}
      />
      <div className="toolbar__end">
        <ThemeSelect value={props.theme} onChange={props.onTheme} />
        <button
          type="button"
          className="icon-button"
          aria-keyshortcuts="?"
          title="Keyboard shortcuts and where your data lives (?)"
          onClick={props.onShowShortcuts}
        >
          <span aria-hidden="true" className="icon-button__text">
            ?
          </span>
          <span className="visually-hidden">Keyboard shortcuts</span>
        </button>
      </div>
    </header>
  );
}
