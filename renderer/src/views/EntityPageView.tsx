/**
 * One person's, organisation's or place's page, opened from a chip in the reader: how many
 * stories name it, those stories over time (one bar per month, empty months included), the
 * names most often named with it (each opens its own page), and its newest stories (each
 * opens in the reader).
 */
import type { EntityKind, EntityPage } from '../../../contract/api';
import { EntityFacets } from '../components/EntityFacets';
import { ErrorPanel } from '../components/ErrorPanel';
import { StoryLink } from '../components/StoryLink';
import { ENTITY_LABELS } from '../model/entity-query';
import { fillMonthGaps, formatMonth } from '../model/month-range';
import { formatCount, formatStoryDate } from '../model/story-dates';
import { useEntityPage } from '../queries/use-entity-page';

export interface EntityPageViewProps {
  entity: { kind: EntityKind; name: string };
  /** The archive generation: a reindex refreshes the open page. */
  generation: number;
  onOpenStory: (id: string) => void;
  onChooseEntity: (kind: EntityKind, name: string) => void;
  onClose: () => void;
}

export function EntityPageView({
  entity,
  generation,
  onOpenStory,
  onChooseEntity,
  onClose,
}: EntityPageViewProps) {
  const { page, loading, error, retry } = useEntityPage(entity, generation);
  const heading = page?.name ?? entity.name;
  return (
    <section className="entity-page" aria-labelledby="entity-page-title">
      <header className="entity-page__header">
        <p className="story__kicker">{ENTITY_LABELS[entity.kind].one}</p>
        <h2 id="entity-page-title">{heading}</h2>
        <button type="button" className="chip chip--quiet" onClick={onClose}>
          Close
        </button>
      </header>
      {error && (
        <ErrorPanel title="This page could not be shown." message={error.message} onRetry={retry} />
      )}
      {loading && !page && <p aria-live="polite">Loading…</p>}
      {page && (
        <>
          <p>
            Named in {formatCount(page.stories)} {page.stories === 1 ? 'story' : 'stories'}
          </p>
          <MonthBars months={page.months} />
          <RelatedNames page={page} onChoose={onChooseEntity} />
          {page.recent.length > 0 && (
            <>
              <h3>Newest stories</h3>
              <ul className="entity-page__stories">
                {page.recent.map((story) => (
                  <li key={story.id}>
                    <StoryLink id={story.id} onOpen={onOpenStory}>
                      {story.title}
                    </StoryLink>{' '}
                    <span>{story.date ? formatStoryDate(story.date) : 'no date'}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}

function MonthBars({ months }: { months: EntityPage['months'] }) {
  const bars = fillMonthGaps(months);
  if (bars.length === 0) return null;
  const most = Math.max(...bars.map((bar) => bar.count), 1);
  return (
    <figure className="entity-page__months">
      <figcaption>Stories by month</figcaption>
      <ol className="entity-page__bars" aria-label="Stories by month">
        {bars.map((bar) => (
          <li
            key={bar.month}
            aria-label={`${formatMonth(bar.month, 'long')}: ${formatCount(bar.count)}`}
            title={`${formatMonth(bar.month, 'long')}: ${formatCount(bar.count)}`}
            style={{
              display: 'inline-block',
              width: '0.5rem',
              marginRight: '1px',
              verticalAlign: 'bottom',
              height: `${Math.max(2, Math.round((bar.count / most) * 48))}px`,
              background: 'currentColor',
            }}
          />
        ))}
      </ol>
    </figure>
  );
}

function RelatedNames({
  page,
  onChoose,
}: {
  page: EntityPage;
  onChoose: (kind: EntityKind, name: string) => void;
}) {
  if (page.related.length === 0) return null;
  return (
    <>
      <h3>Named with {page.name}</h3>
      <EntityFacets entities={page.related} onChoose={onChoose} />
    </>
  );
}
