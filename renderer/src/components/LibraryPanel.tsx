/**
 * The library's own lists, shown in the list pane in place of the results: Notes and
 * highlights (stories you annotated, newest first), History (stories you opened), Saved
 * searches (open one to run it; new matches since you last opened it), and Missing stories
 * (headlines the archive's stories cite but the archive lacks, most cited first; each opens
 * the list of stories that cite it).
 */
import type { ReactNode } from 'react';
import type {
  HistoryEntry,
  MissingHeadline,
  SavedSearch,
  StoryAnnotations,
} from '../../../contract/api';
import type { Listed } from '../queries/use-library';
import { ErrorPanel } from './ErrorPanel';
import type { LibraryPanelName } from './LibraryNav';
import { AnnotatedItem, HistoryItem, MissingItem, SavedItem } from './LibraryPanelItems';

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
                <AnnotatedItem key={story.id} story={story} onOpen={onOpen} />
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
                <HistoryItem key={entry.id} entry={entry} onOpen={onOpen} />
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
                <SavedItem
                  key={saved.id}
                  saved={saved}
                  onOpenSaved={props.onOpenSaved}
                  onDeleteSaved={props.onDeleteSaved}
                />
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
