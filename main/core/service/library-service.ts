/**
 * LibraryService: the reader's library for one open archive, as the API offers it. It checks
 * every story id against the archive (an unknown id is E_NOT_FOUND and nothing is stored),
 * anchors highlights in the story as it reads now, counts a saved search's new matches by
 * running it, and exports stories with what the library keeps about them.
 *
 * The storage is the library folder's ArchiveLibrary; this class adds what needs the archive
 * (its catalogue, its stories and its search).
 */
import type { Catalogue } from '../index/catalogue';
import type {
  AddHighlightRequest,
  AddNoteRequest,
  DeleteHighlightRequest,
  DeleteNoteRequest,
  EditNoteRequest,
  ExportFile,
  ExportRequest,
  HistoryEntry,
  LibraryOverview,
  SavedSearch,
  SaveSearchRequest,
  SetReadRequest,
  SetStarredRequest,
  StoryAnnotations,
  StoryLibraryState,
  TagRequest,
} from '../model/library';
import { ClippingsError } from '../model/errors';
import type { SearchRequest } from '../model/search';
import type { Story, StoryRef } from '../model/story';
import type { ArchiveLibrary, StoredSavedSearch, StoredState } from '../library/archive-library';
import { anchorQuote, readingOrder } from '../library/text-quote';
import { exportStories } from '../export/export-stories';
import type { ExportItem } from '../export/export-item';
import { parseQuery } from '../search/parse-query';
import type { QueryService } from './query-service';
import { unknownStory } from './query-service';

/** The most stories one export may hold (a search that finds more is refused, with a reason). */
export const EXPORT_LIMIT = 5_000;
const DEFAULT_LIST = 200;

export interface LibraryServiceContext {
  catalogue: Catalogue;
  queries: QueryService;
  /**
   * Settles when the archive's first indexing has finished: until then the catalogue may not
   * hold a story yet, so an id it lacks is checked again once it does (a star given while the
   * archive is still being indexed is kept, not refused as unknown).
   */
  indexed?: () => Promise<void>;
  /** Null when this session has no library (tests, an archive opened without a data folder). */
  library: ArchiveLibrary | null;
}

export class LibraryService {
  readonly #context: LibraryServiceContext;

  constructor(context: LibraryServiceContext) {
    this.#context = context;
  }

  async state({ id }: { id: string }): Promise<StoryLibraryState> {
    const library = this.#library();
    const story = await this.#story(id);
    return anchored(await library.state(id), story);
  }

  async setStarred(request: SetStarredRequest): Promise<StoryLibraryState> {
    return this.#change(request.id, (library) => library.setStarred(request.id, request.starred));
  }

  async setRead(request: SetReadRequest): Promise<StoryLibraryState> {
    return this.#change(request.id, (library) => library.setRead(request.id, request.read));
  }

  async tag(request: TagRequest): Promise<StoryLibraryState> {
    return this.#change(request.id, (library) => library.tag(request.id, request.tag, true));
  }

  async untag(request: TagRequest): Promise<StoryLibraryState> {
    return this.#change(request.id, (library) => library.tag(request.id, request.tag, false));
  }

  async addNote(request: AddNoteRequest): Promise<StoryLibraryState> {
    return this.#change(request.id, (library) => library.addNote(request.id, request.text));
  }

  async editNote(request: EditNoteRequest): Promise<StoryLibraryState> {
    return this.#change(request.id, (library) =>
      library.editNote(request.id, request.noteId, request.text),
    );
  }

  async deleteNote(request: DeleteNoteRequest): Promise<StoryLibraryState> {
    return this.#change(request.id, (library) => library.deleteNote(request.id, request.noteId));
  }

  async addHighlight(request: AddHighlightRequest): Promise<StoryLibraryState> {
    const library = this.#library();
    const story = await this.#story(request.id);
    const selector = { quote: request.quote, prefix: request.prefix, suffix: request.suffix };
    if (anchorQuote(story, selector) === null) {
      throw new ClippingsError(
        'E_INVALID',
        'That text is not in this story as it reads now; select it again to highlight it.',
      );
    }
    const state = await library.addHighlight(request.id, selector, request.note ?? null);
    return anchored(state, story);
  }

  async deleteHighlight(request: DeleteHighlightRequest): Promise<StoryLibraryState> {
    return this.#change(request.id, (library) =>
      library.deleteHighlight(request.id, request.highlightId),
    );
  }

  async recordVisit({ id }: { id: string }): Promise<void> {
    const library = this.#library();
    await this.#ref(id);
    await library.recordVisit(id);
  }

  /**
   * The rail's counts, as the lists count them: a story saved twice is one (its duplicate
   * group counts once, when any of its saves holds), and ids no longer in the archive drop out.
   */
  async overview(): Promise<LibraryOverview> {
    const { catalogue } = this.#context;
    const snapshot = await this.#library().snapshot();
    const groups = (ids: Iterable<string>): Set<string> => {
      const found = new Set<string>();
      for (const id of ids) if (catalogue.locate(id)) found.add(catalogue.groupKey(id));
      return found;
    };
    let stories = 0;
    let unread = 0;
    const seen = new Set<string>();
    const unreadGroups = new Set<string>();
    for (const { story } of catalogue.stories()) {
      const key = catalogue.groupKey(story.id);
      if (!seen.has(key)) {
        seen.add(key);
        stories += 1;
      }
      if (!snapshot.read.has(story.id) && !unreadGroups.has(key)) {
        unreadGroups.add(key);
        unread += 1;
      }
    }
    const tags = [...snapshot.tags]
      .map(([name, ids]) => ({ name, count: groups(ids).size }))
      .filter((tag) => tag.count > 0)
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    return {
      stories,
      starred: groups(snapshot.starred).size,
      read: groups(snapshot.read).size,
      unread,
      withNotes: groups(snapshot.notes.keys()).size,
      withHighlights: groups(snapshot.highlights.keys()).size,
      tags,
      message: null,
    };
  }

  async annotations({ limit }: { limit?: number }): Promise<StoryAnnotations[]> {
    const stored = await this.#library().annotations(limit ?? DEFAULT_LIST);
    return stored.flatMap((entry) => {
      const ref = this.#context.catalogue.locate(entry.id);
      return ref ? [{ ...refOf(ref.story), notes: entry.notes, highlights: entry.highlights }] : [];
    });
  }

  async history({ limit }: { limit?: number }): Promise<HistoryEntry[]> {
    const visits = await this.#library().history(limit ?? DEFAULT_LIST);
    return visits.flatMap((visit) => {
      const ref = this.#context.catalogue.locate(visit.id);
      return ref ? [{ ...refOf(ref.story), openedAt: visit.openedAt }] : [];
    });
  }

  async savedSearches(): Promise<SavedSearch[]> {
    const stored = await this.#library().savedSearches();
    return Promise.all(stored.map((saved) => this.#counted(saved)));
  }

  /** Saves a search (its query must parse) and counts what it finds now as seen. */
  async saveSearch(request: SaveSearchRequest): Promise<SavedSearch> {
    const library = this.#library();
    parseQuery(request.query);
    const filters = request.filters ?? {};
    const savedId = await library.saveSearch(request.name, request.query, filters);
    const ids = await this.#context.queries.matchingIds(searchOf(request.query, filters));
    await library.markSavedSearchOpened(savedId, ids);
    return this.#counted(await library.savedSearch(savedId));
  }

  /** Marks a saved search opened: what it finds now stops counting as new. */
  async openSavedSearch({ savedId }: { savedId: number }): Promise<SavedSearch> {
    const library = this.#library();
    const saved = await library.savedSearch(savedId);
    const ids = await this.#context.queries.matchingIds(searchOf(saved.query, saved.filters));
    await library.markSavedSearchOpened(savedId, ids);
    return this.#counted(await library.savedSearch(savedId));
  }

  async deleteSavedSearch({ savedId }: { savedId: number }): Promise<void> {
    await this.#library().deleteSavedSearch(savedId);
  }

  /** Some stories (by id) or every story a search finds, in one file of the chosen format. */
  async export(request: ExportRequest): Promise<ExportFile> {
    const { name, items } = await this.#exportItems(request);
    return exportStories(items, request.format, name);
  }

  /**
   * The same stories, one file per story (the CLI's `export --out FOLDER`), each named after
   * its story id, so the folder reads back as an archive whose stories keep their ids.
   */
  async exportEach(request: ExportRequest): Promise<ExportFile[]> {
    const { items } = await this.#exportItems(request);
    return items.map((item) =>
      exportStories([item], request.format, item.story.title, item.story.id),
    );
  }

  // ───────────────────────────── inside ─────────────────────────────

  async #exportItems(request: ExportRequest): Promise<{ name: string; items: ExportItem[] }> {
    const library = this.#library();
    const { catalogue, queries } = this.#context;
    let ids: string[];
    let name: string;
    if (request.ids) {
      ids = [...new Set(request.ids)];
      for (const id of ids) await this.#ref(id);
      const only = ids.length === 1 ? catalogue.locate(ids[0] as string) : undefined;
      name = only ? only.story.title || only.story.id : `${ids.length}-stories`;
    } else {
      // In the order the list shows them: its sort, best match first by default.
      const search = searchOf(request.query ?? '', request);
      if (request.sort) search.sort = request.sort;
      ids = await queries.listedIds(search);
      name = (request.query ?? '').trim() || 'all-stories';
    }
    if (ids.length > EXPORT_LIMIT) {
      throw new ClippingsError(
        'E_INVALID',
        `This search finds ${ids.length.toLocaleString('en')} stories; an export holds at most ${EXPORT_LIMIT.toLocaleString('en')}. Narrow the search and export again.`,
      );
    }
    const states = await library.states(ids);
    const items: ExportItem[] = [];
    for (const [index, id] of ids.entries()) {
      const story = await this.#story(id);
      items.push({
        story,
        state: exportedState(states[index] as StoredState),
        source: story.source,
      });
    }
    return { name, items };
  }

  async #change(
    id: string,
    work: (library: ArchiveLibrary) => Promise<StoredState>,
  ): Promise<StoryLibraryState> {
    const library = this.#library();
    const story = await this.#story(id);
    return anchored(await work(library), story);
  }

  async #counted(saved: StoredSavedSearch): Promise<SavedSearch> {
    let ids: string[] = [];
    try {
      ids = await this.#context.queries.matchingIds(searchOf(saved.query, saved.filters));
    } catch (error) {
      // A saved query the language no longer accepts still lists (with nothing found).
      if (!(error instanceof ClippingsError && error.code === 'E_QUERY')) throw error;
    }
    const seen = saved.seen;
    return {
      id: saved.id,
      name: saved.name,
      query: saved.query,
      filters: saved.filters,
      created: saved.created,
      lastOpened: saved.lastOpened,
      total: ids.length,
      newMatches: seen === null ? ids.length : ids.filter((id) => !seen.has(id)).length,
    };
  }

  #library(): ArchiveLibrary {
    const { library } = this.#context;
    if (!library) {
      throw new ClippingsError(
        'E_UNSUPPORTED',
        'This session has no library: open the archive from the app, `npm run serve` or the CLI with a data folder.',
      );
    }
    return library;
  }

  /** The story's entry in the catalogue (E_NOT_FOUND for an id the archive lacks). */
  async #ref(id: string): Promise<StoryRef> {
    const { catalogue, indexed } = this.#context;
    let location = catalogue.locate(id);
    if (!location && indexed) {
      await indexed().catch(() => undefined);
      location = catalogue.locate(id);
    }
    // "There is no story …", as `related` says; "no longer in the archive" only for one removed.
    if (!location) throw unknownStory(catalogue, id);
    return refOf(location.story);
  }

  /** The story as its file reads now (E_NOT_FOUND for an id the archive lacks). */
  async #story(id: string): Promise<Story> {
    await this.#ref(id);
    return (await this.#context.queries.story({ id })).story;
  }
}

function exportedState(state: StoredState): ExportItem['state'] {
  return {
    starred: state.starred,
    read: state.read,
    tags: state.tags,
    notes: state.notes.map(({ created, text }) => ({ created, text })),
    highlights: state.highlights.map(({ quote, prefix, suffix, note }) => ({
      quote,
      prefix,
      suffix,
      note,
    })),
  };
}

function refOf(story: StoryRef): StoryRef {
  return { id: story.id, title: story.title, date: story.date, section: story.section };
}

function anchored(state: StoredState, story: Story): StoryLibraryState {
  const highlights = state.highlights
    .map((highlight) => ({ ...highlight, anchor: anchorQuote(story, highlight) }))
    .sort((a, b) => readingOrder(a.anchor, b.anchor));
  return { ...state, highlights };
}

function searchOf(
  query: string,
  filters: ExportRequest | SaveSearchRequest['filters'],
): SearchRequest {
  const request: SearchRequest = { query };
  if (filters?.sections && filters.sections.length > 0) request.sections = filters.sections;
  if (filters?.from) request.from = filters.from;
  if (filters?.to) request.to = filters.to;
  return request;
}
