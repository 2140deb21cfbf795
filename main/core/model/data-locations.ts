/**
 * Where Clippings keeps the reader's data on this machine: its data folder, the library file in
 * it, the index caches and the settings. Shown so a reader knows what to back up, move or delete.
 */
export interface DataLocations {
  /** Clippings' data folder; null when the shell was given none. */
  dataFolder: string | null;
  /** The library file (stars, read marks, tags, notes, highlights, saved searches, history). */
  library: string | null;
  /** The folder of index caches, one subfolder per archive: safe to delete (rebuilt on open). */
  indexCache: string;
  /** The open archive's own index cache; null when no archive is open. */
  archiveIndexCache: string | null;
  /** The app's settings (window, last archive); null in a shell that keeps none (CLI, browser). */
  settings: string | null;
}
