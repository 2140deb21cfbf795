/**
 * Where the story came from: its place in a file of many stories ("12 of 161"), its format,
 * file and archive, "Open original", a saved page's or clipping's address (opened in the
 * browser) and the story's other saves. What could not be read is said above the story
 * (StoryWarnings).
 */
import type { Story, StoryRef } from '../../../contract/api';
import { FORMAT_NAMES, sourceLink } from '../model/story-source';
import { OpenOriginalButton } from './OpenOriginalButton';
import { StoryLink } from './StoryLink';

export interface StoryFooterProps {
  story: Story;
  archivePath: string | null;
  /** Other saves of this story (not itself). */
  duplicates: readonly StoryRef[];
  onOpen: (id: string) => void;
}

export function StoryFooter({ story, archivePath, duplicates, onOpen }: StoryFooterProps) {
  const source = sourceLink(story.source);
  return (
    <footer className="story__footer">
      <p>
        {story.position && `${story.position.index} of ${story.position.count} · `}
        {FORMAT_NAMES[story.format]} <code className="story__file">{story.file}</code>
        {archivePath && (
          <>
            {' '}
            in <code className="story__file">{archivePath}</code>
          </>
        )}{' '}
        <OpenOriginalButton id={story.id} />
      </p>
      {source && (
        <p>
          Saved from{' '}
          {/* A new window: Electron's window-open handler gives it to the OS browser
              (http and https only); the browser mode opens a tab. */}
          <a
            className="story__source"
            href={source.href}
            target="_blank"
            rel="noopener noreferrer"
            referrerPolicy="no-referrer"
          >
            {source.label}
          </a>
        </p>
      )}
      {duplicates.length > 0 && (
        <p>
          Also saved as{' '}
          {duplicates.map((ref, index) => (
            <span key={ref.id}>
              {index > 0 && ', '}
              <StoryLink id={ref.id} onOpen={onOpen}>
                {ref.id}
              </StoryLink>
            </span>
          ))}
          .
        </p>
      )}
    </footer>
  );
}
