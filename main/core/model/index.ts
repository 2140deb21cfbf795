/**
 * The engine's model: the domain types every layer speaks (types only here; ClippingsError is
 * in errors.ts). Imports nothing outside the model; the bridge contract (contract/api.ts)
 * re-exports these types.
 */
export type { ArchiveState, ArchiveStatus, IndexProgress } from './archive-status';
export type { DataLocations } from './data-locations';
export type {
  EntitiesRequest,
  EntitiesResponse,
  EntityCount,
  EntityKind,
  EntityPage,
  EntityRequest,
  NamedEntity,
  StoryEntities,
} from './entities';
export type { ErrorCode } from './errors';
export type {
  AddHighlightRequest,
  AddNoteRequest,
  AnnotationsRequest,
  DeleteHighlightRequest,
  DeleteNoteRequest,
  EditNoteRequest,
  ExportFile,
  ExportFormat,
  ExportRequest,
  HighlightAnchor,
  HistoryEntry,
  HistoryRequest,
  LibraryOverview,
  RecentArchive,
  SavedSearch,
  SavedSearchFilters,
  SavedSearchRequest,
  SaveSearchRequest,
  SetReadRequest,
  SetStarredRequest,
  StoryAnnotations,
  StoryHighlight,
  StoryIdRequest,
  StoryLibraryState,
  StoryNote,
  TagCount,
  TagRequest,
  TextQuote,
} from './library';
export type {
  OpenedOriginal,
  OriginalFile,
  StoryHighlights,
  StoryRequest,
  StoryResponse,
} from './open-story';
export type {
  LinkedHeadline,
  MissingHeadline,
  MissingRequest,
  RelatedRequest,
  RelatedResponse,
  SimilarStory,
  StorylineEntry,
} from './related';
export type {
  BrowseRequest,
  Facets,
  HitLibraryMarks,
  Range,
  SearchHit,
  SearchRequest,
  SearchResponse,
  Snippet,
  SortOrder,
  StoryFilters,
} from './search';
export type {
  ExportSource,
  SkippedFile,
  Story,
  StoryFormat,
  StoryPosition,
  StoryRef,
  StruckText,
  Subheading,
} from './story';
