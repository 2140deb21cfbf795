/**
 * Formats benchmark (issue 13): what reading saved web pages and Markdown clippings costs next
 * to text stories, and whether an archive of pages indexes within today's memory bound.
 *
 * 1. The same articles in three formats: 2,000 generated stories, each rendered as story text,
 *    as a saved news page (render-page.ts: head metadata, inline styles and scripts, cookie
 *    banner, navigation, figures, related list, footer; about 9 KB) and as a Markdown clipping,
 *    read (a) from memory with storyFromBytes — decode and parse alone, yielding to the event
 *    loop every 20 files as an index worker does, so garbage is collected as it would be there —
 *    and (b) from disk with readStoryFile, one file at a time. Best of 5 rounds, per story; the
 *    ratios to text.
 * 2. Cold index builds, each in a child process of its own (peak RSS of the whole process,
 *    worker threads included, as the search benchmark measures it), of 20,000 generated
 *    stories as text, as saved pages, and mixed (text, page, clipping in turns).
 *
 * Workers start from an esbuild bundle of index-worker.ts, as the app's bundle does.
 *
 * Run: npm run bench -- formats   (writes bench-results/formats.json)
 * Env: FORMATS_BENCH_STORIES=20000 (0: no cold builds) · FORMATS_BENCH_SAMPLE=2000
 */
import { spawnSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { StoryFormat } from '../../main/core/model/story';
import type { WorkerScript } from '../../main/core/index/worker-script';
import { IndexedArchive } from '../../main/core/service/indexed-archive';
import { readStoryFile, storyFromBytes } from '../../main/core/story/read-story-file';
import { planArchive } from '../../tools/generate/archive-plan';
import { fileInFormat } from '../../tools/generate/generate-archive';
import { renderStoryClipping } from '../../tools/generate/render-clipping';
import { renderStoryPage } from '../../tools/generate/render-page';
import { draftStory, renderStoryText } from '../../tools/generate/render-story';
import {
  CACHE_DIR,
  ensureGeneratedArchive,
  round,
  scratchDir,
  since,
  writeResults,
} from './bench-kit';

const STORIES = Number(process.env.FORMATS_BENCH_STORIES ?? 20_000);
const SAMPLE = Number(process.env.FORMATS_BENCH_SAMPLE ?? 2_000);
const ROUNDS = 5;
type OneStoryFormat = Extract<StoryFormat, 'text' | 'html' | 'markdown'>;
const FORMATS: readonly OneStoryFormat[] = ['text', 'html', 'markdown'];

interface Rendered {
  format: StoryFormat;
  file: string;
  bytes: Buffer;
}

/** The same planned stories written in every format. */
function renderSample(): Record<OneStoryFormat, Rendered[]> {
  const plan = planArchive({ stories: SAMPLE, seed: 11 });
  const out: Record<OneStoryFormat, Rendered[]> = { text: [], html: [], markdown: [] };
  for (const planned of plan.files) {
    const draft = draftStory(plan, planned);
    const texts: Record<OneStoryFormat, string> = {
      text: renderStoryText(draft),
      html: renderStoryPage(draft, planned.id, planned.story % 3 === 2 ? 1 : 0),
      markdown: renderStoryClipping(draft, planned.id),
    };
    for (const format of FORMATS) {
      const file = fileInFormat(planned.file, format).replace(/^.*\//, '');
      out[format].push({ format, file, bytes: Buffer.from(texts[format]) });
    }
  }
  return out;
}

async function sameArticles() {
  const rendered = renderSample();
  const folders: Record<string, string> = {};
  for (const format of FORMATS) {
    const folder = await scratchDir(`formats-${format}`);
    for (const item of rendered[format]) await writeFile(join(folder, item.file), item.bytes);
    folders[format] = folder;
  }
  const rows: Record<string, { kb: number; memoryMs: number; diskMs: number; stories: number }> =
    {};
  for (const format of FORMATS) {
    const items = rendered[format];
    let memory = Infinity;
    let disk = Infinity;
    let stories = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      (globalThis as { gc?: () => void }).gc?.();
      let start = performance.now();
      stories = 0;
      for (const [index, item] of items.entries()) {
        if (storyFromBytes(item.bytes, item.file).ok) stories += 1;
        if (index % 20 === 19) await new Promise((resolve) => setImmediate(resolve));
      }
      memory = Math.min(memory, since(start) / items.length);
      start = performance.now();
      for (const item of items) {
        await readStoryFile(folders[format]!, {
          id: item.file,
          file: item.file,
          size: 0,
          mtimeMs: 0,
        });
      }
      disk = Math.min(disk, since(start) / items.length);
    }
    const kb = items.reduce((sum, item) => sum + item.bytes.length, 0) / items.length / 1024;
    rows[format] = {
      kb: round(kb, 1),
      memoryMs: round(memory, 3),
      diskMs: round(disk, 3),
      stories,
    };
  }
  return rows;
}

interface ChildBuild {
  ms: number;
  stories: number;
  skipped: number;
  rssMb: number;
  maxRssMb: number;
}

function coldBuild(dir: string, cacheDir: string): ChildBuild {
  const run = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', __filename, '--child', dir, cacheDir],
    { encoding: 'utf8', maxBuffer: 16 * 2 ** 20, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const line = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status !== 0 || !line.startsWith('{')) throw new Error(`cold build of ${dir} failed`);
  return JSON.parse(line) as ChildBuild;
}

async function bundledWorker(): Promise<WorkerScript | undefined> {
  try {
    const esbuild = await import('esbuild');
    const outfile = join(CACHE_DIR, 'formats-worker', 'index-worker.js');
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

async function child(dir: string, cacheDir: string): Promise<void> {
  const script = await bundledWorker();
  const startRss = process.memoryUsage().rss;
  const started = performance.now();
  const service = new IndexedArchive(dir, { cacheDir }, script ? { workerScript: script } : {});
  await service.ready;
  const status = service.status();
  await service.close();
  const ms = round(since(started));
  const maxRss = process.resourceUsage().maxRSS * 1024;
  console.log(
    JSON.stringify({
      ms,
      stories: status.stories,
      skipped: status.skipped,
      rssMb: round((maxRss - startRss) / 2 ** 20, 1),
      maxRssMb: round(maxRss / 2 ** 20, 1),
    }),
  );
}

async function main(): Promise<void> {
  console.log(`same articles, ${SAMPLE} stories in each format (best of ${ROUNDS}, per story):`);
  const read = await sameArticles();
  console.log(
    `${'format'.padEnd(10)} ${'KB'.padStart(6)} ${'memory ms'.padStart(10)} ${'× text'.padStart(7)} ${'disk ms'.padStart(9)} ${'× text'.padStart(7)}`,
  );
  for (const format of FORMATS) {
    const row = read[format]!;
    console.log(
      `${format.padEnd(10)} ${String(row.kb).padStart(6)} ${String(row.memoryMs).padStart(10)} ${String(round(row.memoryMs / read.text!.memoryMs, 1)).padStart(7)} ${String(row.diskMs).padStart(9)} ${String(round(row.diskMs / read.text!.diskMs, 1)).padStart(7)}`,
    );
  }

  const builds: Record<string, ChildBuild & { files: string }> = {};
  for (const [name, formats] of [
    ['text', undefined],
    ['pages', ['html'] as const],
    ['mixed', FORMATS],
  ] as const) {
    if (STORIES === 0) break;
    const { dir } = await ensureGeneratedArchive(STORIES, 1, formats);
    const cacheDir = await scratchDir(`formats-cache-${name}`);
    builds[name] = { ...coldBuild(dir, cacheDir), files: name };
    await rm(cacheDir, { recursive: true, force: true });
    const row = builds[name]!;
    console.log(
      `cold index, ${STORIES} ${name}: ${row.stories} stories (${row.skipped} skipped) in ${round(row.ms / 1000, 1)} s, peak RSS +${row.rssMb} MB (${row.maxRssMb} MB)`,
    );
  }
  const file = await writeResults('formats', {
    sample: SAMPLE,
    rounds: ROUNDS,
    read,
    stories: STORIES,
    builds,
  });
  console.log(`wrote ${file}`);
}

if (process.argv[2] === '--child') {
  child(process.argv[3]!, process.argv[4]!).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} else {
  mkdir(CACHE_DIR, { recursive: true })
    .then(main)
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
