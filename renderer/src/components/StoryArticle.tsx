/**
 * The story itself in the reader: its head with the reader's library (StoryHeader), its text
 * with the search's words and the highlights marked (StoryText), the people and places in it
 * (StoryEntities), and where it came from (StoryFooter). Letting go of a selection in it (mouse
 * or Shift) offers the selection for highlighting.
 */
import type { Ref } from 'react';
import type { ExportFormat, StoryRef, StoryResponse } from '../../../contract/api';
import type { StorySelection } from '../hooks/use-story-selection';
import type { StoryNotes } from '../hooks/use-story-notes';
import type { MatchStarts } from '../model/story-matches';
import type { StoryLibrary } from '../queries/use-library';
import { StoryEntities } from './StoryEntities';
import { StoryFooter } from './StoryFooter';
import { StoryHeader } from './StoryHeader';
import { StoryText } from './StoryText';

export interface StoryArticleProps {
  response: StoryResponse;
  /** The archive generation the story was read at. */
  generation: number;
  starts: MatchStarts;
  currentMatch: number;
  articleRef: Ref<HTMLElement>;
  headingRef: Ref<HTMLHeadingElement>;
  selection: StorySelection;
  library: StoryLibrary;
  notes: StoryNotes;
  archivePath: string | null;
  /** Other saves of this story (not itself). */
  duplicates: readonly StoryRef[];
  onOpen: (id: string) => void;
  onToggleStar: () => void;
  onToggleRead: () => void;
  onExport: (format: ExportFormat) => void;
}

export function StoryArticle({
  response,
  generation,
  starts,
  currentMatch,
  articleRef,
  headingRef,
  selection,
  library,
  notes,
  archivePath,
  duplicates,
  onOpen,
  ...libraryActions
}: StoryArticleProps) {
  // The highlights of this story only (the library's state may still be the previous story's).
  const libraryState = library.state?.id === response.story.id ? library.state : null;
  const anchors = libraryState?.highlights.map((highlight) => highlight.anchor) ?? [];
  return (
    <article
      className="story"
      aria-labelledby="story-title"
      ref={articleRef}
      onMouseUp={selection.onSelectionEnd}
      onKeyUp={(event) => {
        if (event.shiftKey || event.key === 'Shift') selection.onSelectionEnd();
      }}
    >
      <StoryHeader
        response={response}
        starts={starts}
        currentMatch={currentMatch}
        anchors={anchors}
        headingRef={headingRef}
        library={library}
        notesOpen={notes.open}
        onToggleNotes={notes.toggle}
        {...libraryActions}
      />
      <StoryText
        response={response}
        starts={starts}
        currentMatch={currentMatch}
        anchors={anchors}
      />
      <StoryEntities
        storyId={response.story.id}
        generation={generation}
        entities={response.story.entities}
        onOpenStory={onOpen}
      />
      <StoryFooter
        story={response.story}
        archivePath={archivePath}
        duplicates={duplicates}
        onOpen={onOpen}
      />
    </article>
  );
}
