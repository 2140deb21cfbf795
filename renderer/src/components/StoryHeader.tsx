/**
 * The story's head in the reader: section and date, the headline (focused when the story
 * opens), byline, publication, then the reader's library in one row where it fits (star,
 * read, notes, export, tags) and any error of the library.
 */
import type { Ref } from 'react';
import type { ExportFormat, HighlightAnchor, StoryResponse } from '../../../contract/api';
import { markedIn, type MatchStarts } from '../model/story-matches';
import { formatSection, formatStoryDate } from '../model/story-dates';
import { changes, type StoryLibrary } from '../queries/use-library';
import { HighlightedText } from './HighlightedText';
import { LibraryBar } from './LibraryBar';
import { TagEditor } from './TagEditor';

export interface StoryHeaderProps {
  response: StoryResponse;
  starts: MatchStarts;
  currentMatch: number;
  anchors: readonly (HighlightAnchor | null)[];
  headingRef: Ref<HTMLHeadingElement>;
  library: StoryLibrary;
  notesOpen: boolean;
  onToggleNotes: () => void;
  onToggleStar: () => void;
  onToggleRead: () => void;
  onExport: (format: ExportFormat) => void;
}

export function StoryHeader({
  response,
  starts,
  currentMatch,
  anchors,
  headingRef,
  library,
  ...actions
}: StoryHeaderProps) {
  const { story } = response;
  const libraryState = library.state?.id === story.id ? library.state : null;
  return (
    <header className="story__header">
      <p className="story__kicker">
        <span>{formatSection(story.section)}</span>
        <span aria-hidden="true"> · </span>
        <time dateTime={story.date ?? undefined}>{formatStoryDate(story.date, 'long')}</time>
      </p>
      <h1 id="story-title" className="story__title" ref={headingRef} tabIndex={-1}>
        <span data-part="title" data-index={0}>
          <HighlightedText
            text={story.title || 'Untitled story'}
            ranges={response.highlights?.title}
            firstMatch={starts.title}
            currentMatch={currentMatch}
            marked={markedIn(anchors, 'title', 0)}
          />
        </span>
      </h1>
      {story.byline && <p className="story__byline">By {story.byline}</p>}
      {story.publication && <p className="story__publication">{story.publication}</p>}
      {/* One row where it fits: the library's buttons, then the tags. */}
      <div className="story__library">
        <LibraryBar
          state={libraryState}
          notesOpen={actions.notesOpen}
          onToggleStar={actions.onToggleStar}
          onToggleRead={actions.onToggleRead}
          onToggleNotes={actions.onToggleNotes}
          onExport={actions.onExport}
        />
        {libraryState && (
          <TagEditor
            tags={libraryState.tags}
            onAdd={(tag) => void library.change(changes.tag(tag))}
            onRemove={(tag) => void library.change(changes.untag(tag))}
          />
        )}
      </div>
      {library.changeError && (
        <p className="story__library-error" role="alert">
          {library.changeError.message}
        </p>
      )}
      {library.error && (
        <p className="story__library-error" role="alert">
          {library.error.message}
        </p>
      )}
    </header>
  );
}
