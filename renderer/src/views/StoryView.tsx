/**
 * The reader: one story in a readable measure and type scale — section and date, headline,
 * byline, dateline, captions as figure captions, paragraphs — with the current search's
 * words marked (Enter / Shift+Enter step through them), text size, copy as text, where the
 * story came from (its file, its format, its place in a file of many stories — "12 of 161" —,
 * its publication, "Open original", and a saved page's or clipping's address as a link that
 * opens in the browser), and the related stories beside or below.
 *
 * The reader's library sits under the headline: star, read, notes, export and tags; the notes
 * panel opens below them. Selecting text in the story offers "Highlight" (with a note) in the
 * bar; highlights show as marks in the text, found again by their quote when the file changes.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type {
  ExportFormat,
  HighlightAnchor,
  Range,
  StoryRef,
  StoryResponse,
  TextQuote,
} from '../../../contract/api';
import { ErrorPanel } from '../components/ErrorPanel';
import { HighlightedText } from '../components/HighlightedText';
import { HighlightPrompt } from '../components/HighlightPrompt';
import { LibraryBar } from '../components/LibraryBar';
import { NotesPanel } from '../components/NotesPanel';
import { OpenOriginalButton } from '../components/OpenOriginalButton';
import { TagEditor } from '../components/TagEditor';
import { BackIcon } from '../components/Icons';
import { MatchNavigator } from '../components/MatchNavigator';
import { RelatedPanel } from '../components/RelatedPanel';
import { StoryLink } from '../components/StoryLink';
import { StoryEntities } from '../components/StoryEntities';
import { countMatches } from '../model/highlight-segments';
import { formatSection, formatStoryDate } from '../model/story-dates';
import { FORMAT_NAMES, sourceLink } from '../model/story-source';
import { storyAsText } from '../model/story-text';
import { quoteSelector, selectionInStory } from '../model/text-quote';
import { TEXT_SIZES, type TextSize } from '../state/reader-settings';
import { changes, type StoryLibrary } from '../queries/use-library';
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

/** The reader's highlights of one part of the story, as ranges. */
function markedIn(
  anchors: readonly (HighlightAnchor | null)[],
  part: HighlightAnchor['part'],
  index: number,
): Range[] {
  return anchors
    .filter((anchor): anchor is HighlightAnchor => anchor?.part === part && anchor.index === index)
    .map((anchor) => [anchor.start, anchor.end]);
}

const INTERACTIVE = 'a, button, input, select, textarea, summary, [role="listbox"]';

/** Where each part's numbered marks start, so marks are numbered across the whole story. */
function matchStarts(response: StoryResponse): {
  title: number;
  captions: number[];
  paragraphs: number[];
  total: number;
} {
  const { story, highlights } = response;
  let next = 0;
  const take = (text: string, ranges: readonly Range[] | undefined): number => {
    const start = next;
    next += countMatches(text, ranges);
    return start;
  };
  const title = take(story.title, highlights?.title);
  const captions = story.captions.map((caption, index) =>
    take(caption, highlights?.captions[index]),
  );
  const paragraphs = story.paragraphs.map((paragraph, index) =>
    take(paragraph, highlights?.paragraphs[index]),
  );
  return { title, captions, paragraphs, total: next };
}

async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'visually-hidden';
  document.body.append(area);
  area.select();
  const copied = document.execCommand('copy');
  area.remove();
  if (!copied) throw new Error('copy refused');
}

export function StoryView({
  answer,
  archivePath,
  textSize,
  onTextSize,
  onOpen,
  onRetry,
  onBackToList,
  focusToken,
  library,
  noteToken,
  onToggleStar,
  onToggleRead,
  onExport,
}: StoryViewProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const articleRef = useRef<HTMLElement>(null);
  const [notesOpen, setNotesOpen] = useState(false);
  const [selection, setSelection] = useState<{ id: string; selector: TextQuote } | null>(null);
  const [selectionNote, setSelectionNote] = useState('');
  const openedNotes = useRef(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusedToken = useRef(0);
  const [match, setMatch] = useState({ key: '', index: -1 });
  const [announcement, setAnnouncement] = useState('');

  const response = answer.story.value;
  const related = answer.related.value;
  const shownId = response?.story.id ?? null;
  const matchKey = `${shownId ?? ''}\n${answer.query}`;
  const currentMatch = match.key === matchKey ? match.index : -1;
  const starts = response ? matchStarts(response) : null;

  useEffect(() => {
    if (shownId === null) return;
    scrollRef.current?.scrollTo?.({ top: 0 });
  }, [shownId]);

  // `n`: open the notes panel (NotesPanel then focuses its field).
  useEffect(() => {
    if (noteToken === openedNotes.current) return;
    openedNotes.current = noteToken;
    setNotesOpen(true);
  }, [noteToken]);

  useEffect(() => {
    if (shownId === null || focusedToken.current === focusToken) return;
    focusedToken.current = focusToken;
    headingRef.current?.focus({ preventScroll: true });
  }, [focusToken, shownId]);

  const stepMatch = (delta: 1 | -1): void => {
    const total = starts?.total ?? 0;
    if (total === 0) return;
    const next =
      currentMatch < 0 ? (delta === 1 ? 0 : total - 1) : (currentMatch + delta + total) % total;
    setMatch({ key: matchKey, index: next });
    setAnnouncement(`Match ${next + 1} of ${total}`);
    const mark = scrollRef.current?.querySelector<HTMLElement>(`[data-match="${next}"]`);
    mark?.scrollIntoView?.({ block: 'center' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key !== 'Enter' || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.target instanceof Element && event.target.closest(INTERACTIVE)) return;
    event.preventDefault();
    stepMatch(event.shiftKey ? -1 : 1);
  };

  const copy = (): void => {
    if (!response) return;
    copyText(storyAsText(response.story)).then(
      () => setAnnouncement('Copied the story as text.'),
      () => setAnnouncement('The story could not be copied. Select the text and copy it instead.'),
    );
  };

  /** After a selection in the story: offer to highlight it (or say why it cannot be). */
  const onSelectionEnd = (): void => {
    if (!response || !articleRef.current) return;
    const anchor = selectionInStory(window.getSelection(), articleRef.current);
    if (anchor === null) {
      setSelection(null);
      return;
    }
    if (!anchor.ok) {
      setSelection(null);
      setSelectionNote(anchor.reason);
      return;
    }
    const { part, index } = anchor.part;
    const text =
      part === 'title'
        ? response.story.title
        : part === 'caption'
          ? (response.story.captions[index] ?? '')
          : (response.story.paragraphs[index] ?? '');
    const selector = quoteSelector(text, anchor.start, anchor.end);
    setSelectionNote('');
    setSelection(selector ? { id: response.story.id, selector } : null);
  };

  const highlight = async (note: string): Promise<void> => {
    if (!selection) return;
    const saved = await library.change(changes.addHighlight(selection.selector, note || undefined));
    if (saved) {
      setSelection(null);
      window.getSelection()?.removeAllRanges();
      setAnnouncement('Highlighted.');
    }
  };

  const libraryState = library.state?.id === shownId ? library.state : null;
  const anchors = libraryState?.highlights.map((highlight) => highlight.anchor) ?? [];
  const pendingSelection = selection && selection.id === shownId ? selection : null;

  const source = response ? sourceLink(response.story.source) : null;
  const storyError = answer.story.error;
  const relatedError = answer.related.error;
  const duplicates: StoryRef[] = [];
  for (const ref of [...(response?.duplicates ?? []), ...(related?.duplicates ?? [])]) {
    if (ref.id !== shownId && !duplicates.some((known) => known.id === ref.id))
      duplicates.push(ref);
  }

  return (
    <div className="reader" data-text-size={textSize} onKeyDown={onKeyDown}>
      <div className="reader__bar">
        <button type="button" className="button button--quiet reader__back" onClick={onBackToList}>
          <BackIcon />
          List
        </button>
        {starts && starts.total > 0 && (
          <MatchNavigator count={starts.total} current={currentMatch} onStep={stepMatch} />
        )}
        {pendingSelection && (
          <HighlightPrompt
            quote={pendingSelection.selector.quote}
            onHighlight={(note) => void highlight(note)}
            onCancel={() => setSelection(null)}
          />
        )}
        {selectionNote && !pendingSelection && (
          <p className="reader__note" role="status">
            {selectionNote}
          </p>
        )}
        <div className="reader__tools">
          {/* aria-disabled, not disabled: a control that hits its limit keeps the focus. */}
          <div className="reader__size" role="group" aria-label="Text size">
            <button
              type="button"
              className="icon-button reader__smaller"
              onClick={() => onTextSize(-1)}
              aria-disabled={textSize === TEXT_SIZES[0]}
            >
              <span aria-hidden="true">A</span>
              <span className="visually-hidden">Smaller text</span>
            </button>
            <button
              type="button"
              className="icon-button reader__larger"
              onClick={() => onTextSize(1)}
              aria-disabled={textSize === TEXT_SIZES[TEXT_SIZES.length - 1]}
            >
              <span aria-hidden="true">A</span>
              <span className="visually-hidden">Larger text</span>
            </button>
          </div>
          <button
            type="button"
            className="button button--quiet"
            onClick={copy}
            disabled={!response}
          >
            Copy text
          </button>
        </div>
      </div>
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
        {storyError && (
          <ErrorPanel
            title={
              storyError.code === 'E_NOT_FOUND'
                ? 'This story is no longer in the archive.'
                : 'The story could not be opened.'
            }
            message={storyError.message}
            onRetry={onRetry}
            action={{ label: 'Back to the list', onClick: onBackToList }}
          />
        )}
        {!response && answer.story.loading && <p className="reader__loading">Opening the story…</p>}
        {response && starts && (
          <div className="reader__layout">
            <article
              className="story"
              aria-labelledby="story-title"
              ref={articleRef}
              onMouseUp={onSelectionEnd}
              onKeyUp={(event) => {
                if (event.shiftKey || event.key === 'Shift') onSelectionEnd();
              }}
            >
              <header className="story__header">
                <p className="story__kicker">
                  <span>{formatSection(response.story.section)}</span>
                  <span aria-hidden="true"> · </span>
                  <time dateTime={response.story.date ?? undefined}>
                    {formatStoryDate(response.story.date, 'long')}
                  </time>
                </p>
                <h1 id="story-title" className="story__title" ref={headingRef} tabIndex={-1}>
                  <span data-part="title" data-index={0}>
                    <HighlightedText
                      text={response.story.title || 'Untitled story'}
                      ranges={response.highlights?.title}
                      firstMatch={starts.title}
                      currentMatch={currentMatch}
                      marked={markedIn(anchors, 'title', 0)}
                    />
                  </span>
                </h1>
                {response.story.byline && (
                  <p className="story__byline">By {response.story.byline}</p>
                )}
                {response.story.publication && (
                  <p className="story__publication">{response.story.publication}</p>
                )}
                <LibraryBar
                  state={libraryState}
                  notesOpen={notesOpen}
                  onToggleStar={onToggleStar}
                  onToggleRead={onToggleRead}
                  onToggleNotes={() => setNotesOpen(!notesOpen)}
                  onExport={onExport}
                />
                {libraryState && (
                  <TagEditor
                    tags={libraryState.tags}
                    onAdd={(tag) => void library.change(changes.tag(tag))}
                    onRemove={(tag) => void library.change(changes.untag(tag))}
                  />
                )}
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
                {notesOpen && libraryState && (
                  <NotesPanel
                    state={libraryState}
                    focusToken={noteToken}
                    onAddNote={async (text) =>
                      (await library.change(changes.addNote(text))) !== null
                    }
                    onDeleteNote={(noteId) => void library.change(changes.deleteNote(noteId))}
                    onDeleteHighlight={(highlightId) =>
                      void library.change(changes.deleteHighlight(highlightId))
                    }
                  />
                )}
              </header>
              {response.story.captions.map((caption, index) => (
                <figure className="story__figure" key={index}>
                  <figcaption>
                    <span data-part="caption" data-index={index}>
                      <HighlightedText
                        text={caption}
                        ranges={response.highlights?.captions[index]}
                        firstMatch={starts.captions[index] ?? 0}
                        currentMatch={currentMatch}
                        marked={markedIn(anchors, 'caption', index)}
                      />
                    </span>
                  </figcaption>
                </figure>
              ))}
              <div className="story__body">
                {response.story.paragraphs.map((paragraph, index) => (
                  <p key={index}>
                    {index === 0 && response.story.dateline && (
                      <span className="story__dateline">{response.story.dateline} — </span>
                    )}
                    <span data-part="paragraph" data-index={index}>
                      <HighlightedText
                        text={paragraph}
                        ranges={response.highlights?.paragraphs[index]}
                        firstMatch={starts.paragraphs[index] ?? 0}
                        currentMatch={currentMatch}
                        marked={markedIn(anchors, 'paragraph', index)}
                      />
                    </span>
                  </p>
                ))}
                {response.story.paragraphs.length === 0 && (
                  <p className="story__empty">This file has no story text.</p>
                )}
              </div>
              <StoryEntities
                storyId={response.story.id}
                entities={response.story.entities}
                onOpenStory={onOpen}
              />
              <footer className="story__footer">
                <p>
                  {response.story.position &&
                    `${response.story.position.index} of ${response.story.position.count} · `}
                  {FORMAT_NAMES[response.story.format]}{' '}
                  <code className="story__file">{response.story.file}</code>
                  {archivePath && (
                    <>
                      {' '}
                      in <code className="story__file">{archivePath}</code>
                    </>
                  )}{' '}
                  <OpenOriginalButton id={response.story.id} />
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
                {response.story.warnings.length > 0 && (
                  <details className="story__warnings">
                    <summary>Parts of this file could not be read</summary>
                    <ul>
                      {response.story.warnings.map((warning) => (
                        <li key={warning}>{warning}</li>
                      ))}
                    </ul>
                  </details>
                )}
              </footer>
            </article>
            {related && (
              <RelatedPanel
                related={related}
                label={response.story.related.label}
                onOpen={onOpen}
              />
            )}
            {!related && answer.related.loading && (
              <p className="related__loading">Finding related stories…</p>
            )}
            {relatedError && (
              <aside className="related" aria-label="Related stories">
                <ErrorPanel
                  title="Related stories could not be found."
                  message={relatedError.message}
                  onRetry={onRetry}
                />
              </aside>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
