/**
 * Where to go from this story, each story once: its storyline as a timeline, then one list of
 * the other related stories — those its related list names (links when the archive holds
 * them, marked "not in archive" when not), those citing it, similar ones — each headline with
 * its relations as labels (see model/related-items). Every link opens the story in the reader.
 */
import type { RelatedResponse } from '../../../contract/api';
import { mergeRelated, type RelatedItem } from '../model/related-items';
import { formatSection, formatStoryDate } from '../model/story-dates';
import { RelationLabels } from './RelationLabels';
import { StoryLink } from './StoryLink';
import { Storyline } from './Storyline';

export interface RelatedPanelProps {
  related: RelatedResponse;
  /** The story's own label for its related block, e.g. "More From World". */
  label: string | null;
  onOpen: (id: string) => void;
}

function RelatedRow({ item, onOpen }: { item: RelatedItem; onOpen: (id: string) => void }) {
  const facts = [
    item.date ? formatStoryDate(item.date) : null,
    item.section !== null ? formatSection(item.section) : null,
  ].filter(Boolean);
  return (
    <li>
      {item.id ? (
        <StoryLink id={item.id} onOpen={onOpen}>
          {item.title || 'Untitled story'}
        </StoryLink>
      ) : (
        <span className="related__missing">
          {item.title} <span className="tag">not in archive</span>
        </span>
      )}
      <span className="related__facts">
        {facts.join(' · ')}
        {item.alternatives > 0 &&
          `${facts.length > 0 ? ' · ' : ''}${
            item.alternatives === 1
              ? 'another story has this title'
              : `${item.alternatives} other stories have this title`
          }`}
      </span>
      <RelationLabels relations={item.relations} />
    </li>
  );
}

export function RelatedPanel({ related, label, onOpen }: RelatedPanelProps) {
  const { storyline, others } = mergeRelated(related);
  const listLabel = label?.replace(/:\s*$/, '');
  return (
    <aside className="related" aria-label="Related stories">
      {storyline.length === 0 && others.length === 0 && (
        <p className="related__none">No related stories in this archive.</p>
      )}
      {storyline.length > 0 && <Storyline entries={storyline} onOpen={onOpen} />}
      {others.length > 0 && (
        <section className="related__section" aria-labelledby="related-list-heading">
          <h2 id="related-list-heading" className="related__heading">
            {storyline.length > 0 ? 'More related stories' : 'Related stories'}
          </h2>
          {listLabel && others.some((item) => item.relations.includes('linked')) && (
            <p className="related__label">“linked”: named under “{listLabel}” in this story</p>
          )}
          <ul className="related__list">
            {others.map((item) => (
              <RelatedRow key={item.id ?? `missing:${item.title}`} item={item} onOpen={onOpen} />
            ))}
          </ul>
        </section>
      )}
    </aside>
  );
}
