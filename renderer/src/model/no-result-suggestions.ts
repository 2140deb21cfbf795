/**
 * What to try when a search finds nothing: each suggestion names a change in words and the
 * list query it leads to. Filters are offered for removal first (the commonest cause), then
 * looser spellings of the words.
 */
import { hasFilters, type ListQuery } from './list-query';
import { formatSection } from './story-dates';

export interface Suggestion {
  label: string;
  query: ListQuery;
}

/** A plain word (perhaps required with +): letters and digits, no field, wildcard or edit. */
const PLAIN_WORD = /^\+?[\p{L}\p{N}]{3,}$/u;

/**
 * The query with `~1` (one edit away) after each plain word, or null when no word qualifies.
 * Fields, exclusions, phrases, short words and words already fuzzy or wildcarded are left alone.
 *
 * @example fuzzyVariant('goverment budget') → 'goverment~1 budget~1'
 */
export function fuzzyVariant(query: string): string | null {
  if (query.includes('"')) return null;
  let changed = false;
  const words = query
    .trim()
    .split(/\s+/)
    .map((word) => {
      if (!PLAIN_WORD.test(word)) return word;
      changed = true;
      return `${word}~1`;
    });
  return changed ? words.join(' ') : null;
}

/** The query with its quotation marks removed (the words, no longer as a phrase). */
function withoutQuotes(query: string): string | null {
  if (!query.includes('"')) return null;
  const unquoted = query.replace(/"/g, ' ').replace(/\s+/g, ' ').trim();
  return unquoted || null;
}

export function noResultSuggestions(list: ListQuery): Suggestion[] {
  const suggestions: Suggestion[] = [];
  if (list.sections.length > 0) {
    const names = list.sections.map(formatSection).join(', ');
    suggestions.push({
      label: `Search every section, not only ${names}`,
      query: { ...list, sections: [] },
    });
  }
  if (list.from !== null || list.to !== null) {
    suggestions.push({ label: 'Search all dates', query: { ...list, from: null, to: null } });
  }
  if (hasFilters(list) && suggestions.length > 1) {
    suggestions.push({
      label: 'Clear every filter',
      query: { ...list, sections: [], from: null, to: null },
    });
  }
  const unquoted = withoutQuotes(list.query);
  if (unquoted) {
    suggestions.push({
      label: `Search the words without quotes: ${unquoted}`,
      query: { ...list, query: unquoted },
    });
  }
  const fuzzy = fuzzyVariant(list.query);
  if (fuzzy) {
    suggestions.push({
      label: `Allow close spellings: ${fuzzy}`,
      query: { ...list, query: fuzzy },
    });
  }
  return suggestions;
}
