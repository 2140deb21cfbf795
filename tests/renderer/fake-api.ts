/**
 * A fake ClippingsApi for component tests: a small in-memory archive with a naive search
 * (every word required, case-insensitive, highlights at each occurrence; `is:starred`,
 * `is:unread`, `is:read`, `tag:x` answered from an in-memory library), facets, browse,
 * stories with highlights, related stories from the stories' own related headlines, and the
 * library's methods (state, notes, highlights, saved searches, history, export).
 *
 * Calls can be held (`hold(method)`) and answered later in any order, to test that an older
 * answer never replaces a newer one; `fail(method, error)` makes the next calls fail.
 *
 * Its verbs come from the API's method table, like the preload's: a method added there is here
 * at once, answering E_UNAVAILABLE until it is given a behaviour in `#answers` below.
 */
import type {
  ApiError,
  ApiMethod,
  ApiRequests,
  ApiResponses,
  ApiResult,
  ArchiveStatus,
  BrowseRequest,
  ClippingsApi,
  MissingHeadline,
  Range,
  SavedSearch,
  SearchHit,
  SearchRequest,
  SearchResponse,
  Story,
  StoryLibraryState,
  StoryRef,
} from '../../contract/api';
import { createApiVerbs } from '../../contract/api-verbs';
import { API_METHODS } from '../../contract/api-table';

export type FakeMethod = ApiMethod;

/** What the fake answers, per method: a method without one answers E_UNAVAILABLE. */
type FakeAnswers = {
  [M in ApiMethod]?: (request: ApiRequests[M]) => ApiResult<ApiResponses[M]>;
};

export interface HeldCall {
  method: FakeMethod;
  request: unknown;
  /** Answers the call now with what the fake archive says. */
  answer: () => void;
}

export function makeStory(partial: Partial<Story> & { id: string; title: string }): Story {
  return {
    file: `${partial.id}.txt`,
    format: 'text',
    source: null,
    date: '2022-11-08',
    section: 'world',
    byline: 'Staff',
    dateline: null,
    captions: [],
    paragraphs: ['A paragraph.'],
    related: { label: null, headlines: [] },
    warnings: [],
    ...partial,
  };
}

/** `count` plain stories, spread over sections and months, for lists that need length. */
export function makeManyStories(count: number): Story[] {
  const sections = ['world', 'business', 'sport', 'science'];
  return Array.from({ length: count }, (_, index) => {
    const month = (index % 12) + 1;
    const year = 2020 + (Math.floor(index / 12) % 3);
    return makeStory({
      id: `s${String(index).padStart(5, '0')}`,
      title: `Harbour report number ${index}`,
      date: `${year}-${String(month).padStart(2, '0')}-${String((index % 27) + 1).padStart(2, '0')}`,
      section: sections[index % sections.length] as string,
      paragraphs: [`The harbour office published report ${index} about tides and ferries.`],
    });
  });
}

function wordsOf(query: string): string[] {
  return query
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean);
}

function rangesIn(text: string, words: readonly string[]): Range[] {
  const lower = text.toLowerCase();
  const ranges: Range[] = [];
  for (const word of words) {
    let at = lower.indexOf(word);
    while (at >= 0) {
      ranges.push([at, at + word.length]);
      at = lower.indexOf(word, at + word.length);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

function ref(story: Story): StoryRef {
  return { id: story.id, title: story.title, date: story.date, section: story.section };
}

// The verbs are set in the constructor, one per method of the table (createApiVerbs): this
// interface tells the compiler so, without listing them.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface FakeApi extends ClippingsApi {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class FakeApi {
  stories: Story[];
  statusValue: ArchiveStatus;
  /** Every call, in order. */
  readonly calls: { method: FakeMethod; request: unknown }[] = [];
  readonly held: HeldCall[] = [];
  /** Storylines by story id (ids in date order). */
  storylines = new Map<string, string[]>();
  readonly #holding = new Set<FakeMethod>();
  readonly #failing = new Map<FakeMethod, ApiError>();
  readonly #statusListeners = new Set<(status: ArchiveStatus) => void>();
  /** The fake library: each story's state, saved searches, visits, missing headlines. */
  readonly library = new Map<string, StoryLibraryState>();
  readonly saved: SavedSearch[] = [];
  readonly visits: string[] = [];
  missingHeadlines: MissingHeadline[] = [];
  #nextId = 1;

  constructor(stories: Story[], status: Partial<ArchiveStatus> = {}) {
    Object.assign(
      this,
      createApiVerbs(API_METHODS, (method, ...request) => this.#respond(method, request[0])),
    );
    this.stories = stories;
    this.statusValue = {
      archive: '/home/reader/Archive',
      state: 'ready',
      stories: stories.length,
      duplicateSaves: 0,
      skipped: 0,
      skippedFiles: [],
      segments: 1,
      progress: null,
      message: null,
      generation: 1,
      ...status,
    };
  }

  hold(method: FakeMethod): void {
    this.#holding.add(method);
  }

  release(method: FakeMethod): void {
    this.#holding.delete(method);
  }

  /** The next calls to `method` fail with this error until `recover(method)`. */
  fail(method: FakeMethod, error: ApiError): void {
    this.#failing.set(method, error);
  }

  recover(method: FakeMethod): void {
    this.#failing.delete(method);
  }

  callsOf(method: FakeMethod): unknown[] {
    return this.calls.filter((call) => call.method === method).map((call) => call.request);
  }

  pushStatus(patch: Partial<ArchiveStatus>): void {
    this.statusValue = { ...this.statusValue, ...patch };
    for (const listener of this.#statusListeners) listener(this.statusValue);
  }

  #respond(method: FakeMethod, request: unknown): Promise<ApiResult<unknown>> {
    this.calls.push({ method, request });
    const failure = this.#failing.get(method);
    const answer = this.#answers[method] as ((request: unknown) => ApiResult<unknown>) | undefined;
    const run = (): ApiResult<unknown> => {
      if (failure) return { ok: false, error: failure };
      if (!answer) {
        return {
          ok: false,
          error: { code: 'E_UNAVAILABLE', message: `The fake API does not answer ${method}.` },
        };
      }
      return answer(request);
    };
    if (!this.#holding.has(method)) return Promise.resolve(run());
    return new Promise((resolve) => {
      this.held.push({ method, request, answer: () => resolve(run()) });
    });
  }

  /** The fake archive's answers, per method (see FakeAnswers). */
  readonly #answers: FakeAnswers = {
    status: () => ({ ok: true, value: this.statusValue }),
    openArchive: () => ({ ok: true, value: null }),
    search: (request) => {
      if (request.query.includes('"') && request.query.split('"').length % 2 === 0) {
        return {
          ok: false,
          error: { code: 'E_QUERY', message: 'A quotation mark is not closed: add the closing ".' },
        };
      }
      const { words: text, test } = this.#libraryFilter(request.query);
      const words = wordsOf(text);
      const matches = this.stories.filter((story) => {
        const body = `${story.title} ${story.paragraphs.join(' ')}`.toLowerCase();
        return words.every((word) => body.includes(word)) && test(story.id);
      });
      return { ok: true, value: this.#answer(matches, request, words) };
    },
    browse: (request) => ({
      ok: true,
      value: this.#answer(this.stories, { ...request, sort: request.sort ?? 'newest' }, []),
    }),
    story: (request) => {
      const story = this.stories.find((candidate) => candidate.id === request.id);
      if (!story) {
        return {
          ok: false,
          error: { code: 'E_NOT_FOUND', message: `No story with the id ${request.id}.` },
        };
      }
      const words = wordsOf(request.query ?? '');
      return {
        ok: true,
        value: {
          story,
          duplicates: [],
          highlights: words.length
            ? {
                title: rangesIn(story.title, words),
                captions: story.captions.map((caption) => rangesIn(caption, words)),
                paragraphs: story.paragraphs.map((paragraph) => rangesIn(paragraph, words)),
              }
            : null,
        },
      };
    },
    related: (request) => {
      const story = this.stories.find((candidate) => candidate.id === request.id);
      if (!story) {
        return {
          ok: false,
          error: { code: 'E_NOT_FOUND', message: `No story with the id ${request.id}.` },
        };
      }
      const byTitle = (title: string): Story | undefined =>
        this.stories.find((candidate) => candidate.title.toLowerCase() === title.toLowerCase());
      const storyline = (this.storylines.get(story.id) ?? [])
        .map((id) => this.stories.find((candidate) => candidate.id === id))
        .filter((candidate): candidate is Story => candidate !== undefined)
        .map((candidate) => ({ ...ref(candidate), current: candidate.id === story.id }));
      return {
        ok: true,
        value: {
          linked: story.related.headlines.map((headline) => ({
            headline,
            id: byTitle(headline)?.id ?? null,
            alternatives: [],
          })),
          citedBy: this.stories
            .filter((other) =>
              other.related.headlines.some(
                (headline) => headline.toLowerCase() === story.title.toLowerCase(),
              ),
            )
            .map(ref),
          similar: [],
          storyline,
          duplicates: [],
        },
      };
    },
    missing: () => ({ ok: true, value: this.missingHeadlines }),
    dataLocations: () => ({
      ok: true,
      value: {
        dataFolder: '/home/reader/.config/Clippings',
        library: '/home/reader/.config/Clippings/library.sqlite',
        indexCache: '/home/reader/.cache/Clippings/index',
        archiveIndexCache: '/home/reader/.cache/Clippings/index/3f2a9c',
        settings: null,
      },
    }),
    libraryState: (request) => this.#change(request, (state) => state),
    setStarred: (request) =>
      this.#change(request, (state) => ({ ...state, starred: request.starred })),
    setRead: (request) =>
      this.#change(request, (state) => ({
        ...state,
        read: request.read,
        readAt: request.read ? '2026-11-27T10:00:00Z' : null,
      })),
    tagStory: (request) => {
      const tag = request.tag.trim().toLowerCase();
      return this.#change(request, (state) => ({
        ...state,
        tags: [...new Set([...state.tags, tag])].sort(),
      }));
    },
    untagStory: (request) => {
      const tag = request.tag.trim().toLowerCase();
      return this.#change(request, (state) => ({
        ...state,
        tags: state.tags.filter((other) => other !== tag),
      }));
    },
    addNote: (request) =>
      this.#change(request, (state) => ({
        ...state,
        notes: [
          ...state.notes,
          {
            id: this.#nextId++,
            text: request.text,
            created: '2026-11-27T10:15:00Z',
            updated: null,
          },
        ],
      })),
    editNote: (request) =>
      this.#change(request, (state) => ({
        ...state,
        notes: state.notes.map((note) =>
          note.id === request.noteId ? { ...note, text: request.text } : note,
        ),
      })),
    deleteNote: (request) =>
      this.#change(request, (state) => ({
        ...state,
        notes: state.notes.filter((note) => note.id !== request.noteId),
      })),
    addHighlight: (request) =>
      this.#change(request, (state, story) => {
        const index = story.paragraphs.findIndex((paragraph) => paragraph.includes(request.quote));
        if (index < 0) return { code: 'E_INVALID', message: 'That text is not in this story.' };
        const start = (story.paragraphs[index] as string).indexOf(request.quote);
        return {
          ...state,
          highlights: [
            ...state.highlights,
            {
              id: this.#nextId++,
              quote: request.quote,
              prefix: request.prefix,
              suffix: request.suffix,
              note: request.note ?? null,
              created: '2026-11-27T10:15:00Z',
              anchor: { part: 'paragraph', index, start, end: start + request.quote.length },
            },
          ],
        };
      }),
    deleteHighlight: (request) =>
      this.#change(request, (state) => ({
        ...state,
        highlights: state.highlights.filter((highlight) => highlight.id !== request.highlightId),
      })),
    recordVisit: (request) => {
      this.visits.unshift(request.id);
      return { ok: true, value: null };
    },
    libraryOverview: () => {
      const states = [...this.library.values()];
      const tags = new Map<string, number>();
      for (const state of states)
        for (const tag of state.tags) tags.set(tag, (tags.get(tag) ?? 0) + 1);
      const read = states.filter((state) => state.read).length;
      return {
        ok: true,
        value: {
          stories: this.stories.length,
          starred: states.filter((state) => state.starred).length,
          read,
          unread: this.stories.length - read,
          withNotes: states.filter((state) => state.notes.length > 0).length,
          withHighlights: states.filter((state) => state.highlights.length > 0).length,
          tags: [...tags].map(([name, count]) => ({ name, count })),
          message: null,
        },
      };
    },
    annotations: () => ({
      ok: true,
      value: [...this.library.values()]
        .filter((state) => state.notes.length > 0 || state.highlights.length > 0)
        .flatMap((state) => {
          const story = this.stories.find((candidate) => candidate.id === state.id);
          return story
            ? [
                {
                  ...ref(story),
                  notes: state.notes,
                  highlights: state.highlights.map(({ anchor: _anchor, ...rest }) => rest),
                },
              ]
            : [];
        }),
    }),
    readingHistory: () => ({
      ok: true,
      value: [...new Set(this.visits)].flatMap((id) => {
        const story = this.stories.find((candidate) => candidate.id === id);
        return story ? [{ ...ref(story), openedAt: '2026-11-27T10:00:00Z' }] : [];
      }),
    }),
    savedSearches: () => ({ ok: true, value: [...this.saved] }),
    saveSearch: (request) => {
      if (this.saved.some((saved) => saved.name === request.name)) {
        return {
          ok: false,
          error: {
            code: 'E_INVALID',
            message: `There is already a saved search called "${request.name}".`,
          },
        };
      }
      const saved: SavedSearch = {
        id: this.#nextId++,
        name: request.name,
        query: request.query,
        filters: request.filters ?? {},
        created: '2026-11-27T10:00:00Z',
        lastOpened: '2026-11-27T10:00:00Z',
        total: 0,
        newMatches: 0,
      };
      this.saved.push(saved);
      return { ok: true, value: saved };
    },
    openSavedSearch: (request) => {
      const saved = this.saved.find((candidate) => candidate.id === request.savedId);
      if (!saved)
        return { ok: false, error: { code: 'E_NOT_FOUND', message: 'No such saved search.' } };
      saved.newMatches = 0;
      return { ok: true, value: saved };
    },
    deleteSavedSearch: (request) => {
      const at = this.saved.findIndex((candidate) => candidate.id === request.savedId);
      if (at >= 0) this.saved.splice(at, 1);
      return { ok: true, value: null };
    },
    recentArchives: () => ({ ok: true, value: [] }),
    openOriginal: (request) => ({
      ok: true,
      value: { opened: 'url', url: `/original/${encodeURIComponent(request.id)}` },
    }),
    exportStories: (request) => ({
      ok: true,
      value: {
        fileName: `${request.ids?.[0] ?? 'clippings-export'}.${request.format}`,
        mimeType: 'text/plain',
        text: 'exported',
        stories: request.ids?.length ?? this.stories.length,
      },
    }),
  };

  onStatus(listener: (status: ArchiveStatus) => void): () => void {
    this.#statusListeners.add(listener);
    return () => this.#statusListeners.delete(listener);
  }

  #answer(
    matches: Story[],
    request: SearchRequest | BrowseRequest,
    words: string[],
  ): SearchResponse {
    const inSections = (story: Story): boolean =>
      !request.sections?.length || request.sections.includes(story.section);
    const inDates = (story: Story): boolean =>
      (!request.from || (story.date ?? '') >= request.from) &&
      (!request.to || (story.date ?? '') <= request.to);
    const filtered = matches.filter((story) => inSections(story) && inDates(story));
    const sorted = [...filtered];
    if (request.sort === 'newest')
      sorted.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
    if (request.sort === 'oldest')
      sorted.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
    const offset = request.offset ?? 0;
    const limit = request.limit ?? 20;
    const hits: SearchHit[] = sorted.slice(offset, offset + limit).map((story) => {
      const text = story.paragraphs[0] ?? '';
      return {
        ...ref(story),
        byline: story.byline,
        score: 1,
        snippet: { text, highlights: rangesIn(text, words) },
        duplicates: [],
        library: { starred: this.stateOf(story.id).starred, read: this.stateOf(story.id).read },
      };
    });
    const sectionCounts = new Map<string, number>();
    const monthCounts = new Map<string, number>();
    for (const story of filtered) {
      sectionCounts.set(story.section, (sectionCounts.get(story.section) ?? 0) + 1);
      if (story.date) {
        const month = story.date.slice(0, 7);
        monthCounts.set(month, (monthCounts.get(month) ?? 0) + 1);
      }
    }
    return {
      total: filtered.length,
      tookMs: 3,
      hits,
      facets: {
        sections: [...sectionCounts].map(([name, count]) => ({ name, count })),
        months: [...monthCounts]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([month, count]) => ({ month, count })),
      },
    };
  }

  // ── the library ──

  stateOf(id: string): StoryLibraryState {
    return (
      this.library.get(id) ?? {
        id,
        starred: false,
        read: false,
        readAt: null,
        tags: [],
        notes: [],
        highlights: [],
      }
    );
  }

  /** `is:…` and `tag:…` words of a query as a test of ids; the other words as text. */
  #libraryFilter(query: string): { words: string; test: (id: string) => boolean } {
    const tests: ((id: string) => boolean)[] = [];
    const words = query.replace(
      /(-?)(is|tag):("[^"]*"|\S+)/g,
      (_all, minus: string, field: string, value: string) => {
        const word = value.replace(/"/g, '').toLowerCase();
        const holds = (id: string): boolean => {
          const state = this.stateOf(id);
          if (field === 'tag') return state.tags.includes(word);
          return word === 'starred' ? state.starred : word === 'read' ? state.read : !state.read;
        };
        tests.push(minus ? (id) => !holds(id) : holds);
        return ' ';
      },
    );
    return { words, test: (id) => tests.every((test) => test(id)) };
  }

  #change(
    request: { id: string },
    change: (state: StoryLibraryState, story: Story) => StoryLibraryState | ApiError,
  ): ApiResult<StoryLibraryState> {
    const story = this.stories.find((candidate) => candidate.id === request.id);
    if (!story) {
      return {
        ok: false,
        error: { code: 'E_NOT_FOUND', message: 'This story is no longer in the archive.' },
      };
    }
    const next = change(this.stateOf(request.id), story);
    if ('code' in next) return { ok: false, error: next };
    this.library.set(request.id, next);
    return { ok: true, value: next };
  }
}

/** A small archive with a storyline: three stories that name each other. */
export function storylineArchive(): FakeApi {
  const first = makeStory({
    id: 'bridge-1',
    title: 'Council approves the new river bridge',
    date: '2022-03-02',
    section: 'local',
    byline: 'Ada Marsh',
    dateline: 'MILLFORD',
    captions: ['The old crossing at dusk, seen from the east bank.'],
    paragraphs: [
      'The council voted on Tuesday to build a second bridge across the river.',
      'Engineers said the bridge would take three years to finish.',
    ],
    related: {
      label: 'More From Local:',
      headlines: ['Bridge works begin after winter floods', 'Ferry timetable cut for the summer'],
    },
  });
  const second = makeStory({
    id: 'bridge-2',
    file: 'saved/bridge-2.html',
    format: 'html',
    source: 'https://news.example.com/local/bridge-works-begin',
    title: 'Bridge works begin after winter floods',
    date: '2022-06-15',
    section: 'local',
    byline: 'Ada Marsh',
    paragraphs: ['Work on the river bridge began this week, months after the floods.'],
    related: { label: 'More From Local:', headlines: ['Council approves the new river bridge'] },
  });
  const third = makeStory({
    id: 'bridge-3',
    title: 'River bridge opens to walkers',
    date: '2023-01-20',
    section: 'local',
    byline: 'Tom Reed',
    paragraphs: ['Walkers crossed the new bridge for the first time on Friday.'],
  });
  const other = makeStory({
    id: 'budget-1',
    title: 'Budget talks stall over school funding',
    date: '2022-04-11',
    section: 'politics',
    paragraphs: ['Talks on the city budget stalled again over money for schools.'],
  });
  const api = new FakeApi([first, second, third, other]);
  const line = ['bridge-1', 'bridge-2', 'bridge-3'];
  for (const id of line) api.storylines.set(id, line);
  return api;
}

/** Lets pending promise callbacks run (answers are resolved promises). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
}
