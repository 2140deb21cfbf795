/**
 * The reader: the toolbar (ReaderBar), one story in a readable measure (StoryArticle: its
 * head with the reader's library, its text with the search's words marked — Enter /
 * Shift+Enter step through them —, where it came from), the related stories beside or below
 * (RelatedArea), and, docked under the story, the highlight prompt and the notes (ReaderDocks).
 * This file wires them; the hooks hold the rest: where a new story lands (useStoryArrival),
 * copy, highlight and what screen readers hear (useReaderAnnouncements).
 */
import { useRef, type KeyboardEvent } from 'react';
import type { ExportFormat } from '../../../contract/api';
import { ReaderBar } from '../components/ReaderBar';
import { ReaderDocks } from '../components/ReaderDocks';
import { RelatedArea } from '../components/RelatedArea';
import { StoryArticle } from '../components/StoryArticle';
import { StoryError } from '../components/StoryError';
import { useMatchStepping } from '../hooks/use-match-stepping';
import { useReaderAnnouncements } from '../hooks/use-reader-announcements';
import { useStoryArrival } from '../hooks/use-story-arrival';
import { useStoryNotes } from '../hooks/use-story-notes';
import { useStorySelection } from '../hooks/use-story-selection';
import { otherSaves } from '../model/other-saves';
import { matchStarts } from '../model/story-matches';
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

/** Enter / Shift+Enter outside the story's controls steps through the search's matches. */
function stepOnEnter(step: (delta: 1 | -1) => void) {
  return (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key !== 'Enter' || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.target instanceof Element && event.target.closest(INTERACTIVE)) return;
    event.preventDefault();
    step(event.shiftKey ? -1 : 1);
  };
}

export function StoryView(props: StoryViewProps) {
  const { answer, library, onBackToList, onRetry } = props;
  const articleRef = useRef<HTMLElement>(null);
  const response = answer.story.value;
  const shownId = response?.story.id ?? null;
  const starts = response ? matchStarts(response) : null;
  const { scrollRef, headingRef } = useStoryArrival(shownId, props.focusToken);
  // `n`: the notes panel opens on this story (NotesPanel then focuses its field).
  const notes = useStoryNotes(answer.id, props.noteToken);
  const selection = useStorySelection(response, articleRef, library);
  const said = useReaderAnnouncements(response, selection);
  const matchKey = `${shownId ?? ''}\n${answer.query}`;
  const match = useMatchStepping(matchKey, starts?.total ?? 0, scrollRef, said.announce);
  const storyError = answer.story.error;
  const duplicates = otherSaves(shownId, response?.duplicates, answer.related.value?.duplicates);

  return (
    <div className="reader" data-text-size={props.textSize} onKeyDown={stepOnEnter(match.step)}>
      <ReaderBar
        matches={starts?.total ?? 0}
        currentMatch={match.current}
        onStepMatch={match.step}
        textSize={props.textSize}
        onTextSize={props.onTextSize}
        canCopy={response !== null}
        onCopy={said.copy}
        onBackToList={onBackToList}
      />
      <p className="visually-hidden" role="status" aria-live="polite">
        {said.announcement}
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
            <StoryArticle
              response={response}
              generation={answer.generation}
              starts={starts}
              currentMatch={match.current}
              articleRef={articleRef}
              headingRef={headingRef}
              selection={selection}
              library={library}
              notes={notes}
              archivePath={props.archivePath}
              duplicates={duplicates}
              onOpen={props.onOpen}
              onToggleStar={props.onToggleStar}
              onToggleRead={props.onToggleRead}
              onExport={props.onExport}
            />
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
        onHighlight={said.highlight}
        notes={notes}
        library={library}
        shownId={shownId}
        storyRef={scrollRef}
      />
    </div>
  );
}
