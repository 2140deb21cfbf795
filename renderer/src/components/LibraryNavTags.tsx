/** The unfolded row of tags under the library nav: each one runs its `tag:` search. */
import type { LibraryOverview } from '../../../contract/api';
import { LibraryNavCount, LibraryNavItem } from './LibraryNavItem';
import { tagQuery } from '../model/tag-query';

export interface LibraryNavTagsProps {
  tags: LibraryOverview['tags'];
  /** The trimmed query shown now, or null while a panel is open. */
  currentQuery: string | null;
  onQuery: (query: string) => void;
}

export function LibraryNavTags({ tags, currentQuery, onQuery }: LibraryNavTagsProps) {
  return (
    <div id="library-tags" className="library-nav__tags">
      {tags.length === 0 && (
        <p className="library-nav__none">No tags yet: add them to a story in the reader.</p>
      )}
      <ul className="library-nav__list">
        {tags.map((tag) => (
          <LibraryNavItem
            key={tag.name}
            current={currentQuery === tagQuery(tag.name)}
            onClick={() => onQuery(tagQuery(tag.name))}
          >
            {tag.name} <LibraryNavCount value={tag.count} />
          </LibraryNavItem>
        ))}
      </ul>
    </div>
  );
}
