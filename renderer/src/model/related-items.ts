/**
 * The related stories, each once: the engine answers four lists (storyline, the story's own
 * related list, the stories citing it, similar stories) that often name the same story. Here
 * they are merged by story id, each story keeping every relation as a label; stories of the
 * storyline stay in its timeline (with their other relations), the rest form one list in the
 * order linked, citing, similar.
 */
import type { RelatedResponse, StorylineEntry } from '../../../contract/api';

export type Relation = 'linked' | 'citedBy' | 'similar';

/** The words shown on a relation's label. */
export const RELATION_LABELS: Record<Relation, string> = {
  linked: 'linked',
  citedBy: 'cites this',
  similar: 'similar',
};

/** What a relation's label means, in full (its tooltip). */
export const RELATION_MEANINGS: Record<Relation, string> = {
  linked: 'Named in this story’s related list',
  citedBy: 'Names this story in its related list',
  similar: 'Similar in its words',
};

export interface RelatedItem {
  /** The story in the archive, or null for a linked headline the archive lacks. */
  id: string | null;
  title: string;
  date: string | null;
  section: string | null;
  relations: Relation[];
  /** Other stories sharing a linked headline's title. */
  alternatives: number;
}

export interface StorylineItem extends StorylineEntry {
  relations: Relation[];
}

type Facts = Pick<RelatedItem, 'id' | 'title' | 'date' | 'section'>;

export interface MergedRelated {
  storyline: StorylineItem[];
  others: RelatedItem[];
}

export function mergeRelated(related: RelatedResponse): MergedRelated {
  // A storyline of one story (itself) is no storyline.
  const timeline = related.storyline.length > 1 ? related.storyline : [];
  const inTimeline = new Map<string, StorylineItem>(
    timeline.map((entry) => [entry.id, { ...entry, relations: [] }]),
  );
  const current = related.storyline.find((entry) => entry.current)?.id ?? null;
  const others: RelatedItem[] = [];
  const byKey = new Map<string, RelatedItem>();

  const add = (key: string, relation: Relation, facts: Facts, alternatives = 0): void => {
    if (facts.id !== null && facts.id === current) return;
    const known = (facts.id === null ? undefined : inTimeline.get(facts.id)) ?? byKey.get(key);
    if (!known) {
      const created: RelatedItem = {
        id: facts.id,
        title: facts.title,
        date: facts.date,
        section: facts.section,
        relations: [relation],
        alternatives,
      };
      byKey.set(key, created);
      others.push(created);
      return;
    }
    if (!known.relations.includes(relation)) known.relations.push(relation);
    // A linked headline has no date or section: another list naming the story gives them.
    if ('alternatives' in known) {
      known.date ??= facts.date;
      known.section ??= facts.section;
    }
  };

  for (const headline of related.linked) {
    const key = headline.id ?? `missing:${headline.headline}`;
    add(
      key,
      'linked',
      { id: headline.id, title: headline.headline, date: null, section: null },
      headline.alternatives.length,
    );
  }
  for (const ref of related.citedBy) add(ref.id, 'citedBy', ref);
  for (const ref of related.similar) add(ref.id, 'similar', ref);
  return { storyline: [...inTimeline.values()], others };
}
