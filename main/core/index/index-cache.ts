/**
 * The index cache of one archive: a folder under the cache base (named by the SHA-256 of the
 * archive's real path, so the app, the CLI and the browser mode share it) holding a manifest
 * and one file per segment. Every file is written atomically.
 *
 * The manifest names the format versions (cache, segment file, lunr) and, for each segment,
 * its file, SHA-256, size and first file path (its place in the archive's sorted paths, kept
 * even when the segment is lost). Each segment file lists the story files it covers (path,
 * size, mtime, content hash). Reading checks the manifest with zod and the versions; the
 * worker checks each segment's SHA-256 before decoding it. Nothing that fails is trusted:
 * the caller discards it and rebuilds, and says so in the status.
 *
 * Nothing here trusts what is in the folder either: the manifest is read like a story file
 * (regular files only, size-checked, never blocking on a FIFO), so a folder, a FIFO or a link
 * to a device where the manifest should be is a damaged cache, rebuilt, never a hang or an
 * error for good. Only the process holding the cache's lock (cache-lock.ts) writes here.
 */
import { createHash } from 'node:crypto';
import { lstat, mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { lunr } from '../search/lunr-internals';
import { SEGMENT_FORMAT_VERSION } from './segment-file';
import { writeFileAtomic } from '../files/write-file-atomic';
import { readBoundedFile } from '../files/read-bounded-file';

/**
 * 2: story files are read by format (saved pages, Markdown clippings); a `.txt` holding a page is a page.
 * 3: files are read by their bytes (PDF, Word, RTF, MHTML) and may hold many stories (exports).
 */
export const CACHE_FORMAT_VERSION = 3;
const MANIFEST = 'manifest.json';
const SEGMENT_FILE = /^segment-([0-9a-f]{16})\.bin$/;
/** A temporary file this old is left from a crash, not a write in progress. */
const STALE_TEMP_MS = 10 * 60 * 1000;
/** A manifest lists segments, not stories (about 200 bytes each): far below this. */
const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;

const manifestSchema = z
  .object({
    format: z.number(),
    segmentFormat: z.number(),
    lunrVersion: z.string(),
    archive: z.string(),
    segments: z.array(
      z
        .object({
          id: z.string().regex(/^[0-9a-f]{16}$/),
          checksum: z.string().regex(/^[0-9a-f]{64}$/),
          bytes: z.number().int().nonnegative(),
          stories: z.number().int().nonnegative(),
          firstFile: z.string(),
        })
        .strict(),
    ),
  })
  .strict();

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestSegment = Manifest['segments'][number];

export type ManifestRead =
  | { kind: 'ok'; manifest: Manifest }
  | { kind: 'missing' }
  | { kind: 'damaged' }
  | { kind: 'outdated' };

/** The cache folder for an archive (its real path) under a cache base folder. */
export function archiveCacheFolder(cacheDir: string, archiveRealPath: string): string {
  const key = createHash('sha256').update(archiveRealPath).digest('hex').slice(0, 16);
  return join(cacheDir, key);
}

export class IndexCache {
  readonly folder: string;
  readonly #archive: string;

  constructor(cacheDir: string, archiveRealPath: string) {
    this.folder = archiveCacheFolder(cacheDir, archiveRealPath);
    this.#archive = archiveRealPath;
  }

  segmentPath(segmentId: string): string {
    return join(this.folder, `segment-${segmentId}.bin`);
  }

  async readManifest(): Promise<ManifestRead> {
    const read = await readBoundedFile(join(this.folder, MANIFEST), MAX_MANIFEST_BYTES);
    if (!read.ok) return read.problem === 'missing' ? { kind: 'missing' } : { kind: 'damaged' };
    let json: unknown;
    try {
      json = JSON.parse(read.bytes.toString('utf8'));
    } catch {
      return { kind: 'damaged' };
    }
    const parsed = manifestSchema.safeParse(json);
    if (!parsed.success) return { kind: 'damaged' };
    const manifest = parsed.data;
    if (
      manifest.format !== CACHE_FORMAT_VERSION ||
      manifest.segmentFormat !== SEGMENT_FORMAT_VERSION ||
      manifest.lunrVersion !== lunr.version
    ) {
      return { kind: 'outdated' };
    }
    if (manifest.archive !== this.#archive) return { kind: 'damaged' };
    return { kind: 'ok', manifest };
  }

  async writeManifest(segments: readonly ManifestSegment[]): Promise<void> {
    const manifest: Manifest = {
      format: CACHE_FORMAT_VERSION,
      segmentFormat: SEGMENT_FORMAT_VERSION,
      lunrVersion: lunr.version,
      archive: this.#archive,
      segments: [...segments],
    };
    await mkdir(this.folder, { recursive: true });
    await writeFileAtomic(join(this.folder, MANIFEST), `${JSON.stringify(manifest)}\n`);
  }

  /**
   * Deletes segment files the manifest does not name (replaced, or left by an interrupted
   * build), whatever they turned out to be (a folder, a FIFO): best effort, never throws.
   */
  async removeUnlisted(keep: ReadonlySet<string>): Promise<void> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch {
      return;
    }
    const remove = (path: string) =>
      rm(path, { force: true, recursive: true }).catch(() => undefined);
    await Promise.all(
      names.map(async (name) => {
        const path = join(this.folder, name);
        const match = SEGMENT_FILE.exec(name);
        if (match && !keep.has(match[1] as string)) await remove(path);
        if (!match && name.endsWith('.tmp')) {
          const info = await lstat(path).catch(() => null);
          if (info && Date.now() - info.mtimeMs > STALE_TEMP_MS) await remove(path);
        }
      }),
    );
  }

  /** Deletes the whole cache of this archive. */
  async discard(): Promise<void> {
    await rm(this.folder, { recursive: true, force: true });
  }
}
