/**
 * The memory cap (issue 18): how much the open index may hold besides what every story costs
 * the catalogue. Segments keep only their dictionaries and offsets; postings, term streams and
 * texts are read from the cache through each worker's block cache, and the block caches share
 * this cap. A larger cap keeps more of the cache in memory (fewer reads from disk); a smaller
 * one keeps memory down on a small machine. Set with `--memory-cap MB` (CLI, browser mode) or
 * `memoryCapMb` in the app's settings.json.
 */

/** The default: enough blocks for the common terms' postings of a 100,000-story archive. */
export const DEFAULT_MEMORY_CAP_MB = 256;
/** Below this a search would read the same blocks again and again within one query. */
export const MIN_MEMORY_CAP_MB = 32;
export const MAX_MEMORY_CAP_MB = 64 * 1024;

/** The cap in bytes, within the limits. */
export function memoryCapBytes(memoryCapMb: number = DEFAULT_MEMORY_CAP_MB): number {
  return Math.min(MAX_MEMORY_CAP_MB, Math.max(MIN_MEMORY_CAP_MB, memoryCapMb)) * 1024 * 1024;
}

/** Each worker's block cache, in bytes: the cap shared among the workers. */
export function blockCacheBytesPerWorker(
  memoryCapMb: number = DEFAULT_MEMORY_CAP_MB,
  workers: number,
): number {
  return Math.floor(memoryCapBytes(memoryCapMb) / Math.max(1, workers));
}

/** A cap given as text (a command-line option): whole megabytes within the limits, or why not. */
export function parseMemoryCap(
  text: string,
): { ok: true; mb: number } | { ok: false; reason: string } {
  const mb = Number(text);
  if (!Number.isInteger(mb) || mb < MIN_MEMORY_CAP_MB || mb > MAX_MEMORY_CAP_MB) {
    return {
      ok: false,
      reason: `The memory cap is a whole number of megabytes from ${MIN_MEMORY_CAP_MB} to ${MAX_MEMORY_CAP_MB}, not "${text}".`,
    };
  }
  return { ok: true, mb };
}
