/**
 * The query side of an open archive: search, browse and opening a story, answered over the
 * segments the catalogue holds now. Main plans each query once (words expanded against the
 * archive's vocabulary, archive-wide statistics attached); the workers score their segments
 * and write the page's snippets; main merges, folds duplicate saves and pages
 * (search-results.ts).
 *
 * The query's library conditions (`is:unread`, `tag:ports`) are answered here, from the
 * archive library's in-memory sets: candidates are filtered before the page is assembled, so
 * counts and facets agree, and the workers never need to know the library exists.
 */
import { realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Catalogue, CatalogueSegment } from '../index/catalogue';
import type { WorkerPool } from '../index/worker-pool';
import type { StoryHighlights, StoryRequest, StoryResponse } from '../model/open-story';
import { ClippingsError } from '../model/errors';
import type {
  BrowseRequest,
  Range,
  SearchRequest,
  SearchResponse,
  Snippet,
  SortOrder,
} from '../model/search';
import type { Story } from '../model/story';
import type { ArchiveLibrary } from '../library/archive-library';
import { LibrarySnapshot } from '../library/library-snapshot';
import { foldText } from '../search/fold-text';
import type { ParsedQuery } from '../search/parse-query';
import {
  hasEntityConditions,
  hasLibraryConditions,
  isEmptyQuery,
  parseQuery,
} from '../search/parse-query';
import { expandWithinBudget } from '../search/expansion-budget';
import { RELAX_BELOW, relaxQuery } from '../search/relax-query';
import { highlightItems, highlightText } from '../search/query-matcher';
import type { SearchPlan, StoryFilter } from '../search/search-plan';
import { passesFilter, planSearch, storyFilterOf } from '../search/search-plan';
import { readStoryFile, readStoryFromPages } from '../story/read-story-file';
import { readBudgetFor } from '../story/read-budget';
import { fileIdOf } from '../index/story-record';
import { restoreEntities } from '../entities/stored-entities';
import { entityCondition } from '../entities/entity-condition';
import { conditionTest } from '../entities/entity-ids';
import type {
  EntitiesRequest,
  EntitiesResponse,
  EntityPage,
  EntityRequest,
} from '../model/entities';
import { entityPage, topEntities } from './entity-tally';
import type { StoryRecord } from '../index/story-record';
import type { ArchiveLifetime } from './archive-lifetime';
import type { Candidate, Page } from './search-results';
import { assemblePage, DEFAULT_LIMIT, toSearchHit } from './search-results';

export interface QueryServiceContext {
  root: string;
  pool: WorkerPool;
  catalogue: Catalogue;
  lifetime: ArchiveLifetime;
  /** The reader's library for this archive; without one, library conditions see an empty library. */
  library: ArchiveLibrary | null;
  /** Told the segments a search found damaged in the cache (the coordinator rebuilds them). */
  onDamaged?: (segmentIds: string[]) => void;
}

type IdTest = ((id: string) => boolean) | null;
const DEFAULT_ENTITIES = 20;
/** Names per kind listed on an entity's page as named with it. */
const RELATED_ENTITIES = 8;
type RecordTest = ((story: StoryRecord) => boolean) | null;

/** What a search found, before it is paged. */
interface Found {
  candidates: Candidate[];
  plan: SearchPlan | null;
  sort: SortOrder;
  /** Set when the query was loosened: how many stories hold every word (relax-query.ts). */
  relaxed?: { every: number };
}

export class QueryService {
  readonly #context: QueryServiceContext;
  readonly #recentFiles = new RecentFiles();

  constructor(context: QueryServiceContext) {
    this.#context = context;
  }

  async search(request: SearchRequest): Promise<SearchResponse> {
    const started = performance.now();
    const found = await this.#find(request);
    if (found === null) return emptyResponse(started);
    const page = assemblePage(
      found.candidates,
      { sort: found.sort, ...pageOf(request) },
      this.#context.catalogue,
    );
    const response = await this.#respond(page, found.plan, started);
    return found.relaxed ? { ...response, relaxed: found.relaxed } : response;
  }

  async browse(request: BrowseRequest): Promise<SearchResponse> {
    const started = performance.now();
    const candidates = this.#browseCandidates(storyFilterOf(null, request), null);
    const page = assemblePage(
      candidates,
      { sort: request.sort ?? 'newest', ...pageOf(request) },
      this.#context.catalogue,
    );
    return this.#respond(page, null, started);
  }

  /**
   * Every story a search finds, one per duplicate group (the group's lowest id), for saved
   * searches' "new since last opened" and for export.
   */
  async matchingIds(request: SearchRequest): Promise<string[]> {
    const found = await this.#find(request);
    if (found === null) return [];
    const { catalogue } = this.#context;
    return [...new Set(found.candidates.map(({ story }) => catalogue.groupKey(story.id)))];
  }

  /**
   * Every story a search finds, one per duplicate group, in the order the list shows them
   * (the request's sort: best match first unless it says newest or oldest), each group
   * standing for itself by the save the list shows. For "Export list".
   */
  async listedIds(request: SearchRequest): Promise<string[]> {
    const found = await this.#find(request);
    if (found === null) return [];
    const page = assemblePage(
      found.candidates,
      { sort: found.sort, limit: found.candidates.length, offset: 0 },
      this.#context.catalogue,
    );
    return page.hits.map(({ candidate }) => candidate.story.id);
  }

  /**
   * The names most stories hold: of the stories a query finds (one per group of saves), or
   * of the whole archive without one.
   */
  async entities(request: EntitiesRequest): Promise<EntitiesResponse> {
    const { catalogue } = this.#context;
    const limit = request.limit ?? DEFAULT_ENTITIES;
    const options = { kind: request.kind, limit };
    if (!request.query || request.query.trim() === '') {
      return { entities: topEntities(this.#records(), options) };
    }
    const found = await this.#find({ query: request.query });
    if (found === null) return { entities: [] };
    const groups = new Map<string, StoryRecord>();
    for (const { story } of found.candidates) {
      const key = catalogue.groupKey(story.id);
      if (!groups.has(key)) groups.set(key, story);
    }
    return { entities: topEntities(groups.values(), options) };
  }

  /** One entity's page: its stories by month, the names most often named with it. */
  entity(request: EntityRequest): EntityPage {
    const condition = entityCondition(request.kind, request.name);
    if (condition.name === '') {
      throw new ClippingsError('E_QUERY', 'Say which name: a person, organisation or place.');
    }
    return entityPage(this.#records(), condition, request.name, RELATED_ENTITIES);
  }

  /** Every story record the catalogue holds now, without copying them into a list. */
  *#records(): Generator<StoryRecord> {
    for (const { story } of this.#context.catalogue.stories()) yield story;
  }

  /** The candidates of a search (library conditions applied), or null when none can match. */
  async #find(request: SearchRequest): Promise<Found | null> {
    const { catalogue } = this.#context;
    const query = parseQuery(request.query);
    if (isEmptyQuery(query)) {
      if (query.ignored.length > 0) return null;
      return {
        candidates: this.#browseCandidates(storyFilterOf(null, request), null),
        plan: null,
        sort: request.sort === 'oldest' ? 'oldest' : 'newest',
      };
    }
    const inLibrary = await this.#libraryTest(query);
    const namesWanted = entityTest(query);
    if (
      (inLibrary || namesWanted) &&
      query.required.length === 0 &&
      query.prohibited.length === 0
    ) {
      // Only filters (`is:starred`, `tag:x section:world`, `place:japan`): the catalogue
      // answers, no workers.
      if (query.ignored.length > 0) return null;
      return {
        candidates: this.#browseCandidates(storyFilterOf(query, request), inLibrary, namesWanted),
        plan: null,
        sort: request.sort === 'oldest' ? 'oldest' : 'newest',
      };
    }
    await expandWithinBudget(query, catalogue.vocabulary);
    const sort = request.sort ?? 'relevance';
    const strict = await this.#run(query, request, inLibrary, namesWanted);
    if (strict && strict.candidates.length >= RELAX_BELOW) return { ...strict, sort };
    // Few or no stories hold every word: loosen the plain words (relax-query.ts).
    const relaxed = relaxQuery(query);
    const loose = relaxed ? await this.#run(relaxed.query, request, inLibrary, namesWanted) : null;
    if (!loose || loose.candidates.length <= (strict?.candidates.length ?? 0)) {
      return strict ? { ...strict, sort } : null;
    }
    const every = new Set(strict?.candidates.map(({ story }) => catalogue.groupKey(story.id)));
    return { ...loose, sort, relaxed: { every: every.size } };
  }

  /** The candidates of one query on every segment, or null when no story can match. */
  async #run(
    query: ParsedQuery,
    request: SearchRequest,
    inLibrary: IdTest,
    namesWanted: RecordTest,
  ): Promise<{ candidates: Candidate[]; plan: SearchPlan } | null> {
    const { pool, catalogue, lifetime } = this.#context;
    const plan = planSearch(query, request, catalogue.vocabulary, catalogue.statistics);
    if (!plan) return null;
    // Hits are read against the segments catalogued when the search was sent: each of them is
    // still held by its worker when the search reaches it (a replaced segment is freed only by
    // a later message), so every story is answered once, whichever worker replies first and
    // whatever is swapped in meanwhile. Hits of newer segments are left out.
    const segments = catalogue.segmentsNow();
    const replies = await lifetime.call(() => pool.all({ type: 'search', plan }));
    const damaged = replies.flatMap((reply) => reply.damaged ?? []);
    if (damaged.length > 0) this.#context.onDamaged?.(damaged);
    const candidates: Candidate[] = [];
    for (const reply of replies) {
      let at = 0;
      reply.segmentIds.forEach((segmentId, k) => {
        const count = reply.counts[k] as number;
        const segment = segments.get(segmentId);
        if (segment) {
          for (let i = at; i < at + count; i += 1) {
            const doc = reply.docs[i] as number;
            const story = segment.stories[doc];
            if (
              story &&
              (!inLibrary || inLibrary(story.id)) &&
              (!namesWanted || namesWanted(story))
            ) {
              candidates.push({ segment, doc, story, score: reply.scores[i] as number });
            }
          }
        }
        at += count;
      });
    }
    return { candidates, plan };
  }

  #browseCandidates(
    filter: StoryFilter,
    inLibrary: IdTest,
    namesWanted: RecordTest = null,
  ): Candidate[] {
    const candidates: Candidate[] = [];
    for (const { segment, doc, story } of this.#context.catalogue.stories()) {
      // The library's set lookup first: it rejects most stories before the section is folded.
      if (
        (!inLibrary || inLibrary(story.id)) &&
        (!namesWanted || namesWanted(story)) &&
        passesFilter(filter, foldText(story.section), story.date)
      ) {
        candidates.push({ segment, doc, story, score: 0 });
      }
    }
    return candidates;
  }

  /** The query's library conditions as a test of story ids; null when it has none. */
  async #libraryTest(query: ParsedQuery): Promise<IdTest> {
    if (!hasLibraryConditions(query)) return null;
    const { library } = this.#context;
    if (!library) return new LibrarySnapshot().filter(query.library);
    return library.filter(query.library);
  }

  /**
   * The story read from its file now (so the reader shows what is on disk), with its saves.
   * A file of many stories (an export) is read whole to find one: the last few such files
   * read are kept (RecentFiles), so opening the next story of a 455-page PDF is instant.
   */
  async story(request: StoryRequest): Promise<StoryResponse> {
    const { root, catalogue } = this.#context;
    const location = catalogue.locate(request.id);
    if (!location) throw unknownStory(catalogue, request.id);
    const { story: record } = location;
    const path = join(root, record.file);
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) throw notFound();
    const fileId = fileIdOf(record);
    const cacheKey = `${record.file}\u0000${info.size}\u0000${info.mtimeMs}\u0000${fileId}`;
    let stories = this.#recentFiles.get(cacheKey);
    // A PDF export's story is read from its pages alone (the index kept them); the whole file
    // is read only when it is not found there.
    if (!stories && record.pages) {
      const entry = { id: fileId, file: record.file, size: info.size, mtimeMs: info.mtimeMs };
      const rootReal = await realpath(root).catch(() => root);
      const one = await readStoryFromPages(
        root,
        entry,
        { ...record, pages: record.pages },
        rootReal,
        {
          budget: readBudgetFor(info.size),
        },
      );
      if (one) stories = [one];
    }
    if (!stories) {
      // Read from inside the archive only: a name swapped for a link out of it is refused.
      const rootReal = await realpath(root).catch(() => root);
      const read = await readStoryFile(
        root,
        { id: fileId, file: record.file, size: info.size, mtimeMs: info.mtimeMs },
        rootReal,
        { budget: readBudgetFor(info.size) },
      );
      if (!read.ok) {
        if ((await stat(path).catch(() => null)) === null) throw notFound();
        throw new ClippingsError(
          'E_UNREADABLE',
          `This story cannot be read now. ${read.skipped.reason}`,
        );
      }
      stories = read.stories;
      if (stories.length > 1) this.#recentFiles.set(cacheKey, stories);
    }
    const read = stories.find((one) => one.id === record.id);
    if (!read) throw notFound();
    // The names the index extracted when it read the story (the same text, unless the file
    // changed since: the watcher then re-indexes it).
    const story: Story = { ...read, entities: restoreEntities(record.entities) };
    // Duplicates from the catalogue (same normalised title and date, or the same text), so
    // opening a story never waits for the related index.
    const duplicates = catalogue.duplicatesOf(story.id).flatMap((id) => {
      const other = catalogue.locate(id)?.story;
      return other ? [{ id, title: other.title, date: other.date, section: other.section }] : [];
    });
    return {
      story,
      duplicates,
      highlights: request.query ? await this.#highlights(request.query, story) : null,
    };
  }

  async #respond(page: Page, plan: SearchPlan | null, started: number): Promise<SearchResponse> {
    const { library } = this.#context;
    const [snippets, marks] = await Promise.all([
      this.#snippets(page, plan),
      library ? library.marks(page.hits.map(({ candidate }) => candidate.story.id)) : null,
    ]);
    return {
      total: page.total,
      tookMs: Math.round((performance.now() - started) * 100) / 100,
      hits: page.hits.map(({ candidate, duplicates }, i) => {
        const hit = toSearchHit(candidate, duplicates, snippets[i] as Snippet);
        const mark = marks?.[i];
        return mark ? { ...hit, library: mark } : hit;
      }),
      facets: page.facets,
    };
  }

  /** Snippets of the page's stories, from the workers holding them. */
  async #snippets(page: Page, plan: SearchPlan | null): Promise<Snippet[]> {
    const { pool, lifetime } = this.#context;
    const byWorker = new Map<number, { index: number; segment: CatalogueSegment; doc: number }[]>();
    page.hits.forEach(({ candidate }, index) => {
      const list = byWorker.get(candidate.segment.worker) ?? [];
      list.push({ index, segment: candidate.segment, doc: candidate.doc });
      byWorker.set(candidate.segment.worker, list);
    });
    const snippets: Snippet[] = page.hits.map(() => ({ text: '', highlights: [] }));
    await Promise.all(
      [...byWorker].map(async ([worker, list]) => {
        const answers = await lifetime.call(() =>
          pool.request(worker, {
            type: 'snippets',
            plan,
            stories: list.map(({ segment, doc }) => ({ segmentId: segment.segmentId, doc })),
          }),
        );
        list.forEach(({ index }, k) => {
          snippets[index] = answers[k] ?? { text: '', highlights: [] };
        });
      }),
    );
    return snippets;
  }

  /**
   * Ranges of the query's matches in the story, for the reader; null for a query with none,
   * or one that cannot be searched (E_QUERY: the search box already says why). Any other
   * failure is a fault and is not hidden as "no highlights": it fails the call, and is logged.
   */
  async #highlights(queryText: string, story: Story): Promise<StoryHighlights | null> {
    const { catalogue } = this.#context;
    let query: ParsedQuery;
    try {
      query = parseQuery(queryText);
      await expandWithinBudget(query, catalogue.vocabulary);
    } catch (error) {
      if (error instanceof ClippingsError && error.code === 'E_QUERY') return null;
      throw error;
    }
    const plan = planSearch(query, {}, catalogue.vocabulary, catalogue.statistics);
    if (!plan) return null;
    const items = highlightItems(plan);
    if (items.length === 0) return null;
    const mark = (text: string, field: 'title' | 'captions' | 'body'): Range[] =>
      highlightText(text, field, items);
    return {
      title: mark(story.title, 'title'),
      captions: story.captions.map((caption) => mark(caption, 'captions')),
      paragraphs: story.paragraphs.map((paragraph) => mark(paragraph, 'body')),
    };
  }
}

/** The query's name conditions as a test of story records; null when it has none. */
function entityTest(query: ParsedQuery): RecordTest {
  if (!hasEntityConditions(query)) return null;
  const include = query.entities.include.map(conditionTest);
  const exclude = query.entities.exclude.map(conditionTest);
  return (story) =>
    include.every((names) => names(story.entities)) &&
    !exclude.some((names) => names(story.entities));
}

export function notFound(): ClippingsError {
  return new ClippingsError('E_NOT_FOUND', 'This story is no longer in the archive.');
}

/** An id the catalogue does not hold: gone since the archive was opened, or never in it. */
export function unknownStory(catalogue: Catalogue, id: string): ClippingsError {
  if (catalogue.wasRemoved(id)) return notFound();
  return new ClippingsError('E_NOT_FOUND', `There is no story "${id}" in this archive.`);
}

function emptyResponse(started: number): SearchResponse {
  return {
    total: 0,
    tookMs: Math.round((performance.now() - started) * 100) / 100,
    hits: [],
    facets: { sections: [], months: [] },
  };
}

function pageOf(request: { limit?: number; offset?: number }): { limit: number; offset: number } {
  return { limit: request.limit ?? DEFAULT_LIMIT, offset: request.offset ?? 0 };
}

/** The stories of the last few many-story files read, by file, size, mtime and id. */
class RecentFiles {
  static readonly SIZE = 3;
  readonly #files = new Map<string, Story[]>();

  get(key: string): Story[] | undefined {
    const stories = this.#files.get(key);
    if (stories) {
      this.#files.delete(key);
      this.#files.set(key, stories);
    }
    return stories;
  }

  set(key: string, stories: Story[]): void {
    this.#files.set(key, stories);
    if (this.#files.size > RecentFiles.SIZE) {
      this.#files.delete(this.#files.keys().next().value as string);
    }
  }
}
