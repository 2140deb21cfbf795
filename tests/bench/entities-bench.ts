/**
 * Entities benchmark (issue 17): what extracting people, organisations and places costs the
 * index, and how fast the answers built on them are, on a generated archive.
 *
 *   - a cold index build (a child process, bundled workers as the app runs them): wall time,
 *     CPU time of the whole process (main and worker threads), and the cache's size;
 *   - facets of a query with about 10,000 hits (the search's own time, and the entity tally
 *     alone over those hits);
 *   - an entity's page (the archive's five most named people, each asked five times).
 *
 * The build part runs on code without entities too (BENCH_LABEL=baseline, from a checkout of
 * main), so the two builds compare on the same machine and archive; the other parts are
 * skipped where the service has no entities.
 *
 * Run: npm run bench -- entities   (writes bench-results/entities.json)
 * Env: ENTITIES_BENCH_SIZE=20000 · ENTITIES_BENCH_RUNS=2 (cold builds; the fastest counts)
 *      · BENCH_LABEL=name (scratch folders and results file; default "entities")
 */
import { spawnSync } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { WorkerScript } from '../../main/core/index/worker-script';
import { IndexedArchive } from '../../main/core/service/indexed-archive';
import type { IndexedArchiveTuning } from '../../main/core/service/indexed-archive';
import {
  bundledIndexWorker,
  ensureGeneratedArchive,
  round,
  scratchDir,
  since,
  summarize,
  writeResults,
} from './bench-kit';

const SIZE = Number(process.env.ENTITIES_BENCH_SIZE ?? 20000);
const RUNS = Number(process.env.ENTITIES_BENCH_RUNS ?? 2);
const LABEL = process.env.BENCH_LABEL ?? 'entities';

/** The bundled index worker, one per label (the baseline run bundles the baseline's code). */
const bundledWorker = (): Promise<WorkerScript | undefined> =>
  bundledIndexWorker(`${LABEL}-worker`);

function tuning(script: WorkerScript | undefined): IndexedArchiveTuning {
  return { ...(script ? { workerScript: script } : {}) };
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/** In the child: one cold build, timed, with the process's CPU time (all threads). */
async function childBuild(dir: string, cacheDir: string): Promise<void> {
  const script = await bundledWorker();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const service = new IndexedArchive(dir, { cacheDir }, tuning(script));
  await service.ready;
  const ms = since(started);
  const used = process.cpuUsage(cpu);
  const stories = service.status().stories;
  await service.close();
  console.log(
    JSON.stringify({ ms: round(ms), cpuMs: round((used.user + used.system) / 1000), stories }),
  );
}

function coldBuild(dir: string, cacheDir: string): { ms: number; cpuMs: number; stories: number } {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', __filename, '--child', dir, cacheDir],
    { encoding: 'utf8', maxBuffer: 16 * 2 ** 20, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const line = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status !== 0 || !line.startsWith('{')) throw new Error('the cold build failed');
  return JSON.parse(line) as { ms: number; cpuMs: number; stories: number };
}

async function timed<T>(times: number, work: () => Promise<T>): Promise<number[]> {
  const spent: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const started = performance.now();
    await work();
    spent.push(since(started));
  }
  return spent;
}

/** The date before which about `hits` stories were written: `date:..D` finds about that many. */
async function dateQueryFor(service: IndexedArchive, hits: number): Promise<string> {
  const oldest = await service.browse({ sort: 'oldest', limit: 1, offset: hits - 1 });
  const date = oldest.hits[0]?.date;
  if (!date) throw new Error('the archive has too few dated stories');
  return `date:..${date}`;
}

async function answers(dir: string, cacheDir: string): Promise<Record<string, unknown>> {
  const service = new IndexedArchive(dir, { cacheDir }, tuning(await bundledWorker()));
  await service.ready;
  try {
    const query = await dateQueryFor(service, Math.min(10_000, Math.floor(SIZE / 2)));
    const first = await service.search({ query });
    const search = summarize(await timed(20, () => service.search({ query })));
    const measured: Record<string, unknown> = {
      facetsQuery: { query, hits: first.total, entityFacets: first.facets.entities?.length ?? 0 },
      searchWithFacetsMs: search,
    };
    if (typeof (service as { entity?: unknown }).entity !== 'function') return measured;
    // The entity facets alone: the same 10,000 stories' top names (entities() tallies them
    // over the search's stories, as the facets do).
    const tally = summarize(await timed(20, () => service.entities({ query, limit: 5 })));
    const people = await service.entities({ kind: 'person', limit: 5 });
    const pages: number[] = [];
    for (const person of people.entities) {
      pages.push(...(await timed(5, () => service.entity({ kind: 'person', name: person.name }))));
    }
    const top = people.entities[0]?.name ?? 'nobody';
    const personQuery = await service.search({ query: `person:"${top}"` });
    const personTimes = await timed(10, () => service.search({ query: `person:"${top}"` }));
    return {
      ...measured,
      entitiesOfQueryMs: tally,
      entityPageMs: summarize(pages),
      topPeople: people.entities,
      personQuery: {
        query: `person:"${top}"`,
        hits: personQuery.total,
        firstMs: personQuery.tookMs,
        ms: summarize(personTimes),
      },
    };
  } finally {
    await service.close();
  }
}

async function main(): Promise<void> {
  const { dir } = await ensureGeneratedArchive(SIZE);
  const builds: { ms: number; cpuMs: number; stories: number }[] = [];
  let cacheDir = '';
  for (let run = 0; run < RUNS; run += 1) {
    cacheDir = await scratchDir(`${LABEL}-${SIZE}`);
    builds.push(coldBuild(dir, cacheDir));
  }
  const cacheBytes = await folderBytes(cacheDir);
  const fastest = builds.reduce((best, build) => (build.ms < best.ms ? build : best));
  const results = {
    label: LABEL,
    stories: fastest.stories,
    coldBuilds: builds,
    coldBuildMs: fastest.ms,
    coldBuildCpuMs: Math.min(...builds.map((build) => build.cpuMs)),
    cacheMb: round(cacheBytes / 2 ** 20, 2),
    ...(await answers(dir, cacheDir)),
  };
  console.log(JSON.stringify(results, null, 2));
  console.log(`Wrote ${await writeResults(LABEL, results)}`);
}

if (process.argv[2] === '--child') {
  void childBuild(process.argv[3] as string, process.argv[4] as string);
} else {
  void main();
}
