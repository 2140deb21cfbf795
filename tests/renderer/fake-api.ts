/**
 * A fake ClippingsApi for component tests: a small in-memory archive with a naive search
 * (every word required, case-insensitive, highlights at each occurrence), facets, browse,
 * stories with highlights, and related stories from the stories' own related headlines.
 *
 * Calls can be held (`hold(method)`) and answered later in any order, to test that an older
 * answer never replaces a newer one; `fail(method, error)` makes the next calls fail.
 */
import type {
  ApiError,
  ApiResult,
  ArchiveStatus,
  BrowseRequest,
  ClippingsApi,
  Range,
  RelatedResponse,
  SearchHit,
  SearchRequest,
  SearchResponse,
  Story,
  StoryRef,
  StoryResponse,
} from '../../preload/api';

export type FakeMethod =
  'status' | 'search' | 'browse' | 'story' | 'related' | 'missing' | 'openArchive';

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

export class FakeApi implements ClippingsApi {
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

  constructor(stories: Story[], status: Partial<ArchiveStatus> = {}) {
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

  #respond<T>(
    method: FakeMethod,
    request: unknown,
    compute: () => ApiResult<T>,
  ): Promise<ApiResult<T>> {
    this.calls.push({ method, request });
    const failure = this.#failing.get(method);
    const run = (): ApiResult<T> => (failure ? { ok: false, error: failure } : compute());
    if (!this.#holding.has(method)) return Promise.resolve(run());
    return new Promise((resolve) => {
      this.held.push({ method, request, answer: () => resolve(run()) });
    });
  }

  status(): Promise<ApiResult<ArchiveStatus>> {
    return this.#respond('status', undefined, () => ({ ok: true, value: this.statusValue }));
  }

  openArchive(): Promise<ApiResult<ArchiveStatus | null>> {
    return this.#respond('openArchive', undefined, () => ({ ok: true, value: null }));
  }

  onStatus(listener: (status: ArchiveStatus) => void): () => void {
    this.#statusListeners.add(listener);
    return () => this.#statusListeners.delete(listener);
  }

  search(request: SearchRequest): Promise<ApiResult<SearchResponse>> {
    return this.#respond('search', request, () => {
      if (request.query.includes('"') && request.query.split('"').length % 2 === 0) {
        return {
          ok: false,
          error: { code: 'E_QUERY', message: 'A quotation mark is not closed: add the closing ".' },
        };
      }
      const words = wordsOf(request.query);
      const matches = this.stories.filter((story) => {
        const text = `${story.title} ${story.paragraphs.join(' ')}`.toLowerCase();
        return words.every((word) => text.includes(word));
      });
      return { ok: true, value: this.#answer(matches, request, words) };
    });
  }

  browse(request: BrowseRequest): Promise<ApiResult<SearchResponse>> {
    return this.#respond('browse', request, () => ({
      ok: true,
      value: this.#answer(this.stories, { ...request, sort: request.sort ?? 'newest' }, []),
    }));
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

  story(request: { id: string; query?: string }): Promise<ApiResult<StoryResponse>> {
    return this.#respond('story', request, () => {
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
    });
  }

  related(request: { id: string }): Promise<ApiResult<RelatedResponse>> {
    return this.#respond('related', request, () => {
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
    });
  }

  missing(): Promise<ApiResult<never[]>> {
    return this.#respond('missing', {}, () => ({ ok: true, value: [] }));
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
