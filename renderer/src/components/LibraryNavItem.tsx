/** One button of the library nav, marked as the current page when it is what the list shows. */
import type { ReactNode } from 'react';
import { formatCount } from '../model/story-dates';

export interface LibraryNavItemProps {
  current: boolean;
  onClick: () => void;
  children: ReactNode;
}

export function LibraryNavItem({ current, onClick, children }: LibraryNavItemProps) {
  return (
    <li>
      <button type="button" aria-current={current ? 'page' : undefined} onClick={onClick}>
        {children}
      </button>
    </li>
  );
}

/** The count after a nav item's name; nothing while it is not known yet. */
export function LibraryNavCount({ value }: { value: number | undefined }) {
  return value === undefined ? null : (
    <span className="library-nav__count">{formatCount(value)}</span>
  );
}
