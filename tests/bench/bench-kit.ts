/**
 * Shared tools for the benchmarks in tests/bench (run by `npm run bench`): statistics, a
 * cached generated archive, a heap probe, and where results are written. Benchmarks print
 * numbers and save them; they never assert on time (the machines are noisy).
 */
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { WorkerScript } from '../../main/core/index/worker-script';
import type { StoryFormat } from '../../main/core/model/story';

export const ROOT = resolve(__dirname, '../..');
export const RESULTS_DIR = join(ROOT, 'bench-results');
export const CACHE_DIR = join(ROOT, '.bench-cache');

export interface Summary {
  n: number;
  min: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = sorted.reduce((total, value) => total + value, 0);
  return {
    n: sorted.length,
    min: round(sorted[0] ?? Number.NaN),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    max: round(sorted[sorted.length - 1] ?? Number.NaN),
    mean: round(sum / Math.max(1, sorted.length)),
  };
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Milliseconds since `start` (from performance.now()). */
export function since(start: number): number {
  return performance.now() - start;
}

/**
 * A generated archive of `stories` stories, made once and kept in .bench-cache/ (delete the
 * folder to regenerate); with `formats`, written in turns in those formats (saved pages,
 * Markdown clippings). Returns the folder and the topic labels file beside it.
 */
export async function ensureGeneratedArchive(
  stories: number,
  seed = 1,
  formats?: readonly StoryFormat[],
): Promise<{ dir: string; labelsFile: string }> {
  const name = `archive-${stories}-seed${seed}${formats ? `-${formats.join('-')}` : ''}`;
  const dir = join(CACHE_DIR, name);
  const labelsFile = join(CACHE_DIR, `${name}.labels.json`);
  const done = join(CACHE_DIR, `${name}.done`);
  if (existsSync(done) && existsSync(labelsFile)) return { dir, labelsFile };
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const { generateArchive } = await import('../../tools/generate/generate-archive');
  await generateArchive(dir, { stories, seed, labelsFile, ...(formats ? { formats } : {}) });
  await writeFile(done, new Date().toISOString());
  return { dir, labelsFile };
}

/** A fresh, empty scratch folder under .bench-cache/ (for index caches and the like). */
export async function scratchDir(name: string): Promise<string> {
  const dir = join(CACHE_DIR, 'scratch', name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  return dir;
}

/**
 * Samples this process's heap while `work` runs and reports the peak above the starting
 * heap. Run benchmarks with --expose-gc (run-all does) so the start is measured after a GC.
 */
export async function peakHeap<T>(
  work: () => Promise<T>,
  everyMs = 5,
): Promise<{ result: T; peakMb: number }> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, everyMs);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    return { result, peakMb: round((peak - base) / 2 ** 20, 1) };
  } finally {
    clearInterval(timer);
  }
}

/** Writes bench-results/<name>.json and returns its path. */
export async function writeResults(name: string, results: unknown): Promise<string> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `${name}.json`);
  await writeFile(
    file,
    `${JSON.stringify({ name, at: new Date().toISOString(), node: process.version, results }, null, 2)}\n`,
  );
  return file;
}

/**
 * The index worker as the app runs it: one bundled file (esbuild), so each worker does not
 * compile TypeScript at start; undefined (start from source through tsx) if esbuild is absent.
 * `folder`: where under .bench-cache/ the bundle goes (a bench comparing two checkouts keeps
 * one per checkout).
 */
export async function bundledIndexWorker(
  folder = 'index-worker',
): Promise<WorkerScript | undefined> {
  try {
    const esbuild = await import('esbuild');
    const outfile = join(CACHE_DIR, folder, 'index-worker.js');
    await esbuild.build({
      entryPoints: [join(__dirname, '../../main/core/index/index-worker.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile,
      logLevel: 'error',
    });
    return { filename: outfile };
  } catch {
    return undefined;
  }
}
