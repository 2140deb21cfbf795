/**
 * The related-stories index of an open archive, kept in step with the search index: built in
 * the background shortly after each index change, from every story's headlines and term
 * vector (computed and cached by the workers with the segments; they stay out of main until
 * asked for). A segment's records are fetched once and kept until the segment is replaced (a
 * rebuilt segment has a new id), so a live change fetches only the segments it touched. Until
 * a new index is ready, `related` answers from the previous one when that one knows the story.
 */
import type { Catalogue } from '../index/catalogue';
import type { PackedTermVector } from '../related/packed-term-vector';
import { unpackSegmentVectors } from '../related/segment-vectors';
import { TermDictionary } from '../related/term-dictionary';
import type { WorkerPool } from '../index/worker-pool';
import { ClippingsError } from '../model/errors';
import type {
  MissingHeadline,
  MissingRequest,
  RelatedRequest,
  RelatedResponse,
} from '../model/related';
import type { RelatedDoc, RelatedIndex } from '../related/related-index';
import { createRelatedIndex } from '../related/related-index';
import type { ArchiveLifetime } from './archive-lifetime';
import { unknownStory } from './query-service';

/** Quiet time after an index change before the related index is rebuilt in the background. */
const RELATED_BUILD_DELAY_MS = 300;

export interface RelatedStoriesContext {
  pool: WorkerPool;
  catalogue: Catalogue;
  lifetime: ArchiveLifetime;
  /** The archive's content generation now (ArchiveStatus.generation). */
  generation: () => number;
}

interface PackedRelatedRecord {
  headlines: string[];
  vector: PackedTermVector;
}

export class RelatedStories {
  readonly #context: RelatedStoriesContext;
  #building: { generation: number; index: Promise<RelatedIndex> } | null = null;
  /** The newest related index that finished building, kept to answer while the next builds. */
  #built: { generation: number; index: RelatedIndex } | null = null;
  /** Each held segment's records, term vectors packed on arrival (their strings dropped). */
  readonly #records = new Map<string, PackedRelatedRecord[]>();
  /** Term ids for the packed vectors: the archive's vocabulary, kept while it is open. */
  readonly #dictionary = new TermDictionary();
  #timer: NodeJS.Timeout | null = null;

  constructor(context: RelatedStoriesContext) {
    this.#context = context;
  }

  async related(request: RelatedRequest): Promise<RelatedResponse> {
    const { catalogue } = this.#context;
    if (!catalogue.locate(request.id)) throw unknownStory(catalogue, request.id);
    const fresh = this.#index();
    const built = this.#built;
    if (built && built.generation !== this.#context.generation()) {
      try {
        return built.index.related(request.id);
      } catch (error) {
        if (!(error instanceof ClippingsError && error.code === 'E_NOT_FOUND')) throw error;
      }
    }
    return (await fresh).related(request.id);
  }

  async missing(request: MissingRequest): Promise<MissingHeadline[]> {
    return (await this.#index()).missing(request.limit);
  }

  /** Builds the index in the background once indexing settles (the first story opened then does not wait). */
  scheduleBuild(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = null;
      if (!this.#context.lifetime.closed) this.#index().catch(() => undefined);
    }, RELATED_BUILD_DELAY_MS);
    this.#timer.unref();
  }

  stop(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }

  /** The index for the current generation, built once per generation. */
  #index(): Promise<RelatedIndex> {
    const generation = this.#context.generation();
    if (this.#building?.generation !== generation) {
      const index = this.#build();
      index.then(
        (built) => {
          if (!this.#built || this.#built.generation < generation) {
            this.#built = { generation, index: built };
          }
        },
        () => {
          if (this.#building?.index === index) this.#building = null;
        },
      );
      this.#building = { generation, index };
    }
    return this.#building.index;
  }

  async #build(): Promise<RelatedIndex> {
    const { pool, catalogue, lifetime } = this.#context;
    const segments = [...catalogue.segments()];
    const held = new Set(segments.map((segment) => segment.segmentId));
    for (const segmentId of this.#records.keys()) {
      if (!held.has(segmentId)) this.#records.delete(segmentId);
    }
    const missing = [...held].filter((segmentId) => !this.#records.has(segmentId));
    if (missing.length > 0) {
      const replies = await lifetime.call(() => pool.all({ type: 'related', segmentIds: missing }));
      for (const reply of replies.flat()) {
        const { headlines, vectors } = unpackSegmentVectors(reply, this.#dictionary);
        this.#records.set(
          reply.segmentId,
          vectors.map((vector, at) => ({ headlines: headlines[at] ?? [], vector })),
        );
      }
    }
    const docs: RelatedDoc[] = [];
    for (const segment of segments) {
      const related = this.#records.get(segment.segmentId);
      if (!related) continue;
      segment.stories.forEach((story, doc) => {
        const record = related[doc];
        if (!record) return;
        docs.push({
          id: story.id,
          title: story.title,
          date: story.date,
          section: story.section,
          headlines: record.headlines,
          vector: record.vector,
        });
      });
    }
    return createRelatedIndex(docs);
  }
}
