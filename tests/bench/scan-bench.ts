/**
 * Scan benchmark: walk + read + decode + parse throughput of scanArchive on a generated
 * 20,000-story archive, next to a floor measured in the same run on the same files: read each
 * file (same concurrency, callback fs.readFile) and split it into lines, nothing else — no
 * walk, no stat, no decoding checks, no hash. Goal: scan within 3× of the
 * floor. Also reports the parts (walk alone; decode + parse of bytes already in memory) and
 * the scan's peak heap, which must stay flat (it never holds the archive's bytes at once).
 *
 * Run: npm run bench -- scan   (writes bench-results/scan.json)
 */
import { readFile as readFileCallback } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pMap from 'p-map';
import { storyFromBytes } from '../../main/core/story/read-story-file';
import { scanArchive } from '../../main/core/story/scan-archive';
import { walkArchive } from '../../main/core/story/walk-archive';
import {
  ensureGeneratedArchive,
  peakHeap,
  round,
  since,
  summarize,
  writeResults,
} from './bench-kit';

const STORIES = Number(process.env.SCAN_BENCH_STORIES ?? 20_000);
const ROUNDS = 5;
const CONCURRENCY = 16;

/** The floor's read: Node's fastest plain whole-file read (callback readFile, no promises layer). */
function readWhole(path: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    readFileCallback(path, (error, bytes) => (error ? reject(error) : resolve(bytes)));
  });
}

async function main(): Promise<void> {
  const { dir } = await ensureGeneratedArchive(STORIES);
  const { entries } = await walkArchive(dir);
  const bytesTotal = entries.reduce((sum, entry) => sum + entry.size, 0);
  const mb = bytesTotal / 2 ** 20;
  console.log(`archive: ${dir}\n${entries.length} files, ${round(mb, 1)} MB`);

  const floor = async (): Promise<number> => {
    let lines = 0;
    await pMap(
      entries,
      async (entry) => {
        const text = (await readWhole(join(dir, entry.file))).toString('utf8');
        lines += text.split('\n').length;
      },
      { concurrency: CONCURRENCY },
    );
    return lines;
  };
  const scan = async (): Promise<number> => {
    let stories = 0;
    await scanArchive(dir, { concurrency: CONCURRENCY, onStory: () => (stories += 1) });
    return stories;
  };
  const walk = async (): Promise<number> => (await walkArchive(dir)).entries.length;

  // Warm the page cache and the JIT once, untimed.
  await floor();
  const storiesParsed = await scan();

  const samples = { floor: [] as number[], scan: [] as number[], walk: [] as number[] };
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [name, work] of [
      ['floor', floor],
      ['scan', scan],
      ['walk', walk],
    ] as const) {
      (globalThis as { gc?: () => void }).gc?.();
      const start = performance.now();
      await work();
      samples[name].push(since(start));
    }
  }

  // CPU part alone: decode + parse of bytes already in memory (a 2,000-file sample).
  const sample = await Promise.all(
    entries
      .slice(0, 2000)
      .map(async (entry) => ({ entry, bytes: await readFile(join(dir, entry.file)) })),
  );
  const sampleMb = sample.reduce((sum, item) => sum + item.bytes.length, 0) / 2 ** 20;
  const parseSamples: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const start = performance.now();
    for (const { entry, bytes } of sample) storyFromBytes(bytes, entry.file, { id: entry.id });
    parseSamples.push(since(start));
  }

  const { peakMb } = await peakHeap(scan);
  // What `scan` (the CLI) and the related index keep per story: its title and headlines. They
  // must not keep the story's whole text alive (see ownCopy in parse-story.ts).
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const kept: { title: string; headlines: string[] }[] = [];
  await scanArchive(dir, {
    concurrency: CONCURRENCY,
    onStory: (story) => kept.push({ title: story.title, headlines: story.related.headlines }),
  });
  gc?.();
  const keptMb = round((process.memoryUsage().heapUsed - heapBefore) / 2 ** 20, 1);

  const floorMs = summarize(samples.floor);
  const scanMs = summarize(samples.scan);
  const walkMs = summarize(samples.walk);
  const parseMs = summarize(parseSamples);
  const rate = (ms: number, amount: number): number => round(amount / (ms / 1000), 1);
  const rows = [
    {
      what: 'floor: read + split lines',
      ms: floorMs,
      mbps: rate(floorMs.p50, mb),
      perS: rate(floorMs.p50, entries.length),
    },
    {
      what: 'scan: walk+read+decode+parse',
      ms: scanMs,
      mbps: rate(scanMs.p50, mb),
      perS: rate(scanMs.p50, storiesParsed),
    },
    {
      what: 'walk alone (readdir + stat)',
      ms: walkMs,
      mbps: rate(walkMs.p50, mb),
      perS: rate(walkMs.p50, entries.length),
    },
    {
      what: 'decode+parse in memory (2,000)',
      ms: parseMs,
      mbps: rate(parseMs.p50, sampleMb),
      perS: rate(parseMs.p50, sample.length),
    },
  ];
  console.log('');
  console.log(
    `${'what'.padEnd(32)} ${'p50 ms'.padStart(9)} ${'p95 ms'.padStart(9)} ${'MB/s'.padStart(8)} ${'files/s'.padStart(9)}`,
  );
  for (const row of rows) {
    console.log(
      `${row.what.padEnd(32)} ${String(row.ms.p50).padStart(9)} ${String(row.ms.p95).padStart(9)} ${String(row.mbps).padStart(8)} ${String(row.perS).padStart(9)}`,
    );
  }
  const ratio = round(scanMs.p50 / floorMs.p50, 2);
  console.log(`\nscan / floor (p50): ${ratio}× (goal ≤ 3×); stories parsed: ${storiesParsed}`);
  console.log(
    `scan peak heap: ${peakMb} MB; titles + headlines of ${kept.length} stories kept: ${keptMb} MB`,
  );

  const file = await writeResults('scan', {
    files: entries.length,
    megabytes: round(mb, 1),
    stories: storiesParsed,
    concurrency: CONCURRENCY,
    rounds: ROUNDS,
    floorMs,
    scanMs,
    walkMs,
    parseInMemoryMs: { ...parseMs, files: sample.length, megabytes: round(sampleMb, 2) },
    scanMbPerS: rows[1]!.mbps,
    scanStoriesPerS: rows[1]!.perS,
    floorMbPerS: rows[0]!.mbps,
    ratioToFloor: ratio,
    scanPeakHeapMb: peakMb,
    titlesAndHeadlinesKeptMb: keptMb,
  });
  console.log(`wrote ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
