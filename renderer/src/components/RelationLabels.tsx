/** A related story's relations to the story being read, as small labels ("linked", "similar"). */
import { RELATION_LABELS, RELATION_MEANINGS, type Relation } from '../model/related-items';

export function RelationLabels({ relations }: { relations: readonly Relation[] }) {
  if (relations.length === 0) return null;
  return (
    <span className="related__relations">
      {relations.map((relation) => (
        <span
          key={relation}
          className={`relation relation--${relation}`}
          title={RELATION_MEANINGS[relation]}
        >
          {RELATION_LABELS[relation]}
        </span>
      ))}
    </span>
  );
}
