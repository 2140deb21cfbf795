/**
 * RelatedIndex: everything "related" about a story, answered from memory in a few
 * milliseconds — its linked headlines (resolved to stories of this archive or marked absent),
 * the stories that cite it, the stories most like it by text, its storyline, its duplicate
 * saves — plus the archive's list of missing headlines.
 *
 * Built in one pass from a RelatedDoc per story (no story text: the text is summarised in each
 * story's term vector, computed and cached by the index worker, packed in main). Rebuilt whenever the archive
 * changes; the build time at 20,000 and 50,000 stories is in bench-results/related.json.
 *
 * @example
 *   const index = createRelatedIndex(
 *     stories.map((story) => ({
 *       id: story.id, title: story.title, date: story.date, section: story.section,
 *       headlines: story.related.headlines,
 *       vector: packTermVectors([storyTermVector(story)], dictionary)[0],
 *     })),
 *   );
 *   index.related('000_820f4edab050e0c0').similar; // up to 8 { id, title, date, section, score }
 */
import type {
  MissingHeadline,
  RelatedResponse,
  SimilarStory,
  StorylineEntry,
} from '../model/related';
import type { StoryRef } from '../model/story';
import { ClippingsError } from '../model/errors';
import { dayNumber } from './day-number';
import { createLinkGraph } from './link-graph';
import type { LinkGraph } from './link-graph';
import type { ScoredDoc, SimilarityIndex, SimilarityOptions } from './similarity-index';
import { createSimilarityIndex } from './similarity-index';
import type { StorylineOptions } from './storyline';
import { STORYLINE_DEFAULTS, walkStoryline } from './storyline';
import type { PackedTermVector } from './packed-term-vector';

export interface RelatedDoc {
  id: string;
  title: string;
  date: string | null;
  section: string;
  /** story.related.headlines */
  headlines: string[];
  /** The story's term vector, packed (packTermVectors) with the archive's TermDictionary. */
  vector: PackedTermVector;
}

export interface RelatedIndex {
  /** Throws ClippingsError('E_NOT_FOUND', …) for an unknown id. */
  related(id: string): RelatedResponse;
  /** Missing headlines, most cited first (then latest cited); all of them without a limit. */
  missing(limit?: number): MissingHeadline[];
  /** Other saves of the same story ([] for an unknown id). */
  duplicatesOf(id: string): StoryRef[];
}

export interface RelatedIndexOptions {
  /** How many similar stories `related` answers. */
  similarLimit?: number;
  /** The lowest score a similar story is shown with (default SIMILAR_FLOOR). */
  similarFloor?: number;
  similarity?: SimilarityOptions;
  storyline?: Partial<StorylineOptions>;
}

export const SIMILAR_LIMIT = 8;
/**
 * A story scoring below this (the shown score: cosine with the date nudge) is not shown as
 * similar, however short the list: below it, the list was padded with stories that only share
 * common words (issue 20: a telecom story at 0.093 under a port strike). Chosen with
 * `npm run eval` on the 20 Newsgroups train split (tools/eval/similar-floors.ts): see the
 * table in docs/similar-floor.md.
 */
export const SIMILAR_FLOOR = 0.15;
/**
 * Similarity as shown: the cosine of similarity-index.ts, nudged up to 25% towards stories
 * within weeks of each other — coverage of one story clusters in time; on the generated archive
 * the nudge lifts precision@5 from 0.795 to 0.850 (bench-results/related.json). `npm run eval`
 * compares rankings with it off.
 */
export const SIMILARITY_DEFAULTS: SimilarityOptions = {
  dateProximity: { weight: 0.25, scaleDays: 30 },
};
/** Similar-story lists kept for storyline walks (they revisit the same stories). */
const SIMILAR_CACHE_SIZE = 20_000;

/** The archive's stories by position: their ids and the references answers carry. */
class StoryDirectory {
  private readonly indexOf = new Map<string, number>();

  constructor(private readonly docs: readonly RelatedDoc[]) {
    docs.forEach((doc, position) => {
      if (!this.indexOf.has(doc.id)) this.indexOf.set(doc.id, position);
    });
  }

  /** The story's position, or undefined for an unknown id. */
  find(id: string): number | undefined {
    return this.indexOf.get(id);
  }

  /** The story's position; throws ClippingsError('E_NOT_FOUND', …) for an unknown id. */
  docOf(id: string): number {
    const doc = this.indexOf.get(id);
    if (doc === undefined) {
      throw new ClippingsError('E_NOT_FOUND', `There is no story "${id}" in this archive.`);
    }
    return doc;
  }

  refOf(doc: number): StoryRef {
    const { id, title, date, section } = this.docs[doc]!;
    return { id, title, date, section };
  }

  refsOf(docs: readonly number[]): StoryRef[] {
    return docs.map((doc) => this.refOf(doc));
  }
}

/** Similar-story lists for storyline walks, remembered (walks revisit the same stories). */
class SimilarListCache {
  private readonly lists = new Map<number, readonly ScoredDoc[]>();

  constructor(
    private readonly similarity: SimilarityIndex,
    private readonly fanout: number,
  ) {}

  /** Bound, to be handed to walkStoryline as is. */
  readonly of = (doc: number): readonly ScoredDoc[] => {
    let list = this.lists.get(doc);
    if (!list) {
      if (this.lists.size >= SIMILAR_CACHE_SIZE) this.lists.clear();
      list = this.similarity.specificTo(doc, this.fanout);
      this.lists.set(doc, list);
    }
    return list;
  };
}

/** What answering `related` needs, built once per archive. */
interface RelatedParts {
  stories: StoryDirectory;
  links: LinkGraph;
  similarity: SimilarityIndex;
  similarLists: SimilarListCache;
  similarLimit: number;
  similarFloor: number;
  storylineOptions: StorylineOptions;
}

/** The storyline, oldest first; none at all when the story stands alone. */
function storylineOf(doc: number, parts: RelatedParts): StorylineEntry[] {
  const { stories, links, similarity, storylineOptions, similarLists } = parts;
  const members = walkStoryline(doc, links, similarity, storylineOptions, similarLists.of);
  if (members.length < 2) return [];
  return members
    .map((member): StorylineEntry => ({ ...stories.refOf(member), current: member === doc }))
    .sort(oldestFirst);
}

/** Other saves of the same story. */
function duplicatesOf(doc: number, parts: RelatedParts): StoryRef[] {
  return parts.stories.refsOf(parts.links.groupOf(doc).filter((member) => member !== doc));
}

function relatedOf(doc: number, parts: RelatedParts): RelatedResponse {
  const { stories, links, similarity, similarLimit, similarFloor } = parts;
  const linked = links.linked(doc);
  return {
    linked,
    citedBy: stories.refsOf(links.citedBy(doc)).sort(newestFirst),
    similar: similarStories(doc, links, similarity, similarLimit, similarFloor).map(
      ({ doc: other, score }) => ({
        ...stories.refOf(other),
        score: Math.round(score * 1000) / 1000,
      }),
    ) satisfies SimilarStory[],
    storyline: storylineOf(doc, parts),
    duplicates: duplicatesOf(doc, parts),
  };
}

function missingHeadlines(parts: RelatedParts, limit: number | undefined): MissingHeadline[] {
  const all = parts.links.missing();
  const citers = parts.links.missingCiters();
  return (limit === undefined ? all : all.slice(0, Math.max(0, limit))).map((entry, at) => ({
    ...entry,
    citedBy: parts.stories.refsOf(citers[at] ?? []).sort(newestFirst),
  }));
}

/** Builds the whole graph (title resolution, cited-by, duplicates, similarity structures). */
export function createRelatedIndex(
  docs: readonly RelatedDoc[],
  options: RelatedIndexOptions = {},
): RelatedIndex {
  const stories = new StoryDirectory(docs);
  const days = docs.map((doc) => dayNumber(doc.date));
  const links = createLinkGraph(docs, days);
  const similarity = createSimilarityIndex(
    docs.map((doc) => doc.vector),
    days,
    { ...SIMILARITY_DEFAULTS, ...options.similarity },
  );
  const storylineOptions: StorylineOptions = { ...STORYLINE_DEFAULTS, ...options.storyline };
  const parts: RelatedParts = {
    stories,
    links,
    similarity,
    similarLists: new SimilarListCache(similarity, storylineOptions.fanout),
    similarLimit: options.similarLimit ?? SIMILAR_LIMIT,
    similarFloor: options.similarFloor ?? SIMILAR_FLOOR,
    storylineOptions,
  };
  return {
    related: (id) => relatedOf(stories.docOf(id), parts),
    missing: (limit) => missingHeadlines(parts, limit),
    duplicatesOf(id) {
      const doc = stories.find(id);
      return doc === undefined ? [] : duplicatesOf(doc, parts);
    },
  };
}

/**
 * The stories most like `doc`, never itself or its duplicates, nor a story its related block
 * already links (or a duplicate of one); two saves of one story appear once; none scoring
 * below `floor`.
 */
export function similarStories(
  doc: number,
  links: LinkGraph,
  similarity: SimilarityIndex,
  limit: number,
  floor = 0,
): ScoredDoc[] {
  const excluded = new Set<number>(links.groupOf(doc));
  for (const target of links.linksOf(doc))
    for (const member of links.groupOf(target)) excluded.add(member);
  const found = similarity.similarTo(doc, limit + 4, (other) => excluded.has(other));
  const shown = new Set<number>();
  const result: ScoredDoc[] = [];
  for (const hit of found) {
    if (hit.score < floor) break; // best first: the rest score lower still
    const group = links.groupOf(hit.doc)[0]!;
    if (shown.has(group)) continue;
    shown.add(group);
    result.push(hit);
    if (result.length === limit) break;
  }
  return result;
}

function oldestFirst(a: StoryRef, b: StoryRef): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function newestFirst(a: StoryRef, b: StoryRef): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date > b.date ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
