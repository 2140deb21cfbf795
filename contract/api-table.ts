/**
 * The API's method table: every method the renderer can call, declared once — its name, the
 * zod schema main checks its request with, and the type it answers. Everything else is derived
 * from this table: `ClippingsApi` and the channel names (api.ts), the preload's verbs
 * (preload/index.ts), the HTTP client (renderer/src/api.ts), the IPC and HTTP registration
 * (main/electron/ipc.ts, main/web/web-server.ts) and the renderer tests' fake.
 *
 * To add a method:
 *   1. add a line here: `name: method<RequestType, AnswerType>(requestSchema)`
 *      (`undefined` and `noRequestSchema` for a method without a request; a new request's
 *      type goes in main/core/model, its schema in request-schemas.ts);
 *   2. add its handler in main/api/api-handlers.ts (the compiler asks for it).
 * Nothing else: its channel is `clippings:` and the name in kebab case, and the preload, the
 * HTTP client and the fake pick it up. Give the fake a behaviour (tests/renderer/fake-api.ts)
 * only if a renderer test calls it; until then it answers E_UNAVAILABLE.
 *
 * Main only at run time: the table holds zod schemas, and neither the sandboxed preload nor
 * the renderer may bundle zod. They import its types (api.ts) and get the names written in
 * at build time (built-api-methods.ts; .dependency-cruiser.cjs keeps it so).
 */
import type { z } from 'zod';
import type {
  AddHighlightRequest,
  AddNoteRequest,
  AnnotationsRequest,
  ArchiveStatus,
  BrowseRequest,
  DataLocations,
  DeleteHighlightRequest,
  DeleteNoteRequest,
  EntitiesRequest,
  EntitiesResponse,
  EntityPage,
  EntityRequest,
  EditNoteRequest,
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
import {
  addHighlightRequestSchema,
  addNoteRequestSchema,
  annotationsRequestSchema,
  browseRequestSchema,
  entitiesRequestSchema,
  entityRequestSchema,
  deleteHighlightRequestSchema,
  deleteNoteRequestSchema,
  editNoteRequestSchema,
  exportRequestSchema,
  historyRequestSchema,
  missingRequestSchema,
  noRequestSchema,
  relatedRequestSchema,
  savedSearchRequestSchema,
  saveSearchRequestSchema,
  searchRequestSchema,
  setReadRequestSchema,
  setStarredRequestSchema,
  storyIdRequestSchema,
  storyRequestSchema,
  tagRequestSchema,
} from './request-schemas';
import { channelOf } from './channels';

/** One row of the table: the request's schema, and (as a type only) what the method answers. */
export interface ApiMethodEntry<Request, Answer> {
  readonly request: z.ZodType<Request, unknown>;
  /** Never set: carries the answer's type. */
  readonly answer?: Answer;
}

/** A row: `method<Request, Answer>(schema)`; the schema must parse to `Request`. */
function method<Request, Answer>(
  request: z.ZodType<Request, unknown>,
): ApiMethodEntry<Request, Answer> {
  return { request };
}

export const API_TABLE = {
  status: method<undefined, ArchiveStatus>(noRequestSchema),
  /** Asks main to show a folder dialog and open the chosen archive; null when cancelled. */
  openArchive: method<undefined, ArchiveStatus | null>(noRequestSchema),
  search: method<SearchRequest, SearchResponse>(searchRequestSchema),
  story: method<StoryRequest, StoryResponse>(storyRequestSchema),
  related: method<RelatedRequest, RelatedResponse>(relatedRequestSchema),
  browse: method<BrowseRequest, SearchResponse>(browseRequestSchema),
  missing: method<MissingRequest, MissingHeadline[]>(missingRequestSchema),
  /** The people, organisations and places most stories name (of a query's stories, or all). */
  entities: method<EntitiesRequest, EntitiesResponse>(entitiesRequestSchema),
  /** One entity's page: its stories by month, the names most often named with it. */
  entity: method<EntityRequest, EntityPage>(entityRequestSchema),

  // The reader's library (per archive and story; E_NOT_FOUND for an id the archive lacks).
  libraryState: method<StoryIdRequest, StoryLibraryState>(storyIdRequestSchema),
  setStarred: method<SetStarredRequest, StoryLibraryState>(setStarredRequestSchema),
  setRead: method<SetReadRequest, StoryLibraryState>(setReadRequestSchema),
  tagStory: method<TagRequest, StoryLibraryState>(tagRequestSchema),
  untagStory: method<TagRequest, StoryLibraryState>(tagRequestSchema),
  addNote: method<AddNoteRequest, StoryLibraryState>(addNoteRequestSchema),
  editNote: method<EditNoteRequest, StoryLibraryState>(editNoteRequestSchema),
  deleteNote: method<DeleteNoteRequest, StoryLibraryState>(deleteNoteRequestSchema),
  addHighlight: method<AddHighlightRequest, StoryLibraryState>(addHighlightRequestSchema),
  deleteHighlight: method<DeleteHighlightRequest, StoryLibraryState>(deleteHighlightRequestSchema),
  /** Adds the story to the reading history (the reader calls it on opening a story). */
  recordVisit: method<StoryIdRequest, null>(storyIdRequestSchema),
  libraryOverview: method<undefined, LibraryOverview>(noRequestSchema),
  annotations: method<AnnotationsRequest, StoryAnnotations[]>(annotationsRequestSchema),
  readingHistory: method<HistoryRequest, HistoryEntry[]>(historyRequestSchema),
  savedSearches: method<undefined, SavedSearch[]>(noRequestSchema),
  saveSearch: method<SaveSearchRequest, SavedSearch>(saveSearchRequestSchema),
  /** Marks it opened: what it finds now stops counting as new. */
  openSavedSearch: method<SavedSearchRequest, SavedSearch>(savedSearchRequestSchema),
  deleteSavedSearch: method<SavedSearchRequest, null>(savedSearchRequestSchema),
  recentArchives: method<undefined, RecentArchive[]>(noRequestSchema),
  /** A story, a selection or a search as Markdown, HTML, JSON or CSV. */
  exportStories: method<ExportRequest, ExportFile>(exportRequestSchema),
  /** Where this machine keeps the reader's data: the library, the index caches, the settings. */
  dataLocations: method<undefined, DataLocations>(noRequestSchema),
  /**
   * Opens the file a story was read from, read-only: in Electron with the system's app for it;
   * in the browser mode, answers a short-lived URL that serves it (sandboxed, no script runs).
   */
  openOriginal: method<StoryIdRequest, OpenedOriginal>(storyIdRequestSchema),
};

/** The methods' names, in the table's order (main only; see built-api-methods.ts). */
export const API_METHODS = Object.keys(API_TABLE) as (keyof typeof API_TABLE)[];

/** IPC channel per method (main only: the preload calls channelOf itself). */
export const CHANNELS = Object.fromEntries(API_METHODS.map((name) => [name, channelOf(name)])) as {
  readonly [M in keyof typeof API_TABLE]: `clippings:${string}`;
};
