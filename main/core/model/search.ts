/**
 * Search and browse: what a reader asks (a query, filters, a page, an order) and what the
 * engine answers (hits with snippets, a count, facets).
 */
import type { EntityCount } from './entities';
import type { StoryRef } from './story';

export type SortOrder = 'relevance' | 'newest' | 'oldest';

/** Filters shared by search and browse; they narrow the hits and the facets alike. */
export interface StoryFilters {
  sections?: string[];
  /** Inclusive `YYYY-MM-DD` bounds; either may be absent. */
  from?: string;
  to?: string;
}

export interface SearchRequest extends StoryFilters {
  query: string;
  limit?: number;
  offset?: number;
  sort?: SortOrder;
}

export interface BrowseRequest extends StoryFilters {
  limit?: number;
  offset?: number;
  sort?: Exclude<SortOrder, 'relevance'>;
}

/** `[start, end)` character offsets into a string. */
export type Range = [number, number];

export interface Snippet {
  text: string;
  highlights: Range[];
}

/** The reader's marks a result row shows (from the library; see library.ts). */
export interface HitLibraryMarks {
  starred: boolean;
  read: boolean;
}

export interface SearchHit extends StoryRef {
  byline: string | null;
  score: number;
  /** The best passage with every matched term's range; for browse, the story's opening. */
  snippet: Snippet;
  /** Other saves of the same story (same title and date), folded into this hit. */
  duplicates: string[];
  /** The reader's star and read marks; absent where no library is open. */
  library?: HitLibraryMarks;
}

export interface Facets {
  sections: { name: string; count: number }[];
  /** `YYYY-MM` buckets in ascending order. */
  months: { month: string; count: number }[];
  /** The people, organisations and places most of the hits name, a few of each kind. */
  entities?: EntityCount[];
}

export interface SearchResponse {
  total: number;
  tookMs: number;
  hits: SearchHit[];
  facets: Facets;
  /**
   * Set when few stories held every word, so the query was loosened: `total` then counts the
   * stories holding some of the words, and `every` those holding all (ranked first).
   */
  relaxed?: { every: number };
}
