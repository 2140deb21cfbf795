/**
 * Section facets: a toggle per section with its count of hits (counted as if no section were
 * chosen, so the other choices stay visible). The commonest few show; the rest behind "More".
 * Chosen sections always show, even when the current answer has none of them.
 */
import { useRef, useState } from 'react';
import { formatCount, formatSection } from '../model/story-dates';

export interface SectionFacetsProps {
  sections: readonly { name: string; count: number }[];
  selected: readonly string[];
  onToggle: (section: string) => void;
  onClear: () => void;
}

const SHOWN_AT_FIRST = 6;

export function SectionFacets({ sections, selected, onToggle, onClear }: SectionFacetsProps) {
  const [expanded, setExpanded] = useState(false);
  const listRef = useRef<HTMLUListElement>(null);
  const byCount = [...sections].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  for (const name of selected) {
    if (!byCount.some((section) => section.name === name)) byCount.push({ name, count: 0 });
  }
  const visible = expanded
    ? byCount
    : byCount.filter((section, index) => index < SHOWN_AT_FIRST || selected.includes(section.name));
  const hidden = byCount.length - visible.length;
  if (byCount.length === 0) return null;

  return (
    <div className="facets" role="group" aria-labelledby="section-facets-label">
      <span id="section-facets-label" className="facets__label">
        Sections
      </span>
      <ul className="facets__list" ref={listRef}>
        {visible.map((section) => {
          const isSelected = selected.includes(section.name);
          return (
            <li key={section.name}>
              <button
                type="button"
                className="chip"
                aria-pressed={isSelected}
                onClick={() => onToggle(section.name)}
              >
                {/* The name is the visible text, "Tech 67" (axe label-content-name-mismatch). */}
                {formatSection(section.name)}{' '}
                <span className="chip__count">{formatCount(section.count)}</span>
              </button>
            </li>
          );
        })}
        {(hidden > 0 || expanded) && byCount.length > SHOWN_AT_FIRST && (
          <li>
            <button
              type="button"
              className="chip chip--quiet"
              aria-expanded={expanded}
              onClick={() => setExpanded(!expanded)}
            >
              {expanded ? 'Fewer' : `${hidden} more`}
            </button>
          </li>
        )}
        {selected.length > 0 && (
          <li>
            <button
              type="button"
              className="chip chip--quiet"
              onClick={() => {
                onClear();
                // This button goes away with the filter: keep focus among the sections.
                listRef.current?.querySelector('button')?.focus();
              }}
            >
              All sections
            </button>
          </li>
        )}
      </ul>
    </div>
  );
}
