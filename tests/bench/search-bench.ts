/**
 * Search benchmark (issue 4): our segmented engine next to one plain lunr index over the same
 * generated stories, built in-process with the same fields, in one run, at 20,000 and 50,000
 * stories. Measures cold build time and peak memory, cache size, reopen time to the first
 * answered query, query latency (1–3 word queries and syntax queries), the time until a newly
 * written file is searchable, and how much segmenting changes the ranking.
 *
 * Memory: each cold build runs in a child process of its own. Ours is that process's peak RSS
 * (process.resourceUsage().maxRSS: main thread and workers together, off-heap buffers
 * included) above its RSS at start; the baseline's is its peak heap (heapUsed sampled every
 * 25 ms, above the start) and its peak RSS the same way. So "ours ≤ 50% of the baseline's
 * heap" compares everything we hold with only the baseline's heap. The baseline is skipped at
 * a size whose heap, extrapolated from the smaller size, would not fit under the heap limit.
 *
 * Workers start from an esbuild bundle of index-worker.ts, as the app's electron-vite bundle
 * does (from source, each worker spends about a second compiling TypeScript).
 *
 * Run: npm run bench -- search   (writes bench-results/search.json)
 * Env: SEARCH_BENCH_SIZES=20000,50000 · SEARCH_BENCH_SWEEP=1 (segment sizes 1,000/2,000/5,000
 * at the first size) · SEARCH_BENCH_BASELINE=0 (skip the baseline).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import lunrModule from 'lunr';
import type { SearchResponse, Story } from '../../contract/api';
import type { IndexedText } from '../../main/core/search/index-fields';
import { INDEX_FIELDS, indexedTextOf } from '../../main/core/search/index-fields';
import { indexTerm } from '../../main/core/search/index-term';
import type { LunrIndex } from '../../main/core/search/lunr-internals';
import { parseQuery } from '../../main/core/search/parse-query';
import { planSearch } from '../../main/core/search/search-plan';
import type { SearchableSegment } from '../../main/core/search/search-segment';
import { searchSegment } from '../../main/core/search/search-segment';
import {
  buildSegmentIndex,
  documentFrequencies,
  fieldLengthTotals,
} from '../../main/core/search/segment-index';
import { Vocabulary } from '../../main/core/search/vocabulary';
import type { WorkerScript } from '../../main/core/index/worker-script';
import type { IndexedArchiveTuning } from '../../main/core/service/indexed-archive';
import { IndexedArchive } from '../../main/core/service/indexed-archive';
import { SEGMENT_BYTES, SEGMENT_STORIES } from '../../main/core/index/segment-plan';
import { storyFromBytes } from '../../main/core/story/read-story-file';
import { walkArchive } from '../../main/core/story/walk-archive';
import pMap from 'p-map';
import {
  bundledIndexWorker,
  CACHE_DIR,
  ensureGeneratedArchive,
  round,
  scratchDir,
  since,
  summarize,
  writeResults,
} from './bench-kit';
import type { Summary } from './bench-kit';

const lunr = lunrModule as unknown as (config: (this: LunrBuilderLike) => void) => LunrIndex;
interface LunrBuilderLike {
  ref(name: string): void;
  field(name: string, attributes?: { boost?: number }): void;
  add(doc: object): void;
}
const lunrLoad = (lunrModule as unknown as { Index: { load(json: unknown): LunrIndex } }).Index
  .load;

const SIZES = (process.env.SEARCH_BENCH_SIZES ?? '20000,50000').split(',').map(Number);
const SWEEP = process.env.SEARCH_BENCH_SWEEP === '1';
const RUN_BASELINE = process.env.SEARCH_BENCH_BASELINE !== '0';
const WORD_QUERIES = 200;
const NEW_FILE_ROUNDS = 5;
const GOALS = {
  20000: { buildSpeedup: 2, heapShare: 0.5, reopenMs: 800, p95Ms: 15 },
  50000: { reopenMs: 2000, p95Ms: 40, newFileMs: 2000 },
} as const;

const gc = () => (globalThis as { gc?: () => void }).gc?.();

// ───────────────────────────── helpers ─────────────────────────────

/** Samples the process's RSS and heap while `work` runs; peaks above the start, in MB. */
async function sampleMemory<T>(
  work: () => Promise<T>,
): Promise<{ result: T; rssMb: number; heapMb: number }> {
  gc();
  const start = process.memoryUsage();
  let rss = start.rss;
  let heap = start.heapUsed;
  const timer = setInterval(() => {
    const now = process.memoryUsage();
    rss = Math.max(rss, now.rss);
    heap = Math.max(heap, now.heapUsed);
  }, 25);
  try {
    const result = await work();
    const now = process.memoryUsage();
    rss = Math.max(rss, now.rss);
    heap = Math.max(heap, now.heapUsed);
    return {
      result,
      rssMb: round((rss - start.rss) / 2 ** 20, 1),
      heapMb: round((heap - start.heapUsed) / 2 ** 20, 1),
    };
  } finally {
    clearInterval(timer);
  }
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/** The worker as the app runs it (bench-kit's bundle), and how it was started. */
async function bundledWorker(): Promise<{ script: WorkerScript | undefined; how: string }> {
  const script = await bundledIndexWorker();
  return { script, how: script ? 'bundled (esbuild)' : 'from source (tsx)' };
}

function seeded(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4_294_967_296;
  };
}

interface LoadedStory {
  story: Story;
  text: IndexedText;
}

/** Reads and parses every story (the baseline's input, and the query set's source). */
async function readStories(dir: string): Promise<LoadedStory[]> {
  const { entries } = await walkArchive(dir);
  const stories: LoadedStory[] = [];
  await pMap(
    entries,
    async (entry) => {
      const bytes = await readFile(join(dir, entry.file));
      const parsed = storyFromBytes(bytes, entry.file, { id: entry.id });
      if (parsed.ok) stories.push({ story: parsed.story, text: indexedTextOf(parsed.story) });
    },
    { concurrency: 16 },
  );
  return stories.sort((a, b) => (a.story.file < b.story.file ? -1 : 1));
}

// ───────────────────────────── the query set ─────────────────────────────

interface QuerySet {
  words: string[];
  syntax: string[];
}

function makeQueries(stories: readonly LoadedStory[]): QuerySet {
  const random = seeded(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const titleWords = (story: Story) =>
    story.title
      .split(/\s+/)
      .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''))
      .filter((word) => word.length >= 3 && indexTerm(word) !== null);
  const words: string[] = [];
  while (words.length < WORD_QUERIES) {
    const candidates = titleWords(pick(stories).story);
    if (candidates.length === 0) continue;
    const count = Math.min(candidates.length, 1 + Math.floor(random() * 3));
    const start = Math.floor(random() * (candidates.length - count + 1));
    words.push(candidates.slice(start, start + count).join(' '));
  }
  const syntax: string[] = [];
  for (let i = 0; i < 8; i += 1) {
    const story = pick(stories).story;
    const w = titleWords(story);
    const other = titleWords(pick(stories).story);
    if (w.length < 2 || other.length < 1) {
      i -= 1;
      continue;
    }
    const [a, b] = [w[0] as string, w[1] as string];
    syntax.push(
      `"${a} ${b}"`,
      `${a.slice(0, 4)}*`,
      `${a}~1`,
      `title:${b}`,
      `${a} OR ${other[0]}`,
      `${a} -${other[0]}`,
      `${b} section:${story.section}`,
      `${a} date:${(story.date ?? '2021-01-01').slice(0, 7)}`,
      story.title,
    );
  }
  return { words, syntax };
}

// ───────────────────────────── ours ─────────────────────────────

function tuningFor(
  script: WorkerScript | undefined,
  segmentStories?: number,
): IndexedArchiveTuning {
  return {
    ...(script ? { workerScript: script } : {}),
    ...(segmentStories
      ? {
          segmentLimits: {
            stories: segmentStories,
            bytes: SEGMENT_BYTES * (segmentStories / SEGMENT_STORIES),
          },
        }
      : {}),
    watch: { stableMs: 200, quietMs: 150, maxWaitMs: 1_000 },
  };
}

/** Cold build in a child process, so its peak RSS (main and workers) is its own. */
function oursColdBuild(dir: string, cacheDir: string, segmentStories?: number): ChildBuild {
  return runChild(['ours-build', dir, cacheDir, String(segmentStories ?? 0)]);
}

async function childOursBuild(dir: string, cacheDir: string, segmentStories: number) {
  const { script } = await bundledWorker();
  const tuning = tuningFor(script, segmentStories || undefined);
  const started = performance.now();
  const heap = await sampleMemory(async () => {
    const service = new IndexedArchive(dir, { cacheDir }, tuning);
    await service.ready;
    const status = service.status();
    await service.close();
    return status;
  });
  return {
    ms: round(since(started)),
    mainHeapMb: heap.heapMb,
    stories: heap.result.stories,
    segments: heap.result.segments,
  };
}

async function childBaselineBuild(dir: string, file: string) {
  const started = performance.now();
  const built = await sampleMemory(async () => buildBaseline(await readStories(dir)));
  const ms = round(since(started));
  const serialised = JSON.stringify(built.result);
  await writeFile(file, serialised);
  return { ms, heapMb: built.heapMb, serialisedMb: round(serialised.length / 2 ** 20, 1) };
}

interface ChildBuild {
  ms: number;
  /** Peak RSS of the whole child process above its RSS at start (main and workers). */
  rssMb: number;
  /** Peak RSS of the whole child process. */
  maxRssMb: number;
  heapMb?: number;
  mainHeapMb?: number;
  stories?: number;
  segments?: number;
  serialisedMb?: number;
}

function runChild(args: string[]): ChildBuild {
  const run = spawnSync(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', __filename, '--child', ...args],
    { encoding: 'utf8', maxBuffer: 16 * 2 ** 20, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const line = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status !== 0 || !line.startsWith('{')) throw new Error(`child ${args[0]} failed`);
  return JSON.parse(line) as ChildBuild;
}

async function child(task: string, args: string[]): Promise<void> {
  const startRss = process.memoryUsage().rss;
  const result =
    task === 'ours-build'
      ? await childOursBuild(args[0] as string, args[1] as string, Number(args[2]))
      : await childBaselineBuild(args[0] as string, args[1] as string);
  const maxRss = process.resourceUsage().maxRSS * 1024;
  console.log(
    JSON.stringify({
      ...result,
      rssMb: round((maxRss - startRss) / 2 ** 20, 1),
      maxRssMb: round(maxRss / 2 ** 20, 1),
    }),
  );
}

async function oursReopen(
  dir: string,
  cacheDir: string,
  tuning: IndexedArchiveTuning,
  query: string,
) {
  const times: number[] = [];
  const readyTimes: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    gc();
    const started = performance.now();
    const service = new IndexedArchive(dir, { cacheDir }, tuning);
    await service.cacheLoaded;
    await service.search({ query });
    times.push(since(started));
    await service.ready;
    readyTimes.push(since(started));
    if (service.lastIndexing().segmentsBuilt > 0) throw new Error('reopen rebuilt segments');
    await service.close();
  }
  return { firstQuery: summarize(times), ready: summarize(readyTimes) };
}

async function timeQueries(
  run: (query: string) => Promise<unknown> | unknown,
  queries: readonly string[],
): Promise<{ summary: Summary; failures: number }> {
  for (const query of queries.slice(0, 20)) {
    try {
      await run(query);
    } catch {
      // warm-up only
    }
  }
  const times: number[] = [];
  let failures = 0;
  for (const query of queries) {
    const started = performance.now();
    try {
      await run(query);
    } catch {
      failures += 1;
    }
    times.push(since(started));
  }
  return { summary: summarize(times), failures };
}

const storyFile = (title: string, word: string) =>
  [
    ' date 2023-01-15  \u00a0',
    'world',
    'Sunday Jan 15 2023',
    'By',
    'Bench',
    '',
    title,
    '',
    'By',
    'Bench',
    '',
    'Sunday Jan 15, 2023',
    '',
    `The ${word} arrived late on Sunday.`,
    '',
  ].join('\n');

/** Writes new story files into the archive and waits until search finds each (then removes them). */
async function newFileLatency(
  dir: string,
  cacheDir: string,
  tuning: IndexedArchiveTuning,
  files: string[],
) {
  const service = new IndexedArchive(dir, { cacheDir, watch: true }, tuning);
  await service.ready;
  await service.watching;
  const append: number[] = [];
  const insert: number[] = [];
  const written: string[] = [];
  let missed = 0;
  try {
    for (let i = 0; i < NEW_FILE_ROUNDS * 2; i += 1) {
      const inserting = i % 2 === 1;
      const anchor = files[
        Math.floor((files.length * (i + 1)) / (NEW_FILE_ROUNDS * 2 + 2))
      ] as string;
      const name = inserting ? anchor.replace(/\.txt$/, `_bench${i}.txt`) : `zzzzz_bench${i}.txt`;
      const word = `quillbench${i}x`;
      const path = join(dir, name);
      const started = performance.now();
      await writeFile(path, storyFile(`Bench story ${i}`, word));
      written.push(path);
      let found = false;
      while (since(started) < 30_000) {
        const response = (await service.search({ query: word })) as SearchResponse;
        if (response.total > 0) {
          found = true;
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      if (found) (inserting ? insert : append).push(since(started));
      else {
        missed += 1;
        console.error(
          `  ${name} not searchable after 30 s:`,
          service.status().state,
          service.lastIndexing(),
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  } finally {
    await Promise.all(written.map((path) => rm(path, { force: true })));
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await service.close();
  }
  return { appended: summarize(append), inserted: summarize(insert), missed };
}

// ───────────────────────────── the baseline ─────────────────────────────

interface Baseline {
  buildMs: number;
  peakHeapMb: number;
  peakRssMb: number;
  serialisedMb: number;
  reopen: Summary;
  words: Summary;
  syntax: Summary;
  all: Summary;
  syntaxQueriesThatThrow: number;
}

function buildBaseline(stories: readonly LoadedStory[]): LunrIndex {
  return lunr(function () {
    this.ref('id');
    this.field('title', { boost: 10 });
    this.field('captions', { boost: 2 });
    this.field('byline');
    this.field('section');
    this.field('dateline', { boost: 2 });
    this.field('body');
    for (const { story, text } of stories) this.add({ ...text, id: story.id });
  });
}

// ───────────────────────────── ranking: segments vs one index ─────────────────────────────

interface Ranker {
  top(query: string): string[];
}

function inProcessRanker(
  texts: readonly IndexedText[],
  size: number,
  statistics: 'archive' | 'segment',
): Ranker {
  const segments: {
    start: number;
    searchable: SearchableSegment;
    vocabulary: Vocabulary;
    totals: number[];
  }[] = [];
  for (let start = 0; start < texts.length; start += size) {
    const slice = texts.slice(start, start + size);
    const index = buildSegmentIndex(slice);
    const vocabulary = new Vocabulary();
    vocabulary.addSegment('own', index.terms, documentFrequencies(index));
    segments.push({
      start,
      vocabulary,
      totals: fieldLengthTotals(index),
      searchable: {
        index,
        section: (doc) => slice[doc]?.section ?? '',
        date: () => null,
        text: (doc) => slice[doc] as IndexedText,
      },
    });
  }
  const archive = new Vocabulary();
  const totals = INDEX_FIELDS.map(() => 0);
  for (const segment of segments) {
    archive.addSegment(
      String(segment.start),
      segment.searchable.index.terms,
      documentFrequencies(segment.searchable.index),
    );
    segment.totals.forEach((total, f) => (totals[f] = (totals[f] ?? 0) + total));
  }
  return {
    top(query) {
      const parsed = parseQuery(query);
      const hits: { ref: number; score: number }[] = [];
      for (const segment of segments) {
        const plan =
          statistics === 'archive'
            ? planSearch(parsed, {}, archive, {
                documentCount: texts.length,
                fieldLengthTotals: totals,
              })
            : planSearch(parsed, {}, segment.vocabulary, {
                documentCount: segment.searchable.index.docCount,
                fieldLengthTotals: segment.totals,
              });
        if (!plan) continue;
        const found = searchSegment(segment.searchable, plan);
        found.docs.forEach((doc, i) =>
          hits.push({ ref: segment.start + doc, score: found.scores[i] as number }),
        );
      }
      return hits
        .sort((a, b) => b.score - a.score || a.ref - b.ref)
        .slice(0, 10)
        .map((hit) => String(hit.ref));
    },
  };
}

/** Mean overlap@10 and Kendall tau (on the stories both top-10s share) against the reference. */
function compareRankings(reference: Ranker, other: Ranker, queries: readonly string[]) {
  let overlap = 0;
  let tau = 0;
  let counted = 0;
  let identical = 0;
  for (const query of queries) {
    const a = reference.top(query);
    const b = other.top(query);
    if (a.length === 0 && b.length === 0) continue;
    counted += 1;
    if (a.join() === b.join()) identical += 1;
    const shared = a.filter((ref) => b.includes(ref));
    overlap += shared.length / Math.max(1, Math.min(10, Math.max(a.length, b.length)));
    let concordant = 0;
    let discordant = 0;
    for (let i = 0; i < shared.length; i += 1) {
      for (let j = i + 1; j < shared.length; j += 1) {
        const x = shared[i] as string;
        const y = shared[j] as string;
        const sameOrder = a.indexOf(x) < a.indexOf(y) === b.indexOf(x) < b.indexOf(y);
        if (sameOrder) concordant += 1;
        else discordant += 1;
      }
    }
    tau +=
      concordant + discordant === 0 ? 1 : (concordant - discordant) / (concordant + discordant);
  }
  return {
    queries: counted,
    overlapAt10: round(overlap / Math.max(1, counted), 4),
    kendallTau: round(tau / Math.max(1, counted), 4),
    identicalTop10: round(identical / Math.max(1, counted), 4),
  };
}

// ───────────────────────────── the run ─────────────────────────────

function row(
  name: string,
  ours: string | number,
  baseline: string | number,
  goal = '',
  met = '',
): string {
  return `${name.padEnd(34)}${String(ours).padStart(16)}${String(baseline).padStart(16)}  ${goal.padEnd(18)}${met}`;
}

async function main(): Promise<void> {
  const worker = await bundledWorker();
  const results: Record<string, unknown> = { worker: worker.how, segmentStories: SEGMENT_STORIES };
  let baselineHeapPerByte: number | null = null;
  for (const size of SIZES) {
    console.log(`\n── ${size.toLocaleString('en')} stories ──`);
    const { dir } = await ensureGeneratedArchive(size);
    const stories = await readStories(dir);
    const textBytes = stories.reduce(
      (sum, { text }) => sum + INDEX_FIELDS.reduce((s, f) => s + Buffer.byteLength(text[f]), 0),
      0,
    );
    const queries = makeQueries(stories);
    const allQueries = [...queries.words, ...queries.syntax];
    const files = stories.map(({ story }) => story.file);
    const tuning = tuningFor(worker.script);

    // ours
    const cacheDir = await scratchDir(`search-${size}`);
    const cold = oursColdBuild(dir, cacheDir);
    const cacheMb = round((await folderBytes(cacheDir)) / 2 ** 20, 1);
    const reopen = await oursReopen(dir, cacheDir, tuning, queries.words[0] as string);
    const service = new IndexedArchive(dir, { cacheDir }, tuning);
    await service.ready;
    const oursWords = await timeQueries((q) => service.search({ query: q }), queries.words);
    const oursSyntax = await timeQueries((q) => service.search({ query: q }), queries.syntax);
    const oursAll = await timeQueries((q) => service.search({ query: q }), allQueries);
    await service.close();
    const newFile = await newFileLatency(dir, cacheDir, tuning, files);

    // the baseline
    let baseline: Baseline | null = null;
    const heapLimit = getHeapStatistics().heap_size_limit;
    const predictedHeap = baselineHeapPerByte === null ? null : baselineHeapPerByte * textBytes;
    const baselineFits = predictedHeap === null || predictedHeap < heapLimit * 0.8;
    if (RUN_BASELINE && baselineFits) {
      const file = join(await scratchDir(`search-baseline-${size}`), 'index.json');
      const built = runChild(['baseline-build', dir, file]);
      baselineHeapPerByte = ((built.heapMb ?? 0) * 2 ** 20) / textBytes;
      const reopenTimes: number[] = [];
      let loaded: LunrIndex | null = null;
      for (let i = 0; i < 2; i += 1) {
        loaded = null;
        gc();
        const t = performance.now();
        loaded = lunrLoad(JSON.parse(await readFile(file, 'utf8')));
        loaded.search(queries.words[0] as string);
        reopenTimes.push(since(t));
      }
      const index = loaded as LunrIndex;
      const words = await timeQueries((q) => index.search(q), queries.words);
      const syntax = await timeQueries((q) => index.search(q), queries.syntax);
      const all = await timeQueries((q) => index.search(q), allQueries);
      const throws = queries.syntax.filter((q) => {
        try {
          index.search(q);
          return false;
        } catch {
          return true;
        }
      }).length;
      baseline = {
        buildMs: built.ms,
        peakHeapMb: built.heapMb ?? 0,
        peakRssMb: built.rssMb,
        serialisedMb: built.serialisedMb ?? 0,
        reopen: summarize(reopenTimes),
        words: words.summary,
        syntax: syntax.summary,
        all: all.summary,
        syntaxQueriesThatThrow: throws,
      };
      loaded = null;
      await rm(file, { force: true });
    }
    gc();

    const ours = {
      buildMs: cold.ms,
      peakRssMb: cold.rssMb,
      maxRssMb: cold.maxRssMb,
      mainHeapMb: cold.mainHeapMb,
      segments: cold.segments,
      cacheMb,
      reopen,
      words: oursWords.summary,
      syntax: oursSyntax.summary,
      all: oursAll.summary,
      queriesThatFail: oursAll.failures,
      newFile,
    };
    results[size] = {
      stories: stories.length,
      textMb: round(textBytes / 2 ** 20, 1),
      queries: { words: queries.words.length, syntax: queries.syntax.length },
      ours,
      baseline: baseline ?? {
        skipped: RUN_BASELINE
          ? `would need about ${round((predictedHeap ?? 0) / 2 ** 30, 1)} GB of heap (limit ${round(heapLimit / 2 ** 30, 1)} GB)`
          : 'SEARCH_BENCH_BASELINE=0',
      },
    };

    const b = baseline;
    const goal = GOALS[size as keyof typeof GOALS] as Partial<Record<string, number>> | undefined;
    const yes = (ok: boolean) => (ok ? 'met' : 'NOT met');
    console.log(row('', 'ours', 'plain lunr', 'goal'));
    console.log(
      row('stories / indexed text MB', `${stories.length} / ${round(textBytes / 2 ** 20, 1)}`, ''),
    );
    const speedup = b ? round(b.buildMs / cold.ms, 2) : null;
    console.log(
      row(
        'cold build ms',
        cold.ms,
        b?.buildMs ?? 'skipped',
        goal?.buildSpeedup ? `≥ ${goal.buildSpeedup}× faster` : '',
        speedup && goal?.buildSpeedup
          ? `${speedup}× ${yes(speedup >= goal.buildSpeedup)}`
          : speedup
            ? `${speedup}×`
            : '',
      ),
    );
    const share = b ? round(cold.rssMb / b.peakHeapMb, 3) : null;
    console.log(
      row(
        'peak memory MB (ours RSS / lunr heap)',
        cold.rssMb,
        b ? `${b.peakHeapMb} (rss ${b.peakRssMb})` : 'skipped',
        goal?.heapShare ? `≤ ${goal.heapShare * 100}% of baseline` : '',
        share !== null && goal?.heapShare
          ? `${round(share * 100, 1)}% ${yes(share <= goal.heapShare)}`
          : '',
      ),
    );
    console.log(
      row('segments / cache MB', `${cold.segments} / ${cacheMb}`, b ? `1 / ${b.serialisedMb}` : ''),
    );
    console.log(
      row(
        'reopen → first answer ms (p50)',
        reopen.firstQuery.p50,
        b ? b.reopen.p50 : '',
        goal?.reopenMs ? `≤ ${goal.reopenMs}` : '',
        goal?.reopenMs ? yes(reopen.firstQuery.p50 <= goal.reopenMs) : '',
      ),
    );
    console.log(row('reopen → ready (walk + check) ms', reopen.ready.p50, ''));
    console.log(
      row(
        '1–3 words p50 / p95 ms',
        `${oursWords.summary.p50} / ${oursWords.summary.p95}`,
        b ? `${b.words.p50} / ${b.words.p95}` : '',
      ),
    );
    console.log(
      row(
        'syntax p50 / p95 ms',
        `${oursSyntax.summary.p50} / ${oursSyntax.summary.p95}`,
        b ? `${b.syntax.p50} / ${b.syntax.p95}` : '',
      ),
    );
    console.log(
      row(
        'all queries p50 / p95 ms',
        `${oursAll.summary.p50} / ${oursAll.summary.p95}`,
        b ? `${b.all.p50} / ${b.all.p95}` : '',
        goal?.p95Ms ? `p95 ≤ ${goal.p95Ms}` : '',
        goal?.p95Ms ? yes(oursAll.summary.p95 <= goal.p95Ms) : '',
      ),
    );
    console.log(
      row('syntax queries that throw', oursAll.failures, b ? String(b.syntaxQueriesThatThrow) : ''),
    );
    console.log(
      row(
        'new file searchable ms (appended)',
        `${newFile.appended.p50} (max ${newFile.appended.max})`,
        '',
        goal?.newFileMs ? `≤ ${goal.newFileMs}` : '',
        goal?.newFileMs ? yes(newFile.appended.max <= goal.newFileMs) : '',
      ),
    );
    console.log(
      row(
        'new file searchable ms (inserted)',
        `${newFile.inserted.p50} (max ${newFile.inserted.max})`,
        '',
      ),
    );
    if (newFile.missed > 0) console.log(row('new files never searchable', newFile.missed, ''));
    // ranking: segments against one index over everything (the first size only)
    let ranking: Record<string, unknown> | null = null;
    if (size === SIZES[0]) {
      const texts = stories.map(({ text }) => text);
      const single = inProcessRanker(texts, texts.length, 'archive');
      ranking = {};
      const sizes = SWEEP ? [1_000, SEGMENT_STORIES, 5_000] : [SEGMENT_STORIES];
      for (const segmentSize of sizes) {
        ranking[`archiveStatistics_${segmentSize}`] = compareRankings(
          single,
          inProcessRanker(texts, segmentSize, 'archive'),
          queries.words,
        );
        ranking[`segmentStatistics_${segmentSize}`] = compareRankings(
          single,
          inProcessRanker(texts, segmentSize, 'segment'),
          queries.words,
        );
      }
      gc();
    }

    // segment size sweep (the first size only)
    let sweep: Record<string, unknown> | null = null;
    if (SWEEP && size === SIZES[0]) {
      sweep = {};
      for (const segmentStories of [1_000, 2_000, 5_000]) {
        const sweepTuning = tuningFor(worker.script, segmentStories);
        const sweepCache = await scratchDir(`search-sweep-${segmentStories}`);
        const sweepCold = oursColdBuild(dir, sweepCache, segmentStories);
        const sweepReopen = await oursReopen(
          dir,
          sweepCache,
          sweepTuning,
          queries.words[0] as string,
        );
        const sweepService = new IndexedArchive(dir, { cacheDir: sweepCache }, sweepTuning);
        await sweepService.ready;
        const sweepQueries = await timeQueries(
          (q) => sweepService.search({ query: q }),
          allQueries,
        );
        await sweepService.close();
        const sweepNew = await newFileLatency(dir, sweepCache, sweepTuning, files);
        sweep[segmentStories] = {
          buildMs: sweepCold.ms,
          peakRssMb: sweepCold.rssMb,
          segments: sweepCold.segments,
          cacheMb: round((await folderBytes(sweepCache)) / 2 ** 20, 1),
          reopenMs: sweepReopen.firstQuery.p50,
          queryP50: sweepQueries.summary.p50,
          queryP95: sweepQueries.summary.p95,
          newFileAppendedMs: sweepNew.appended.p50,
          newFileInsertedMs: sweepNew.inserted.p50,
          newFileMissed: sweepNew.missed,
        };
        await rm(sweepCache, { recursive: true, force: true });
      }
    }

    Object.assign(results[size] as object, { ranking, sweep });
    if (ranking) console.log('ranking vs one index (top 10):', JSON.stringify(ranking));
    if (sweep) console.log('segment size sweep:', JSON.stringify(sweep));
    await writeResults('search', results);
  }
  const file = await writeResults('search', results);
  console.log(`\nwrote ${file}`);
  if (existsSync(join(CACHE_DIR, 'scratch'))) {
    for (const size of SIZES)
      await rm(join(CACHE_DIR, 'scratch', `search-baseline-${size}`), {
        recursive: true,
        force: true,
      });
  }
}

const entry =
  process.argv[2] === '--child' ? child(process.argv[3] as string, process.argv.slice(4)) : main();
entry.catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
