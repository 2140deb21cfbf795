/** The empty answer, with what to try next: drop a filter, loosen the spelling. */
import { isBrowse, type ListQuery } from '../model/list-query';
import { noResultSuggestions } from '../model/no-result-suggestions';

export interface NoResultsProps {
  list: ListQuery;
  onTry: (list: ListQuery) => void;
}

export function NoResults({ list, onTry }: NoResultsProps) {
  const suggestions = noResultSuggestions(list);
  const browsing = isBrowse(list);
  return (
    <div className="no-results">
      <p className="no-results__title">
        {browsing ? 'No stories here yet.' : `No stories match “${list.query.trim()}”.`}
      </p>
      {suggestions.length > 0 ? (
        <>
          <p>Try:</p>
          <ul className="no-results__list">
            {suggestions.map((suggestion) => (
              <li key={suggestion.label}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onTry(suggestion.query)}
                >
                  {suggestion.label}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        !browsing && (
          <p>
            Check the spelling, use fewer words, or end a word with * to match its beginning (elect*
            finds election and electorate).
          </p>
        )
      )}
    </div>
  );
}
