/**
 * The bridge contract: every channel name, request and response that crosses between the
 * renderer and main. The renderer, the preload, the IPC handlers, the browser mode and the
 * CLI all speak these types, so a change here is a change of the app's API.
 *
 * Types only (plus constant channel names): the sandboxed preload and the renderer import it,
 * and neither may pull in engine code.
 */

// ───────────────────────────── results and errors ─────────────────────────────

/** Error codes the UI can act on. Messages are plain sentences written for the user. */
export type ErrorCode =
  | 'E_INVALID' // the request did not match its schema
  | 'E_QUERY' // the search query cannot be understood; message says why
  | 'E_NOT_FOUND' // no story with that id (e.g. deleted since the list was shown)
  | 'E_NO_ARCHIVE' // no archive is open
  | 'E_FORBIDDEN' // the call came from a frame or origin that may not call
  | 'E_UNSUPPORTED' // this shell cannot do that (e.g. a folder dialog in the browser mode)
  | 'E_UNREADABLE' // a story file could not be read now
  | 'E_UNAVAILABLE' // the engine cannot be reached (e.g. the browser-mode server stopped)
  | 'E_INTERNAL'; // a bug: the message says so, without a stack trace

export interface ApiError {
  code: ErrorCode;
  message: string;
}

/** What every API call answers, over IPC and HTTP alike: never a throw. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

// ───────────────────────────── stories ─────────────────────────────

/** A story file as the parser reads it. The CLI's `inspect` and `story` print exactly this. */
export interface Story {
  /** The file stem, e.g. `000_820f4edab050e0c0`: a stable identity. */
  id: string;
  /** Path relative to the archive root, with `/` separators. */
  file: string;
  /** `YYYY-MM-DD`, or null when no date could be read at all. */
  date: string | null;
  /** The site's section slug, lower case; `unfiled` when the file has none. */
  section: string;
  byline: string | null;
  title: string;
  /** The capitalised place before the colon that opens the body (`SEOUL`), or null. */
  dateline: string | null;
  captions: string[];
  /** Body paragraphs; the first without its dateline prefix. Header and related block excluded. */
  paragraphs: string[];
  related: { label: string | null; headlines: string[] };
  /** What could not be read, in words (empty for a clean file). */
  warnings: string[];
}

/** A short reference to a story, enough to show and open it. */
export interface StoryRef {
  id: string;
  title: string;
  date: string | null;
  section: string;
}

/** A file the scanner did not index, and why, in words a user understands. */
export interface SkippedFile {
  file: string;
  reason: string;
}

// ───────────────────────────── status ─────────────────────────────

export type ArchiveState = 'empty' | 'scanning' | 'indexing' | 'ready' | 'error';

export interface IndexProgress {
  phase: 'scan' | 'parse' | 'index' | 'load';
  done: number;
  total: number;
}

export interface ArchiveStatus {
  /** Absolute path of the open archive folder, or null before one is open. */
  archive: string | null;
  state: ArchiveState;
  /** Stories searchable now (search works on what is indexed so far). */
  stories: number;
  /** Files that could not be indexed; `skippedFiles` lists them (at most 1,000). */
  skipped: number;
  skippedFiles: SkippedFile[];
  segments: number;
  /** Present while scanning or indexing. */
  progress: IndexProgress | null;
  /** A note for the user, e.g. "The index cache was damaged and has been rebuilt." */
  message: string | null;
  /** Bumped whenever the searchable content changes, so views can refresh their answers. */
  generation: number;
}

// ───────────────────────────── search and browse ─────────────────────────────

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

export interface SearchHit extends StoryRef {
  byline: string | null;
  score: number;
  /** The best passage with every matched term's range; for browse, the story's opening. */
  snippet: Snippet;
  /** Other saves of the same story (same title and date), folded into this hit. */
  duplicates: string[];
}

export interface Facets {
  sections: { name: string; count: number }[];
  /** `YYYY-MM` buckets in ascending order. */
  months: { month: string; count: number }[];
}

export interface SearchResponse {
  total: number;
  tookMs: number;
  hits: SearchHit[];
  facets: Facets;
}

// ───────────────────────────── a story and its neighbours ─────────────────────────────

export interface StoryRequest {
  id: string;
  /** The current search, so the reader can highlight its words (stemmed and prefix matches too). */
  query?: string;
}

/** Ranges of the query's matches in each part of the story, for the reader's highlighting. */
export interface StoryHighlights {
  title: Range[];
  captions: Range[][];
  paragraphs: Range[][];
}

export interface StoryResponse {
  story: Story;
  /** Other saves of the same story. */
  duplicates: StoryRef[];
  highlights: StoryHighlights | null;
}

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
  /** Ordered by date, oldest first, bounded in size. */
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
}

// ───────────────────────────── the API ─────────────────────────────

/**
 * `window.clippings` in Electron; the same methods over HTTP in the browser mode.
 * One async function per method; every one answers an ApiResult.
 */
export interface ClippingsApi {
  status(): Promise<ApiResult<ArchiveStatus>>;
  /** Asks main to show a folder dialog and open the chosen archive; null when cancelled. */
  openArchive(): Promise<ApiResult<ArchiveStatus | null>>;
  search(request: SearchRequest): Promise<ApiResult<SearchResponse>>;
  story(request: StoryRequest): Promise<ApiResult<StoryResponse>>;
  related(request: RelatedRequest): Promise<ApiResult<RelatedResponse>>;
  browse(request: BrowseRequest): Promise<ApiResult<SearchResponse>>;
  missing(request: MissingRequest): Promise<ApiResult<MissingHeadline[]>>;
  /** Status pushes (index progress, archive changed). Returns an unsubscribe. */
  onStatus(listener: (status: ArchiveStatus) => void): () => void;
}

/** The request/response methods (everything but the subscription). */
export type ApiMethod = Exclude<keyof ClippingsApi, 'onStatus'>;

/** The request each method takes (`undefined` for none). */
export interface ApiRequests {
  status: undefined;
  openArchive: undefined;
  search: SearchRequest;
  story: StoryRequest;
  related: RelatedRequest;
  browse: BrowseRequest;
  missing: MissingRequest;
}

/** The value each method answers on success. */
export type ApiResponses = {
  [M in ApiMethod]: Awaited<ReturnType<ClippingsApi[M]>> extends ApiResult<infer T> ? T : never;
};

/** IPC channel per method, prefixed so no other code's channel can collide. */
export const CHANNELS = {
  status: 'clippings:status',
  openArchive: 'clippings:open-archive',
  search: 'clippings:search',
  story: 'clippings:story',
  related: 'clippings:related',
  browse: 'clippings:browse',
  missing: 'clippings:missing',
} as const satisfies Record<ApiMethod, `clippings:${string}`>;

/** The one event stream main pushes to the renderer. */
export const STATUS_EVENT = 'clippings:status-changed';

export const API_METHODS = Object.keys(CHANNELS) as ApiMethod[];
