/** The rows of the library's lists: annotated stories, history, saved searches, missing headlines. */
import { useState } from 'react';
import type {
  HistoryEntry,
  MissingHeadline,
  SavedSearch,
  StoryAnnotations,
  StoryRef,
} from '../../../contract/api';
import { formatInstant } from '../model/format-instant';
import { formatCount, formatSection, formatStoryDate, pluralise } from '../model/story-dates';
import { StoryLink } from './StoryLink';

function Facts({ story }: { story: StoryRef }) {
  return (
    <span className="panel-list__facts">
      {formatStoryDate(story.date)} · {formatSection(story.section)}
    </span>
  );
}

export function AnnotatedItem({
  story,
  onOpen,
}: {
  story: StoryAnnotations;
  onOpen: (id: string) => void;
}) {
  return (
    <li className="panel-list__item">
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
  );
}

export function HistoryItem({
  entry,
  onOpen,
}: {
  entry: HistoryEntry;
  onOpen: (id: string) => void;
}) {
  return (
    <li className="panel-list__item">
      <StoryLink id={entry.id} onOpen={onOpen}>
        {entry.title || 'Untitled story'}
      </StoryLink>
      <span className="panel-list__facts">
        opened {formatInstant(entry.openedAt)} · {formatSection(entry.section)}
      </span>
    </li>
  );
}

export function SavedItem({
  saved,
  onOpenSaved,
  onDeleteSaved,
}: {
  saved: SavedSearch;
  onOpenSaved: (saved: SavedSearch) => void;
  onDeleteSaved: (saved: SavedSearch) => void;
}) {
  return (
    <li className="panel-list__item">
      <button
        type="button"
        className="link-button panel-list__title"
        onClick={() => onOpenSaved(saved)}
      >
        {saved.name}
      </button>
      <span className="panel-list__facts">
        <code>{saved.query || 'all stories'}</code> · {pluralise(saved.total, 'story', 'stories')}
        {saved.newMatches > 0 && (
          <span className="library-nav__new"> {formatCount(saved.newMatches)} new</span>
        )}
      </span>
      <button
        type="button"
        className="link-button"
        aria-label={`Delete the saved search ${saved.name}`}
        onClick={() => onDeleteSaved(saved)}
      >
        Delete
      </button>
    </li>
  );
}

export function MissingItem({
  item,
  onOpen,
}: {
  item: MissingHeadline;
  onOpen: (id: string) => void;
}) {
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
