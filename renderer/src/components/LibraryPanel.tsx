/**
 * The library's own lists, shown in the list pane in place of the results: Notes and
 * highlights (stories you annotated, newest first), History (stories you opened), Saved
 * searches (open one to run it; new matches since you last opened it), and Missing stories
 * (headlines the archive's stories cite but the archive lacks, most cited first; each opens
 * the list of stories that cite it).
 */
import { useState, type ReactNode } from 'react';
import type {
  HistoryEntry,
  MissingHeadline,
  SavedSearch,
  StoryAnnotations,
  StoryRef,
} from '../../../contract/api';
import { formatCount, formatSection, formatStoryDate, pluralise } from '../model/story-dates';
import type { Listed } from '../queries/use-library';
import { ErrorPanel } from './ErrorPanel';
import type { LibraryPanelName } from './LibraryNav';
import { formatInstant } from '../model/format-instant';
import { StoryLink } from './StoryLink';

export interface LibraryPanelProps {
  panel: LibraryPanelName;
  annotations: Listed<StoryAnnotations[]>;
  history: Listed<HistoryEntry[]>;
  saved: Listed<SavedSearch[]>;
  missing: Listed<MissingHeadline[]>;
  onOpen: (id: string) => void;
  onOpenSaved: (saved: SavedSearch) => void;
  onDeleteSaved: (saved: SavedSearch) => void;
  /** Back to the results the panel was opened over (their search comes back too). */
  onClose: () => void;
}

export const PANEL_TITLES: Record<LibraryPanelName, string> = {
  notes: 'Notes and highlights',
  history: 'History',
  saved: 'Saved searches',
  missing: 'Missing stories',
};

function Facts({ story }: { story: StoryRef }) {
  return (
    <span className="panel-list__facts">
      {formatStoryDate(story.date)} · {formatSection(story.section)}
    </span>
  );
}

function Body<T>({
  listed,
  empty,
  children,
}: {
  listed: Listed<T[]>;
  empty: string;
  children: (items: T[]) => ReactNode;
}) {
  if (listed.error) {
    return (
      <ErrorPanel
        title="This list could not be shown."
        message={listed.error.message}
        onRetry={listed.retry}
      />
    );
  }
  if (!listed.value) return <p className="panel__note">Loading…</p>;
  if (listed.value.length === 0) return <p className="panel__note">{empty}</p>;
  return <>{children(listed.value)}</>;
}

function MissingItem({ item, onOpen }: { item: MissingHeadline; onOpen: (id: string) => void }) {
  const [open, setOpen] = useState(false);
  const citedBy = item.citedBy ?? [];
  return (
    <li className="panel-list__item">
      <span className="panel-list__title">{item.headline}</span>
      <span className="panel-list__facts">
        cited by {pluralise(item.citations, 'story', 'stories')}
        {item.lastCited ? `, last on ${formatStoryDate(item.lastCited)}` : ''}
      </span>
      {citedBy.length > 0 && (
        <button
          type="button"
          className="link-button"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open ? 'Hide the stories citing it' : 'Show the stories citing it'}
        </button>
      )}
      {open && (
        <ul className="panel-list panel-list--nested">
          {citedBy.map((story) => (
            <li key={story.id}>
              <StoryLink id={story.id} onOpen={onOpen}>
                {story.title || 'Untitled story'}
              </StoryLink>{' '}
              <Facts story={story} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

export function LibraryPanel(props: LibraryPanelProps) {
  const { panel, onOpen } = props;
  return (
    <section className="panel" aria-labelledby="library-panel-title">
      <div className="panel__top">
        <h2 id="library-panel-title" className="panel__title">
          {PANEL_TITLES[panel]}
        </h2>
        <button type="button" className="button button--quiet" onClick={props.onClose}>
          Back to the results
        </button>
      </div>
      {panel === 'notes' && (
        <Body
          listed={props.annotations}
          empty="No notes or highlights yet. Select text in a story to highlight it; press n to write a note."
        >
          {(items) => (
            <ul className="panel-list">
              {items.map((story) => (
                <li key={story.id} className="panel-list__item">
                  <StoryLink id={story.id} onOpen={onOpen}>
                    {story.title || 'Untitled story'}
                  </StoryLink>
                  <Facts story={story} />
                  {story.notes.map((note) => (
                    <p key={`n${note.id}`} className="panel-list__note">
                      {note.text}
                    </p>
                  ))}
                  {story.highlights.map((highlight) => (
                    <p key={`h${highlight.id}`} className="panel-list__note">
                      <mark className="user-highlight">{highlight.quote}</mark>
                      {highlight.note ? ` — ${highlight.note}` : ''}
                    </p>
                  ))}
                </li>
              ))}
            </ul>
          )}
        </Body>
      )}
      {panel === 'history' && (
        <Body listed={props.history} empty="Stories you open will be listed here.">
          {(items) => (
            <ul className="panel-list">
              {items.map((entry) => (
                <li key={entry.id} className="panel-list__item">
                  <StoryLink id={entry.id} onOpen={onOpen}>
                    {entry.title || 'Untitled story'}
                  </StoryLink>
                  <span className="panel-list__facts">
                    opened {formatInstant(entry.openedAt)} · {formatSection(entry.section)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Body>
      )}
      {panel === 'saved' && (
        <Body
          listed={props.saved}
          empty="No saved searches. Search, then choose “Save search” above the results."
        >
          {(items) => (
            <ul className="panel-list">
              {items.map((saved) => (
                <li key={saved.id} className="panel-list__item">
                  <button
                    type="button"
                    className="link-button panel-list__title"
                    onClick={() => props.onOpenSaved(saved)}
                  >
                    {saved.name}
                  </button>
                  <span className="panel-list__facts">
                    <code>{saved.query || 'all stories'}</code> ·{' '}
                    {pluralise(saved.total, 'story', 'stories')}
                    {saved.newMatches > 0 && (
                      <span className="library-nav__new"> {formatCount(saved.newMatches)} new</span>
                    )}
                  </span>
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Delete the saved search ${saved.name}`}
                    onClick={() => props.onDeleteSaved(saved)}
                  >
                    Delete
                  </button>
                </li>
              ))}
            </ul>
          )}
        </Body>
      )}
      {panel === 'missing' && (
        <Body listed={props.missing} empty="Every headline the stories cite is in this archive.">
          {(items) => (
            <ul className="panel-list">
              {items.map((item) => (
                <MissingItem key={item.headline} item={item} onOpen={onOpen} />
              ))}
            </ul>
          )}
        </Body>
      )}
    </section>
  );
}
