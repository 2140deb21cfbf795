/**
 * A link to a story in the archive. A plain click opens it in the reader (a step in history);
 * the href names the story, so the link reads and behaves as a link.
 */
import type { MouseEvent, ReactNode } from 'react';

export interface StoryLinkProps {
  id: string;
  onOpen: (id: string) => void;
  children: ReactNode;
  className?: string;
}

export function storyHref(id: string): string {
  return `#story/${encodeURIComponent(id)}`;
}

export function StoryLink({ id, onOpen, children, className }: StoryLinkProps) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>): void => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    onOpen(id);
  };
  return (
    <a href={storyHref(id)} className={className ?? 'story-link'} onClick={onClick}>
      {children}
    </a>
  );
}
