/**
 * Scale benchmark (issue 18): `npm run bench -- scale --stories N` (default 100,000).
 *
 * Builds N stories with the project's generator — half long feature stories, half newswire —
 * once, kept in .bench-cache/scale-N, then measures in two child processes of their own (so
 * each peak RSS is its own: process.resourceUsage().maxRSS, main thread and workers together):
 *
 *  build    cold build from the files into an empty cache: time, peak RSS, cache size (and its
 *           ratio to the stories' text);
 *  reopen   a new engine on that cache: time to the first answered search, time to ready,
 *           query p50/p95 for words, phrases, wildcards and filters (60 of each), the related
 *           index's first answer (built on demand, as the CLI does) and related() p95 after.
 *
 * Numbers only, printed and written to bench-results/scale.json; the goals are in
 * docs/scaling.md. At 1,000,000 stories the archive takes about 4 GB on disk, the cache more.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { IndexedArchive } from '../../main/core/service/indexed-archive';
import { bundledIndexWorker, CACHE_DIR, round, since, summarize, writeResults } from './bench-kit';

const { values } = parseArgs({
  options: {
    stories: { type: 'string', default: '100000' },
    phase: { type: 'string' },
  },
  strict: false,
});
const STORIES = Number(values.stories);
const PER_KIND = 60;
const ARCHIVE = join(CACHE_DIR, `scale-${STORIES}`);
const INDEX_CACHE = join(CACHE_DIR, `scale-${STORIES}-cache`);

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/** The generated archive: half feature stories (feature/), half newswire (wire/). */
async function ensureArchive(): Promise<void> {
  const done = `${ARCHIVE}.done`;
  if (existsSync(done)) return;
  await rm(ARCHIVE, { recursive: true, force: true });
  const { generateArchive } = await import('../../tools/generate/generate-archive');
  const half = Math.floor(STORIES / 2);
  await generateArchive(join(ARCHIVE, 'feature'), { stories: STORIES - half, seed: 1 });
  await generateArchive(join(ARCHIVE, 'wire'), { stories: half, seed: 2, style: 'wire' });
  await writeFile(done, new Date().toISOString());
}

const peakRssMb = (): number => round(process.resourceUsage().maxRSS / 1024, 0);

async function buildPhase(): Promise<object> {
  await rm(INDEX_CACHE, { recursive: true, force: true });
  await mkdir(INDEX_CACHE, { recursive: true });
  const started = performance.now();
  const service = new IndexedArchive(
    ARCHIVE,
    { cacheDir: INDEX_CACHE },
    { workerScript: await bundledIndexWorker() },
  );
  await service.ready;
  const buildMs = since(started);
  const stories = service.status().stories;
  await service.close();
  return { stories, buildS: round(buildMs / 1000, 1), peakRssMb: peakRssMb() };
}

/** Queries of four kinds made from the titles of stories the engine lists. */
function makeQueries(titles: readonly string[]): Record<string, string[]> {
  const words = (title: string) =>
    title
      .split(/\s+/)
      .map((word) => word.replace(/[^\p{L}]/gu, '').toLowerCase())
      .filter((word) => word.length >= 4);
  const usable = titles.map(words).filter((list) => list.length >= 2);
  const at = (i: number) => usable[(i * 7919) % usable.length] as string[];
  const kinds: Record<string, string[]> = { words: [], phrases: [], wildcards: [], filters: [] };
  for (let i = 0; i < PER_KIND; i += 1) {
    const list = at(i);
    kinds.words!.push(list.slice(0, 1 + (i % 3)).join(' '));
    kinds.phrases!.push(`"${list[0]} ${list[1]}"`);
    kinds.wildcards!.push(`${(list[0] as string).slice(0, 4)}*`);
    kinds.filters!.push(`${list[1]} date:2023 -${list[0]}`);
  }
  return kinds;
}

async function reopenPhase(): Promise<object> {
  const started = performance.now();
  const service = new IndexedArchive(
    ARCHIVE,
    { cacheDir: INDEX_CACHE },
    { workerScript: await bundledIndexWorker() },
  );
  await service.cacheLoaded;
  const browse = await service.browse({ limit: 1000 });
  const firstAnswerMs = since(started);
  await service.ready;
  const readyMs = since(started);
  const rssAtReadyMb = round(process.memoryUsage().rss / 2 ** 20, 0);
  const queries = makeQueries(browse.hits.map((hit) => hit.title));
  const latency: Record<string, object> = {};
  for (const [kind, list] of Object.entries(queries)) {
    const times: number[] = [];
    for (const query of list) {
      const start = performance.now();
      await service.search({ query });
      times.push(since(start));
    }
    latency[kind] = summarize(times);
  }
  const searched = {
    rssAtReadyMb,
    firstAnswerS: round(firstAnswerMs / 1000, 2),
    readyS: round(readyMs / 1000, 2),
    queryMs: latency,
    peakRssMb: peakRssMb(),
  };
  // Said before the related index is built, so the figures survive if building it fails.
  console.log(JSON.stringify({ ...searched, related: 'not finished' }));
  const ids = browse.hits.map((hit) => hit.id);
  const relatedStart = performance.now();
  await service.related({ id: ids[0] as string });
  const relatedFirstMs = since(relatedStart);
  const relatedTimes: number[] = [];
  for (const id of ids.slice(1, 101)) {
    const start = performance.now();
    await service.related({ id });
    relatedTimes.push(since(start));
  }
  const rssAfterRelatedMb = round(process.memoryUsage().rss / 2 ** 20, 0);
  const heapUsedMb = round(process.memoryUsage().heapUsed / 2 ** 20, 0);
  await service.close();
  return {
    ...searched,
    rssAfterRelatedMb,
    heapUsedMb,
    relatedFirstS: round(relatedFirstMs / 1000, 2),
    relatedMs: summarize(relatedTimes),
    peakRssMb: peakRssMb(),
  };
}

function runPhase(phase: string): object {
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', __filename, '--stories', String(STORIES), '--phase', phase],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 },
  );
  const said = child.stdout
    .trim()
    .split('\n')
    .filter((line) => line.startsWith('{'));
  if (said.length === 0) throw new Error(`The ${phase} phase failed (exit ${child.status}).`);
  const figures = JSON.parse(said.at(-1) as string) as object;
  // A phase that failed part way keeps what it measured, and says where it stopped.
  return child.status === 0 ? figures : { ...figures, failed: `exit ${child.status}` };
}

async function main(): Promise<void> {
  if (values.phase === 'build') return console.log(JSON.stringify(await buildPhase()));
  if (values.phase === 'reopen') return console.log(JSON.stringify(await reopenPhase()));
  if (!Number.isInteger(STORIES) || STORIES < 2) throw new Error('--stories must be 2 or more.');
  console.log(`Scale benchmark at ${STORIES.toLocaleString('en-US')} stories (${ARCHIVE})…`);
  const generateStart = performance.now();
  await ensureArchive();
  console.log(`archive ready in ${round(since(generateStart) / 1000, 1)} s`);
  const build = runPhase('build');
  const textBytes = await folderBytes(ARCHIVE);
  const cacheBytes = await folderBytes(INDEX_CACHE);
  const reopen = runPhase('reopen');
  const results = {
    stories: STORIES,
    textMb: round(textBytes / 2 ** 20, 1),
    cacheMb: round(cacheBytes / 2 ** 20, 1),
    cacheToText: round(cacheBytes / textBytes, 2),
    build,
    reopen,
  };
  console.log(JSON.stringify(results, null, 2));
  console.log(`written to ${await writeResults('scale', results)}`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
