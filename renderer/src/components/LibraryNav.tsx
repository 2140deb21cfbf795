/**
 * The library's ways into the archive, at the top of the list pane: All stories, Starred,
 * Unread (with counts), Notes and highlights, History, Saved searches (with how many new
 * matches they have), Missing stories, and the tags. Starred, Unread and a tag are searches
 * (`is:starred`, `is:unread`, `tag:…`), so they combine with everything a search does; the
 * others open a list of their own in place of the results. Tags is always there, last (so no
 * button moves when the first tag is added): it unfolds a row of the tags.
 */
import { useState } from 'react';
import type { LibraryOverview, SavedSearch } from '../../../contract/api';
import { formatCount } from '../model/story-dates';

export type LibraryPanelName = 'notes' | 'history' | 'saved' | 'missing';

export interface LibraryNavProps {
  overview: LibraryOverview | null;
  saved: readonly SavedSearch[] | null;
  /** The query shown now, to mark Starred, Unread or a tag as current. */
  query: string;
  panel: LibraryPanelName | null;
  onQuery: (query: string) => void;
  onPanel: (panel: LibraryPanelName) => void;
}

/** `tag:ports`, or `tag:"long form"` for a tag with spaces. */
export function tagQuery(tag: string): string {
  return /[\s"]/.test(tag) ? `tag:"${tag.replace(/"/g, '')}"` : `tag:${tag}`;
}

export function LibraryNav({ overview, saved, query, panel, onQuery, onPanel }: LibraryNavProps) {
  const [tagsOpen, setTagsOpen] = useState(false);
  const tags = overview?.tags ?? [];
  const current = (active: boolean) => (active ? ('page' as const) : undefined);
  const trimmed = panel === null ? query.trim() : null;
  const newMatches = (saved ?? []).reduce((sum, search) => sum + search.newMatches, 0);
  const count = (value: number | undefined) =>
    value === undefined ? null : <span className="library-nav__count">{formatCount(value)}</span>;
  return (
    <nav className="library-nav" aria-label="Library">
      {overview?.message && (
        <p className="library-nav__message" role="status">
          {overview.message}
        </p>
      )}
      <ul className="library-nav__list">
        <li>
          <button type="button" aria-current={current(trimmed === '')} onClick={() => onQuery('')}>
            All stories
          </button>
        </li>
        <li>
          <button
            type="button"
            aria-current={current(trimmed === 'is:starred')}
            onClick={() => onQuery('is:starred')}
          >
            Starred {count(overview?.starred)}
          </button>
        </li>
        <li>
          <button
            type="button"
            aria-current={current(trimmed === 'is:unread')}
            onClick={() => onQuery('is:unread')}
          >
            Unread {count(overview?.unread)}
          </button>
        </li>
        <li>
          <button
            type="button"
            aria-current={current(panel === 'notes')}
            onClick={() => onPanel('notes')}
          >
            Notes and highlights
          </button>
        </li>
        <li>
          <button
            type="button"
            aria-current={current(panel === 'history')}
            onClick={() => onPanel('history')}
          >
            History
          </button>
        </li>
        <li>
          <button
            type="button"
            aria-current={current(panel === 'saved')}
            onClick={() => onPanel('saved')}
          >
            Saved searches{' '}
            {newMatches > 0 && (
              <span className="library-nav__new">{formatCount(newMatches)} new</span>
            )}
          </button>
        </li>
        <li>
          <button
            type="button"
            aria-current={current(panel === 'missing')}
            onClick={() => onPanel('missing')}
          >
            Missing stories
          </button>
        </li>
        <li>
          <button
            type="button"
            aria-expanded={tagsOpen}
            aria-controls="library-tags"
            onClick={() => setTagsOpen(!tagsOpen)}
          >
            Tags {count(overview ? tags.length : undefined)}
          </button>
        </li>
      </ul>
      {tagsOpen && (
        <div id="library-tags" className="library-nav__tags">
          {tags.length === 0 && (
            <p className="library-nav__none">No tags yet: add them to a story in the reader.</p>
          )}
          <ul className="library-nav__list">
            {tags.map((tag) => (
              <li key={tag.name}>
                <button
                  type="button"
                  aria-current={current(trimmed === tagQuery(tag.name))}
                  onClick={() => onQuery(tagQuery(tag.name))}
                >
                  {tag.name} {count(tag.count)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </nav>
  );
}
