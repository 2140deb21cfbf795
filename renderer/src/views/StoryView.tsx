/**
 * The reader: the toolbar (ReaderBar), one story in a readable measure (StoryHeader with the
 * reader's library, StoryText with the search's words marked — Enter / Shift+Enter step
 * through them —, StoryFooter with where it came from), the related stories beside or below
 * (RelatedArea), and, docked under the story, the highlight prompt and the notes (ReaderDocks).
 * This file wires them: focus on the headline when asked, scroll to the top of a new story,
 * copy as text, and the announcements for screen readers.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ExportFormat } from '../../../contract/api';
import { ReaderBar } from '../components/ReaderBar';
import { ReaderDocks } from '../components/ReaderDocks';
import { RelatedArea } from '../components/RelatedArea';
import { StoryEntities } from '../components/StoryEntities';
import { StoryError } from '../components/StoryError';
import { StoryFooter } from '../components/StoryFooter';
import { StoryHeader } from '../components/StoryHeader';
import { StoryText } from '../components/StoryText';
import { useMatchStepping } from '../hooks/use-match-stepping';
import { useStoryNotes } from '../hooks/use-story-notes';
import { useStorySelection } from '../hooks/use-story-selection';
import { copyText } from '../model/copy-text';
import { otherSaves } from '../model/other-saves';
import { matchStarts } from '../model/story-matches';
import { storyAsText } from '../model/story-text';
import type { TextSize } from '../state/reader-settings';
import type { StoryLibrary } from '../queries/use-library';
import type { StoryAnswer } from '../queries/use-story';

export interface StoryViewProps {
  answer: StoryAnswer;
  archivePath: string | null;
  textSize: TextSize;
  onTextSize: (direction: 1 | -1) => void;
  onOpen: (id: string) => void;
  onRetry: () => void;
  onBackToList: () => void;
  /** Changes when the app wants focus on the story's headline (once it is shown). */
  focusToken: number;
  /** The story's library state and its changes. */
  library: StoryLibrary;
  /** Changes when the app wants the notes panel open with focus in its field (`n`). */
  noteToken: number;
  onToggleStar: () => void;
  onToggleRead: () => void;
  onExport: (format: ExportFormat) => void;
}

const INTERACTIVE = 'a, button, input, select, textarea, summary, [role="listbox"]';

export function StoryView(props: StoryViewProps) {
  const { answer, library, focusToken, onBackToList, onRetry } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const articleRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusedToken = useRef(0);
  const [announcement, setAnnouncement] = useState('');

  const response = answer.story.value;
  const shownId = response?.story.id ?? null;
  const starts = response ? matchStarts(response) : null;
  const match = useMatchStepping(
    `${shownId ?? ''}\n${answer.query}`,
    starts?.total ?? 0,
    scrollRef,
    setAnnouncement,
  );
  // `n`: the notes panel opens on this story (NotesPanel then focuses its field).
  const notes = useStoryNotes(answer.id, props.noteToken);
  const selection = useStorySelection(response, articleRef, library);

  useEffect(() => {
    if (shownId === null) return;
    scrollRef.current?.scrollTo?.({ top: 0 });
  }, [shownId]);

  useEffect(() => {
    if (shownId === null || focusedToken.current === focusToken) return;
    focusedToken.current = focusToken;
    headingRef.current?.focus({ preventScroll: true });
  }, [focusToken, shownId]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key !== 'Enter' || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.target instanceof Element && event.target.closest(INTERACTIVE)) return;
    event.preventDefault();
    match.step(event.shiftKey ? -1 : 1);
  };

  const copy = (): void => {
    if (!response) return;
    copyText(storyAsText(response.story)).then(
      () => setAnnouncement('Copied the story as text.'),
      () => setAnnouncement('The story could not be copied. Select the text and copy it instead.'),
    );
  };

  const highlight = (note: string): void => {
    void selection.highlight(note).then((saved) => {
      if (saved) setAnnouncement('Highlighted.');
    });
  };

  const libraryState = library.state?.id === shownId ? library.state : null;
  const anchors = libraryState?.highlights.map((highlight) => highlight.anchor) ?? [];
  const storyError = answer.story.error;
  const duplicates = otherSaves(shownId, response?.duplicates, answer.related.value?.duplicates);

  return (
    <div className="reader" data-text-size={props.textSize} onKeyDown={onKeyDown}>
      <ReaderBar
        matches={starts?.total ?? 0}
        currentMatch={match.current}
        onStepMatch={match.step}
        textSize={props.textSize}
        onTextSize={props.onTextSize}
        canCopy={response !== null}
        onCopy={copy}
        onBackToList={onBackToList}
      />
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <div
        ref={scrollRef}
        className="reader__scroll"
        tabIndex={0}
        role="region"
        aria-label="Story"
        aria-busy={answer.story.loading ? true : undefined}
      >
        {storyError && <StoryError error={storyError} onRetry={onRetry} onBack={onBackToList} />}
        {!response && answer.story.loading && <p className="reader__loading">Opening the story…</p>}
        {response && starts && (
          <div className="reader__layout">
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
                currentMatch={match.current}
                anchors={anchors}
                headingRef={headingRef}
                library={library}
                notesOpen={notes.open}
                onToggleNotes={notes.toggle}
                onToggleStar={props.onToggleStar}
                onToggleRead={props.onToggleRead}
                onExport={props.onExport}
              />
              <StoryText
                response={response}
                starts={starts}
                currentMatch={match.current}
                anchors={anchors}
              />
              <StoryEntities
                storyId={response.story.id}
                entities={response.story.entities}
                onOpenStory={props.onOpen}
              />
              <StoryFooter
                story={response.story}
                archivePath={props.archivePath}
                duplicates={duplicates}
                onOpen={props.onOpen}
              />
            </article>
            <RelatedArea
              related={answer.related}
              label={response.story.related.label}
              onOpen={props.onOpen}
              onRetry={onRetry}
            />
          </div>
        )}
      </div>
      <ReaderDocks
        selection={selection}
        onHighlight={highlight}
        notes={notes}
        library={library}
        shownId={shownId}
        storyRef={scrollRef}
      />
    </div>
  );
}
