/**
 * A parsed query made ready to run on every segment: each word expanded once against the
 * archive's vocabulary (so `ship*` means the same terms everywhere), the archive-wide IDF and
 * average field lengths attached (so every segment scores as one index would), the lunr
 * clauses listed, and the request's filters folded in. Plain data: it crosses to the workers
 * by postMessage.
 *
 * `planSearch` returns null when no story can match (a required word the archive does not
 * hold), so the service can answer without asking the workers.
 */
import type { StoryFilters } from '../model/search';
import type { IndexField } from './index-fields';
import { INDEX_FIELDS } from './index-fields';
import type { DateRange, ParsedQuery, QueryItem, QueryWord } from './parse-query';
import type { QueryStatistics } from './bm25-weight';
import { foldText } from './fold-text';
import { PRESENCE } from './lunr-internals';
import type { Vocabulary } from './vocabulary';
import { inverseDocumentFrequency } from './vocabulary';

export interface PlanWord {
  /** Positions in `statistics.terms` this word matches; empty for a stop word. */
  terms: number[];
  /** Folded spelling, for matching a stop word inside a phrase. */
  folded: string;
  stop: boolean;
}

export interface PlanItem {
  kind: 'term' | 'phrase';
  /** null: any field. */
  fields: IndexField[] | null;
  words: PlanWord[];
}

export interface PlanClause {
  fields: IndexField[] | null;
  presence: 1 | 2 | 3;
  boost: number;
}

/** Story-level conditions: sections and dates, from the query and the request alike. */
export interface StoryFilter {
  /** Each list: the story's section must be one of these (folded). */
  sectionSets: string[][];
  excludeSections: string[];
  /** The story's date must lie in every one of these. */
  dateRanges: DateRange[];
  excludeDateRanges: DateRange[];
}

export interface SearchPlan {
  statistics: QueryStatistics;
  /** Clause n is expanded by `statistics.expansions[n]`. */
  clauses: PlanClause[];
  /** Every group must match (one of its items). */
  required: PlanItem[][];
  prohibited: PlanItem[];
  filter: StoryFilter;
  /** The typed words in order, stop words included (ParsedQuery.sequence), for proximity. */
  sequence: PlanWord[];
  /** The group of `required` that holds a loosened query's plain words (relax-query.ts). */
  looseGroup: number | null;
}

export interface ArchiveStatistics {
  documentCount: number;
  /** Sum of each field's lengths over the archive, INDEX_FIELDS order. */
  fieldLengthTotals: readonly number[];
}

export function storyFilterOf(query: ParsedQuery | null, filters: StoryFilters): StoryFilter {
  const sectionSets: string[][] = [];
  if (query && query.sections.include.length > 0) sectionSets.push(query.sections.include);
  if (filters.sections && filters.sections.length > 0) {
    sectionSets.push(filters.sections.map((section) => foldText(section)));
  }
  const dateRanges = [...(query?.dates.include ?? [])];
  if (filters.from || filters.to) {
    dateRanges.push({ from: filters.from ?? null, to: filters.to ?? null });
  }
  return {
    sectionSets,
    excludeSections: query?.sections.exclude ?? [],
    dateRanges,
    excludeDateRanges: query?.dates.exclude ?? [],
  };
}

/** Each query word's expansion against the vocabulary, looked up once per plan. */
class WordExpansions {
  private readonly expansionOf = new Map<QueryWord, string[]>();

  constructor(private readonly vocabulary: Vocabulary) {}

  expand(word: QueryWord): string[] {
    let found = this.expansionOf.get(word);
    if (!found) {
      found =
        word.term === null
          ? []
          : this.vocabulary.expand({
              term: word.term,
              wildcard: word.wildcard,
              editDistance: word.editDistance,
            });
      this.expansionOf.set(word, found);
    }
    return found;
  }

  /** An item no story can match: a word with no expansion. */
  impossible(item: QueryItem): boolean {
    return wordsOf(item).some((word) => word.term !== null && this.expand(word).length === 0);
  }
}

/** The query's items less those no story can match; null when a required group is left empty. */
function possibleItems(
  query: ParsedQuery,
  expansions: WordExpansions,
): { required: QueryItem[][]; prohibited: QueryItem[] } | null {
  const required: QueryItem[][] = [];
  for (const group of query.required) {
    const possible = group.filter((item) => !expansions.impossible(item));
    if (possible.length === 0) return null;
    required.push(possible);
  }
  const prohibited = query.prohibited.filter((item) => !expansions.impossible(item));
  return { required, prohibited };
}

/** The terms the items expand to, sorted, with archive-wide IDF and average field lengths. */
function queryStatistics(
  items: readonly QueryItem[],
  expansions: WordExpansions,
  vocabulary: Vocabulary,
  archive: ArchiveStatistics,
): QueryStatistics {
  const allTerms = new Set<string>();
  for (const item of items) {
    for (const word of wordsOf(item))
      for (const term of expansions.expand(word)) allTerms.add(term);
  }
  const terms = [...allTerms].sort();
  const { documentCount } = archive;
  return {
    terms,
    idf: terms.map((term) => inverseDocumentFrequency(vocabulary.frequency(term), documentCount)),
    averageFieldLength: INDEX_FIELDS.map(
      (_field, f) => (archive.fieldLengthTotals[f] ?? 0) / Math.max(1, documentCount),
    ),
    expansions: [],
  };
}

/** Where each of the plan's terms sits in `statistics.terms`, and the words mapped to them. */
class TermPositions {
  private readonly positionOf: Map<string, number>;

  constructor(
    terms: readonly string[],
    private readonly expansions: WordExpansions,
  ) {
    this.positionOf = new Map(terms.map((term, index) => [term, index]));
  }

  /** Positions of the word's expansion; every term of it is in the plan. */
  of(word: QueryWord): number[] {
    return this.expansions.expand(word).map((term) => this.positionOf.get(term) as number);
  }

  /** Positions of those of the word's terms that are in the plan. */
  known(word: QueryWord): number[] {
    return this.expansions.expand(word).flatMap((term) => {
      const position = this.positionOf.get(term);
      return position === undefined ? [] : [position];
    });
  }

  planItem(item: QueryItem): PlanItem {
    return {
      kind: item.kind,
      fields: item.fields,
      words: wordsOf(item).map((word) => ({
        terms: this.of(word),
        folded: word.folded,
        stop: word.term === null,
      })),
    };
  }
}

/** lunr's clauses, one per word that is not a stop word, with their expansions. */
function listClauses(
  required: readonly QueryItem[][],
  prohibited: readonly QueryItem[],
  positions: TermPositions,
  statistics: QueryStatistics,
): PlanClause[] {
  const clauses: PlanClause[] = [];
  const addClauses = (item: QueryItem, presence: PlanClause['presence']): void => {
    for (const word of wordsOf(item)) {
      if (word.term === null) continue;
      clauses.push({ fields: item.fields, presence, boost: item.boost });
      statistics.expansions.push(positions.of(word));
    }
  };
  for (const group of required) {
    for (const item of group) {
      addClauses(item, group.length === 1 ? PRESENCE.REQUIRED : PRESENCE.OPTIONAL);
    }
  }
  for (const item of prohibited) {
    if (item.kind === 'term') addClauses(item, PRESENCE.PROHIBITED);
  }
  return clauses;
}

export function planSearch(
  query: ParsedQuery,
  filters: StoryFilters,
  vocabulary: Vocabulary,
  archive: ArchiveStatistics,
): SearchPlan | null {
  const expansions = new WordExpansions(vocabulary);
  const items = possibleItems(query, expansions);
  if (items === null) return null;
  const { required, prohibited } = items;
  const statistics = queryStatistics(
    [...required.flat(), ...prohibited],
    expansions,
    vocabulary,
    archive,
  );
  const positions = new TermPositions(statistics.terms, expansions);
  return {
    statistics,
    clauses: listClauses(required, prohibited, positions, statistics),
    required: required.map((group) => group.map((item) => positions.planItem(item))),
    prohibited: prohibited.map((item) => positions.planItem(item)),
    filter: storyFilterOf(query, filters),
    looseGroup: query.loose === true ? required.length - 1 : null,
    sequence: query.sequence
      .filter((word) => word.folded !== '')
      .map((word) => ({
        terms: positions.known(word),
        folded: word.folded,
        stop: word.term === null,
      })),
  };
}

function wordsOf(item: QueryItem): QueryWord[] {
  return item.kind === 'term' ? [item.word] : item.words;
}

/** True when a story with this section and date passes the filter. */
export function passesFilter(filter: StoryFilter, section: string, date: string | null): boolean {
  for (const set of filter.sectionSets) if (!set.includes(section)) return false;
  if (filter.excludeSections.includes(section)) return false;
  for (const range of filter.dateRanges) if (!inRange(range, date)) return false;
  for (const range of filter.excludeDateRanges) if (inRange(range, date)) return false;
  return true;
}

function inRange(range: DateRange, date: string | null): boolean {
  if (date === null) return false;
  return (range.from === null || date >= range.from) && (range.to === null || date <= range.to);
}

/** True when the filter lets every story through. */
export function isOpenFilter(filter: StoryFilter): boolean {
  return (
    filter.sectionSets.length === 0 &&
    filter.excludeSections.length === 0 &&
    filter.dateRanges.length === 0 &&
    filter.excludeDateRanges.length === 0
  );
}
