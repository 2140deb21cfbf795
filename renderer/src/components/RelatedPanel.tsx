/**
 * Where to go from this story: its storyline, the headlines of its own related list (links
 * when the archive holds them, marked "not in archive" when not), the stories that cite it,
 * similar stories, and other saves of it. Every link opens the story in the reader.
 */
import type { RelatedResponse, StoryRef } from '../../../contract/api';
import { formatSection, formatStoryDate } from '../model/story-dates';
import { StoryLink } from './StoryLink';
import { Storyline } from './Storyline';

export interface RelatedPanelProps {
  related: RelatedResponse;
  /** The story's own label for its related block, e.g. "More From World". */
  label: string | null;
  onOpen: (id: string) => void;
}

/** A headed list of stories (Cited by, Similar stories); nothing when the list is empty. */
function RefSection({
  id,
  heading,
  refs,
  onOpen,
}: {
  id: string;
  heading: string;
  refs: readonly StoryRef[];
  onOpen: (id: string) => void;
}) {
  if (refs.length === 0) return null;
  return (
    <section className="related__section" aria-labelledby={id}>
      <h2 id={id} className="related__heading">
        {heading}
      </h2>
      <ul className="related__list">
        {refs.map((ref) => (
          <li key={ref.id}>
            <StoryLink id={ref.id} onOpen={onOpen}>
              {ref.title || 'Untitled story'}
            </StoryLink>
            <span className="related__facts">
              {formatStoryDate(ref.date)} · {formatSection(ref.section)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function RelatedPanel({ related, label, onOpen }: RelatedPanelProps) {
  const { linked, citedBy, similar, storyline } = related;
  const nothing =
    linked.length === 0 && citedBy.length === 0 && similar.length === 0 && storyline.length < 2;
  return (
    <aside className="related" aria-label="Related stories">
      {nothing && <p className="related__none">No related stories in this archive.</p>}
      {storyline.length > 1 && <Storyline entries={storyline} onOpen={onOpen} />}
      {linked.length > 0 && (
        <section className="related__section" aria-labelledby="linked-heading">
          <h2 id="linked-heading" className="related__heading">
            In this story’s related list
          </h2>
          {label && <p className="related__label">{label.replace(/:\s*$/, '')}</p>}
          <ul className="related__list">
            {linked.map((headline, index) => (
              <li key={`${index}-${headline.headline}`}>
                {headline.id ? (
                  <StoryLink id={headline.id} onOpen={onOpen}>
                    {headline.headline}
                  </StoryLink>
                ) : (
                  <span className="related__missing">
                    {headline.headline} <span className="tag">not in archive</span>
                  </span>
                )}
                {headline.alternatives.length > 0 && (
                  <span className="related__facts">
                    {headline.alternatives.length === 1
                      ? 'another story has this title'
                      : `${headline.alternatives.length} other stories have this title`}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <RefSection id="cited-heading" heading="Cited by" refs={citedBy} onOpen={onOpen} />
      <RefSection id="similar-heading" heading="Similar stories" refs={similar} onOpen={onOpen} />
    </aside>
  );
}
