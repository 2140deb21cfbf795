/**
 * The engine's front door: everything a shell may use of the engine, in one module. The shells
 * (main/api, main/electron, main/cli, main/web and their entry files) import this and the model
 * (main/core/model), nothing else under main/core: .dependency-cruiser.cjs,
 * shells-use-the-front-door. What is not exported here is the engine's own business and may
 * change without a shell noticing; a shell that needs more adds it here, on purpose.
 *
 * The index worker (index/index-worker.ts) is an entry of its own, started by the engine.
 */

// An archive folder, opened: the service every shell talks to.
export { openArchive } from './service/open-archive';
export type { ArchiveService, OpenArchiveOptions } from './service/archive-service';
export {
  DEFAULT_MEMORY_CAP_MB,
  MAX_MEMORY_CAP_MB,
  MIN_MEMORY_CAP_MB,
  parseMemoryCap,
} from './index/memory-cap';

// The reader's library file of a data folder, shared by every archive a shell opens.
export { Library } from './library/library';

// Where the reader's data lives.
export { dataLocations } from './service/data-locations';
export type { DataFolders } from './service/data-locations';

// One file on its own, and a folder without indexing it (the CLI's inspect and scan).
export { inspectStoryFile } from './story/inspect-story-file';
export { scanArchive } from './story/scan-archive';
export { createTitleResolver, findDuplicateGroups } from './story/title-links';
export type { TitledStory } from './story/title-links';

// A query, read without an archive (the CLI opens the library only for library conditions).
export { hasLibraryConditions, parseQuery } from './search/parse-query';

// A file written whole or not at all (settings, exports, PDFs), or created only where none is.
export { createFileAtomic, writeFileAtomic } from './files/write-file-atomic';
// Where an export may write (never inside the archive), and a failed write in words.
export { exportDestination } from './export/export-destination';
export { writeFailure } from './files/file-problems';
// Whether a real path lies inside a folder (a story's original, opened by the shell).
export { isInside } from './files/read-bounded-file';
