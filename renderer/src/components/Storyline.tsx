/**
 * The storyline as a small dated timeline, oldest first, with the story being read marked and
 * each other story's further relations as labels ("linked", "cites this", "similar").
 * `[` and `]` step along it (the app handles the keys).
 */
import type { StorylineItem } from '../model/related-items';
import { formatStoryDate } from '../model/story-dates';
import { RelationLabels } from './RelationLabels';
import { StoryLink } from './StoryLink';

export function Storyline({
  entries,
  onOpen,
}: {
  entries: readonly StorylineItem[];
  onOpen: (id: string) => void;
}) {
  return (
    <section className="related__section" aria-labelledby="storyline-heading">
      <h2 id="storyline-heading" className="related__heading">
        Storyline
      </h2>
      <ol className="timeline">
        {entries.map((entry) => (
          <li
            key={entry.id}
            className={entry.current ? 'timeline__item timeline__item--current' : 'timeline__item'}
            aria-current={entry.current ? 'step' : undefined}
          >
            <time className="timeline__date" dateTime={entry.date ?? undefined}>
              {formatStoryDate(entry.date)}
            </time>
            {entry.current ? (
              <span className="timeline__title">
                {entry.title} <span className="tag">this story</span>
              </span>
            ) : (
              <StoryLink id={entry.id} onOpen={onOpen} className="story-link timeline__title">
                {entry.title}
              </StoryLink>
            )}
            <RelationLabels relations={entry.relations} />
          </li>
        ))}
      </ol>
      <p className="related__hint">
        <kbd>[</kbd> and <kbd>]</kbd> step through the storyline.
      </p>
    </section>
  );
}
