/**
 * The bridge contract: every channel name, request and response that crosses between the
 * renderer and main. The renderer, the preload, the IPC handlers, the browser mode and the
 * CLI all speak these types, so a change here is a change of the app's API.
 *
 * The domain types (Story, SearchHit, ArchiveStatus…) are the engine's own, defined in
 * main/core/model and re-exported here; this file adds what only the bridge has: channels,
 * the result envelope and the API's shape. Types only (plus constant channel names): the
 * sandboxed preload and the renderer import it, and neither may pull in engine code.
 */
import type {
  ArchiveStatus,
  BrowseRequest,
  ErrorCode,
  MissingHeadline,
  MissingRequest,
  RelatedRequest,
  RelatedResponse,
  SearchRequest,
  SearchResponse,
  StoryRequest,
  StoryResponse,
} from '../main/core/model';

export type * from '../main/core/model';

// ───────────────────────────── results and errors ─────────────────────────────

/** An error as the UI receives it: a code it can act on and a sentence it can show. */
export interface ApiError {
  code: ErrorCode;
  message: string;
}

/** What every API call answers, over IPC and HTTP alike: never a throw. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

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
