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
  AddHighlightRequest,
  AddNoteRequest,
  AnnotationsRequest,
  ArchiveStatus,
  BrowseRequest,
  DeleteHighlightRequest,
  DeleteNoteRequest,
  EditNoteRequest,
  ErrorCode,
  ExportFile,
  ExportRequest,
  HistoryEntry,
  HistoryRequest,
  LibraryOverview,
  MissingHeadline,
  MissingRequest,
  OpenedOriginal,
  RecentArchive,
  RelatedRequest,
  RelatedResponse,
  SavedSearch,
  SavedSearchRequest,
  SaveSearchRequest,
  SearchRequest,
  SearchResponse,
  SetReadRequest,
  SetStarredRequest,
  StoryAnnotations,
  StoryIdRequest,
  StoryLibraryState,
  StoryRequest,
  StoryResponse,
  TagRequest,
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

  // The reader's library (per archive and story; E_NOT_FOUND for an id the archive lacks).
  libraryState(request: StoryIdRequest): Promise<ApiResult<StoryLibraryState>>;
  setStarred(request: SetStarredRequest): Promise<ApiResult<StoryLibraryState>>;
  setRead(request: SetReadRequest): Promise<ApiResult<StoryLibraryState>>;
  tagStory(request: TagRequest): Promise<ApiResult<StoryLibraryState>>;
  untagStory(request: TagRequest): Promise<ApiResult<StoryLibraryState>>;
  addNote(request: AddNoteRequest): Promise<ApiResult<StoryLibraryState>>;
  editNote(request: EditNoteRequest): Promise<ApiResult<StoryLibraryState>>;
  deleteNote(request: DeleteNoteRequest): Promise<ApiResult<StoryLibraryState>>;
  addHighlight(request: AddHighlightRequest): Promise<ApiResult<StoryLibraryState>>;
  deleteHighlight(request: DeleteHighlightRequest): Promise<ApiResult<StoryLibraryState>>;
  /** Adds the story to the reading history (the reader calls it on opening a story). */
  recordVisit(request: StoryIdRequest): Promise<ApiResult<null>>;
  libraryOverview(): Promise<ApiResult<LibraryOverview>>;
  annotations(request: AnnotationsRequest): Promise<ApiResult<StoryAnnotations[]>>;
  readingHistory(request: HistoryRequest): Promise<ApiResult<HistoryEntry[]>>;
  savedSearches(): Promise<ApiResult<SavedSearch[]>>;
  saveSearch(request: SaveSearchRequest): Promise<ApiResult<SavedSearch>>;
  /** Marks it opened: what it finds now stops counting as new. */
  openSavedSearch(request: SavedSearchRequest): Promise<ApiResult<SavedSearch>>;
  deleteSavedSearch(request: SavedSearchRequest): Promise<ApiResult<null>>;
  recentArchives(): Promise<ApiResult<RecentArchive[]>>;
  /** A story, a selection or a search as Markdown, HTML, JSON or CSV. */
  exportStories(request: ExportRequest): Promise<ApiResult<ExportFile>>;
  /**
   * Opens the file a story was read from, read-only: in Electron with the system's app for it;
   * in the browser mode, answers a short-lived URL that serves it (sandboxed, no script runs).
   */
  openOriginal(request: StoryIdRequest): Promise<ApiResult<OpenedOriginal>>;
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
  libraryState: StoryIdRequest;
  setStarred: SetStarredRequest;
  setRead: SetReadRequest;
  tagStory: TagRequest;
  untagStory: TagRequest;
  addNote: AddNoteRequest;
  editNote: EditNoteRequest;
  deleteNote: DeleteNoteRequest;
  addHighlight: AddHighlightRequest;
  deleteHighlight: DeleteHighlightRequest;
  recordVisit: StoryIdRequest;
  libraryOverview: undefined;
  annotations: AnnotationsRequest;
  readingHistory: HistoryRequest;
  savedSearches: undefined;
  saveSearch: SaveSearchRequest;
  openSavedSearch: SavedSearchRequest;
  deleteSavedSearch: SavedSearchRequest;
  recentArchives: undefined;
  exportStories: ExportRequest;
  openOriginal: StoryIdRequest;
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
  libraryState: 'clippings:library-state',
  setStarred: 'clippings:set-starred',
  setRead: 'clippings:set-read',
  tagStory: 'clippings:tag-story',
  untagStory: 'clippings:untag-story',
  addNote: 'clippings:add-note',
  editNote: 'clippings:edit-note',
  deleteNote: 'clippings:delete-note',
  addHighlight: 'clippings:add-highlight',
  deleteHighlight: 'clippings:delete-highlight',
  recordVisit: 'clippings:record-visit',
  libraryOverview: 'clippings:library-overview',
  annotations: 'clippings:annotations',
  readingHistory: 'clippings:reading-history',
  savedSearches: 'clippings:saved-searches',
  saveSearch: 'clippings:save-search',
  openSavedSearch: 'clippings:open-saved-search',
  deleteSavedSearch: 'clippings:delete-saved-search',
  recentArchives: 'clippings:recent-archives',
  exportStories: 'clippings:export-stories',
  openOriginal: 'clippings:open-original',
} as const satisfies Record<ApiMethod, `clippings:${string}`>;

/** The one event stream main pushes to the renderer. */
export const STATUS_EVENT = 'clippings:status-changed';

export const API_METHODS = Object.keys(CHANNELS) as ApiMethod[];
