/**
 * Opens an archive folder for the app, the CLI and the browser mode: returns its service at
 * once, indexing in the background (see indexed-archive.ts for the pipeline).
 */
import type { OpenArchiveOptions } from './archive-service';
import { IndexedArchive } from './indexed-archive';

export function openArchive(root: string, options: OpenArchiveOptions): IndexedArchive {
  return new IndexedArchive(root, options);
}
