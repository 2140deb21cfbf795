/**
 * A story's neighbours: the headlines it names, the stories naming it, the stories most like
 * it, its storyline and its other saves; and the archive's ledger of named-but-missing stories.
 */
import type { StoryRef } from './story';

export interface RelatedRequest {
  id: string;
}

export interface LinkedHeadline {
  headline: string;
  /** The story this headline names in the archive, or null when the archive lacks it. */
  id: string | null;
  /** Other stories sharing that title; `id` is the one nearest in date. */
  alternatives: string[];
}

export interface SimilarStory extends StoryRef {
  score: number;
}

export interface StorylineEntry extends StoryRef {
  /** True for the story the storyline was asked for. */
  current: boolean;
}

export interface RelatedResponse {
  linked: LinkedHeadline[];
  citedBy: StoryRef[];
  similar: SimilarStory[];
  /** Ordered by date, oldest first, bounded in size; empty when the story stands alone. */
  storyline: StorylineEntry[];
  duplicates: StoryRef[];
}

export interface MissingRequest {
  limit?: number;
}

/** A headline named in related blocks that the archive does not hold. */
export interface MissingHeadline {
  headline: string;
  citations: number;
  lastCited: string | null;
  /** The stories citing it (one per duplicate group), newest first. */
  citedBy?: StoryRef[];
}
