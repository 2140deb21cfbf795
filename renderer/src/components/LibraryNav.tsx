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
import { tagQuery } from '../model/tag-query';
import { LibraryNavCount, LibraryNavItem } from './LibraryNavItem';
import { LibraryNavTags } from './LibraryNavTags';

export { tagQuery };

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

export function LibraryNav({ overview, saved, query, panel, onQuery, onPanel }: LibraryNavProps) {
  const [tagsOpen, setTagsOpen] = useState(false);
  const tags = overview?.tags ?? [];
  const trimmed = panel === null ? query.trim() : null;
  const newMatches = (saved ?? []).reduce((sum, search) => sum + search.newMatches, 0);
  return (
    <nav className="library-nav" aria-label="Library">
      {overview?.message && (
        <p className="library-nav__message" role="status">
          {overview.message}
        </p>
      )}
      <ul className="library-nav__list">
        <LibraryNavItem current={trimmed === ''} onClick={() => onQuery('')}>
          All stories
        </LibraryNavItem>
        <LibraryNavItem current={trimmed === 'is:starred'} onClick={() => onQuery('is:starred')}>
          Starred <LibraryNavCount value={overview?.starred} />
        </LibraryNavItem>
        <LibraryNavItem current={trimmed === 'is:unread'} onClick={() => onQuery('is:unread')}>
          Unread <LibraryNavCount value={overview?.unread} />
        </LibraryNavItem>
        <LibraryNavItem current={panel === 'notes'} onClick={() => onPanel('notes')}>
          Notes and highlights
        </LibraryNavItem>
        <LibraryNavItem current={panel === 'history'} onClick={() => onPanel('history')}>
          History
        </LibraryNavItem>
        <LibraryNavItem current={panel === 'saved'} onClick={() => onPanel('saved')}>
          Saved searches{' '}
          {newMatches > 0 && (
            <span className="library-nav__new">{formatCount(newMatches)} new</span>
          )}
        </LibraryNavItem>
        <LibraryNavItem current={panel === 'missing'} onClick={() => onPanel('missing')}>
          Missing stories
        </LibraryNavItem>
        <li>
          <button
            type="button"
            aria-expanded={tagsOpen}
            aria-controls="library-tags"
            onClick={() => setTagsOpen(!tagsOpen)}
          >
            Tags <LibraryNavCount value={overview ? tags.length : undefined} />
          </button>
        </li>
      </ul>
      {tagsOpen && <LibraryNavTags tags={tags} currentQuery={trimmed} onQuery={onQuery} />}
    </nav>
  );
}
