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
 * 3. News-database exports (issue 16), generated here and never committed: a LexisNexis text
 *    export of 161 stories (about 1 MB), the same stories in the Nexis Uni layout printed to
 *    PDF by Chromium (about 455 pages), and big text exports — each read alone (time, pages
 *    per second) and indexed cold in a child process with 2 workers (time, peak RSS); the
 *    big exports read in a child of their own for its peak RSS: 50 MB read whole (readStories)
 *    and streamed (readExportStream), and 200 MB streamed.
 *
 * Workers start from an esbuild bundle of index-worker.ts, as the app's bundle does.
 *
 * Run: npm run bench -- formats   (writes bench-results/formats.json)
 * Env: FORMATS_BENCH_STORIES=20000 (0: no cold builds) · FORMATS_BENCH_SAMPLE=2000 ·
 *      FORMATS_BENCH_EXPORTS=1 (0: no exports) · FORMATS_BENCH_BIG_MB=200 ·
 *      FORMATS_BENCH_BIG_SMALL_MB=50
 */
import { spawnSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { StoryFormat } from '../../main/core/model/story';
import type { WorkerScript } from '../../main/core/index/worker-script';
import { IndexedArchive } from '../../main/core/service/indexed-archive';
import { readStoryFile, storyFromBytes } from '../../main/core/story/read-story-file';
import { readStories } from '../../main/core/story/read-stories';
import { readFile, stat } from 'node:fs/promises';
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { readExportStream } from '../../main/core/story/read-export-stream';
import type { StoryDraft } from '../../tools/generate/render-story';
import {
  exportDrafts,
  nexisText,
  nexisTextStory,
  nexisUniPage,
  NEXIS_COVER,
  printToPdf,
} from './export-files';
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
const EXPORTS = process.env.FORMATS_BENCH_EXPORTS !== '0';
const BIG_MB = Number(process.env.FORMATS_BENCH_BIG_MB ?? 200);
const BIG_SMALL_MB = Number(process.env.FORMATS_BENCH_BIG_SMALL_MB ?? 50);
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
    if (format === 'text') {
      // The engine's path for every file now (format by bytes, export markers looked for),
      // against the one-story path above, which is what text stories cost before.
      let engine = Infinity;
      for (let round = 0; round < ROUNDS; round += 1) {
        (globalThis as { gc?: () => void }).gc?.();
        const start = performance.now();
        for (const [index, item] of items.entries()) {
          await readStories(item.bytes, item.file);
          if (index % 20 === 19) await new Promise((resolve) => setImmediate(resolve));
        }
        engine = Math.min(engine, since(start) / items.length);
      }
      rows.textReadStories = {
        kb: 0,
        memoryMs: round(engine, 3),
        diskMs: 0,
        stories: items.length,
      };
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
  cpuMs: number;
  stories: number;
  skipped: number;
  skippedFiles?: { file: string; reason: string }[];
  rssMb: number;
  maxRssMb: number;
}

function coldBuild(dir: string, cacheDir: string): ChildBuild {
  const run = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '--max-old-space-size=8192',
      '--import',
      'tsx',
      __filename,
      '--child',
      dir,
      cacheDir,
    ],
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
      // As the app's bundle (electron-vite's externalizeDeps): pdf.js and mammoth are loaded
      // from node_modules when a PDF or a DOCX is first read.
      external: ['pdfjs-dist', 'pdfjs-dist/*', 'mammoth'],
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
  const service = new IndexedArchive(
    dir,
    { cacheDir, workers: 2 },
    script ? { workerScript: script } : {},
  );
  await service.ready;
  const status = service.status();
  await service.close();
  const ms = round(since(started));
  const usage = process.resourceUsage();
  const maxRss = usage.maxRSS * 1024;
  console.log(
    JSON.stringify({
      ms,
      // CPU of the whole process (workers included) from its start: on a loaded machine, a
      // steadier figure than the wall-clock time.
      cpuMs: round((usage.userCPUTime + usage.systemCPUTime) / 1000),
      stories: status.stories,
      skipped: status.skipped,
      skippedFiles: status.skippedFiles.slice(0, 3),
      rssMb: round((maxRss - startRss) / 2 ** 20, 1),
      maxRssMb: round(maxRss / 2 ** 20, 1),
    }),
  );
}

/**
 * Reads one file's stories in this process: time, stories, peak RSS. `stream`: through
 * readExportStream, each story dropped once handed on (as a consumer that writes it out
 * would); else whole, through readStories (the file, its text and all its stories held).
 */
async function readChild(path: string, stream: boolean): Promise<void> {
  const startRss = process.memoryUsage().rss;
  const size = (await stat(path)).size;
  const file = path.replace(/^.*\//, '');
  const started = performance.now();
  let stories = 0;
  let skipped: string | null = null;
  if (stream) {
    const source = () => createReadStream(path, { highWaterMark: 1024 * 1024 });
    const read = await readExportStream(source, file, size, () => {
      stories += 1;
    });
    if (!read.ok) skipped = read.skipped.reason;
  } else {
    const read = await readStories(await readFile(path), file, {});
    stories = read.ok ? read.stories.length : 0;
    if (!read.ok) skipped = read.skipped.reason;
  }
  const ms = round(since(started));
  const maxRss = process.resourceUsage().maxRSS * 1024;
  console.log(
    JSON.stringify({
      ms,
      stories,
      skipped,
      bytesMb: round(size / 2 ** 20, 1),
      rssMb: round((maxRss - startRss) / 2 ** 20, 1),
      maxRssMb: round(maxRss / 2 ** 20, 1),
    }),
  );
}

interface ChildRead {
  ms: number;
  stories: number;
  skipped: string | null;
  bytesMb: number;
  rssMb: number;
  maxRssMb: number;
}

function readInChild(path: string, stream: boolean): ChildRead {
  const run = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '--max-old-space-size=8192',
      '--import',
      'tsx',
      __filename,
      stream ? '--read-stream' : '--read',
      path,
    ],
    { encoding: 'utf8', maxBuffer: 16 * 2 ** 20, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const line = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status !== 0 || !line.startsWith('{')) throw new Error(`reading ${path} failed`);
  return JSON.parse(line) as ChildRead;
}

/** The exports of issue 16: the 161-story TXT and PDF, and the 200 MB TXT. */
async function exportsBench() {
  const drafts = exportDrafts(161);
  const textDir = await scratchDir('formats-export-txt');
  const text = Buffer.from(nexisText(drafts));
  await writeFile(join(textDir, 'export.txt'), text);
  let textRead = Infinity;
  for (let round = 0; round < ROUNDS; round += 1) {
    const started = performance.now();
    await readStories(text, 'export.txt', {});
    textRead = Math.min(textRead, since(started));
  }
  const textCache = await scratchDir('formats-export-txt-cache');
  // The same open of an empty archive: what starting the workers costs, whatever is read.
  const empty = coldBuild(
    await scratchDir('formats-export-empty'),
    await scratchDir('formats-export-empty-cache'),
  );
  const textIndex = coldBuild(textDir, textCache);
  const rows: Record<string, unknown> = {
    txt161: {
      kb: round(text.length / 1024, 0),
      stories: textIndex.stories,
      readMs: round(textRead, 1),
      indexMs: textIndex.ms,
      indexCpuMs: textIndex.cpuMs,
      emptyArchiveOpenMs: empty.ms,
      emptyArchiveOpenCpuMs: empty.cpuMs,
      indexPeakRssMb: textIndex.maxRssMb,
    },
  };
  console.log(
    `export TXT, 161 stories (${round(text.length / 1024, 0)} KB): read ${round(textRead, 1)} ms; cold index (2 workers) ${textIndex.stories} stories in ${textIndex.ms} ms, CPU ${textIndex.cpuMs} ms (an empty archive's open: ${empty.ms} ms, CPU ${empty.cpuMs} ms), peak RSS ${textIndex.maxRssMb} MB`,
  );

  const pdfDir = await scratchDir('formats-export-pdf');
  const pdfPath = join(pdfDir, 'export.pdf');
  if (await printToPdf(nexisUniPage(drafts), join(CACHE_DIR, 'export-page.html'), pdfPath)) {
    const pdf = await readFile(pdfPath);
    const { pdfjs } = await import('../../main/core/story/pdfjs-in-thread');
    const document = await (await pdfjs()).getDocument({ data: new Uint8Array(pdf) }).promise;
    const pages = document.numPages;
    await document.destroy();
    let pdfRead = Infinity;
    for (let round = 0; round < 3; round += 1) {
      const started = performance.now();
      await readStories(pdf, 'export.pdf', {});
      pdfRead = Math.min(pdfRead, since(started));
    }
    const pdfIndex = coldBuild(pdfDir, await scratchDir('formats-export-pdf-cache'));
    rows.pdf = {
      pages,
      kb: round(pdf.length / 1024, 0),
      readMs: round(pdfRead, 0),
      pagesPerSecond: round(pages / (pdfRead / 1000), 1),
      stories: pdfIndex.stories,
      indexMs: pdfIndex.ms,
      indexPeakRssMb: pdfIndex.maxRssMb,
    };
    console.log(
      `${pdfIndex.skippedFiles?.length ? `(skipped: ${pdfIndex.skippedFiles[0]!.reason}) ` : ''}export PDF, ${pages} pages: read ${round(pdfRead / 1000, 2)} s (${round(pages / (pdfRead / 1000), 1)} pages/s); cold index (2 workers) ${pdfIndex.stories} stories in ${round(pdfIndex.ms / 1000, 1)} s, peak RSS ${pdfIndex.maxRssMb} MB`,
    );
  } else console.log('export PDF: Chromium could not print the page; skipped');

  // The big exports: streamed at two sizes (peak RSS must not grow with the file), and the
  // smaller one also read whole, as every export was before the streaming reader.
  for (const [name, mb, stream] of [
    ['bigWhole', BIG_SMALL_MB, false],
    ['bigStreamed', BIG_SMALL_MB, true],
    ['hugeStreamed', BIG_MB, true],
  ] as const) {
    if (mb <= 0) continue;
    const bigDir = await scratchDir('formats-export-big');
    const bigPath = join(bigDir, 'big.txt');
    await writeBigExport(bigPath, mb, drafts, text.length);
    const bigRead = readInChild(bigPath, stream);
    rows[name] = bigRead;
    console.log(
      `export TXT, ${bigRead.bytesMb} MB, ${stream ? 'streamed' : 'read whole'}: ${bigRead.stories} stories read in ${round(bigRead.ms / 1000, 1)} s, peak RSS +${bigRead.rssMb} MB (${bigRead.maxRssMb} MB)${bigRead.skipped ? ` — skipped: ${bigRead.skipped}` : ''}`,
    );
    await rm(bigDir, { recursive: true, force: true });
  }
  return rows;
}

/** A Nexis text export of about `mb` MB, written in pieces (never held whole). */
async function writeBigExport(
  path: string,
  mb: number,
  drafts: readonly StoryDraft[],
  exportBytes: number,
): Promise<void> {
  const out = createWriteStream(path);
  let size = NEXIS_COVER.length;
  out.write(NEXIS_COVER);
  const total = Math.ceil((mb * 2 ** 20) / (exportBytes / drafts.length));
  for (let n = 0; size < mb * 2 ** 20; n += 1) {
    const draft = drafts[n % drafts.length]!;
    const story = nexisTextStory({ ...draft, title: `${draft.title} (${n})` }, n + 1, total);
    size += story.length;
    if (!out.write(story)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

async function main(): Promise<void> {
  console.log(`same articles, ${SAMPLE} stories in each format (best of ${ROUNDS}, per story):`);
  const read = await sameArticles();
  console.log(
    `${'format'.padEnd(10)} ${'KB'.padStart(6)} ${'memory ms'.padStart(10)} ${'× text'.padStart(7)} ${'disk ms'.padStart(9)} ${'× text'.padStart(7)}`,
  );
  console.log(
    `text through readStories (the engine's path now): ${read.textReadStories!.memoryMs} ms per story, ${round(read.textReadStories!.memoryMs / read.text!.memoryMs, 2)}× the one-story path (today's)`,
  );
  for (const format of FORMATS) {
    const row = read[format]!;
    console.log(
      `${format.padEnd(10)} ${String(row.kb).padStart(6)} ${String(row.memoryMs).padStart(10)} ${String(round(row.memoryMs / read.text!.memoryMs, 1)).padStart(7)} ${String(row.diskMs).padStart(9)} ${String(round(row.diskMs / read.text!.diskMs, 1)).padStart(7)}`,
    );
  }

  const exportsRows = EXPORTS ? await exportsBench() : null;

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
    exports: exportsRows,
  });
  console.log(`wrote ${file}`);
}

if (process.argv[2] === '--read' || process.argv[2] === '--read-stream') {
  readChild(process.argv[3]!, process.argv[2] === '--read-stream').catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} else if (process.argv[2] === '--child') {
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
