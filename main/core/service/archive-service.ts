/**
 * ArchiveService: everything the app can ask of one open archive folder. The Electron shell,
 * the CLI and the browser mode all talk to this interface and nothing below it.
 *
 * Methods throw ClippingsError for what the user should read (a bad query, an unknown id);
 * the shells turn that into `{ ok: false, error }` through runApiCall.
 */
import type { ArchiveStatus } from '../model/archive-status';
import type { OriginalFile, StoryRequest, StoryResponse } from '../model/open-story';
import type {
  MissingHeadline,
  MissingRequest,
  RelatedRequest,
  RelatedResponse,
} from '../model/related';
import type { BrowseRequest, SearchRequest, SearchResponse } from '../model/search';
import type { Library } from '../library/library';
import type {
  EntitiesRequest,
  EntitiesResponse,
  EntityPage,
  EntityRequest,
} from '../model/entities';
import type { LibraryService } from './library-service';

export interface ArchiveService {
  /** Absolute path of the archive folder. */
  readonly root: string;
  /** Settles when the first complete index is ready (search answers earlier, on what is indexed). */
  readonly ready: Promise<void>;
  status(): ArchiveStatus;
  search(request: SearchRequest): Promise<SearchResponse>;
  browse(request: BrowseRequest): Promise<SearchResponse>;
  story(request: StoryRequest): Promise<StoryResponse>;
  /** The file a story was read from (inside the archive), for "Open original". */
  original(request: { id: string }): Promise<OriginalFile>;
  related(request: RelatedRequest): Promise<RelatedResponse>;
  /** The people, organisations and places most stories name (of a query's stories, or all). */
  entities(request: EntitiesRequest): Promise<EntitiesResponse>;
  /** One person's, organisation's or place's page: stories by month, names named with it. */
  entity(request: EntityRequest): Promise<EntityPage>;
  missing(request: MissingRequest): Promise<MissingHeadline[]>;
  /** The reader's library for this archive: star, read, tags, notes, highlights, saved searches. */
  readonly library: LibraryService;
  /** Drops the cache and indexes the archive again from its files. */
  reindex(): Promise<void>;
  /** Subscribes to status changes (progress, archive changed); returns an unsubscribe. */
  onStatus(listener: (status: ArchiveStatus) => void): () => void;
  /** Stops watching and workers. The service answers nothing afterwards. */
  close(): Promise<void>;
}

export interface OpenArchiveOptions {
  /** Base folder for index caches; the service keeps one subfolder per archive in it. */
  cacheDir: string;
  /** Watch the folder and reflect added, changed and removed files (the app, the browser mode). */
  watch?: boolean;
  /** Worker threads for indexing and queries; default: one per core, at most 4. */
  workers?: number;
  /** The memory cap in MB (main/core/index/memory-cap.ts); default DEFAULT_MEMORY_CAP_MB. */
  memoryCapMb?: number;
  /** The reader's library (opened by the shell from its data folder); none in some tests. */
  library?: Library | null;
}
