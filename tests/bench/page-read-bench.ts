/**
 * Page reading, fast path against Readability (issue 13's goal: a saved page costs at most 10×
 * a text story): 2,000 generated stories as story text and as a saved news page (render-page.ts,
 * as the formats benchmark writes them), each read from memory — the text by storyFromBytes,
 * the page by readHtmlPage (fast path on) and by readHtmlPageByReadability (off) — best of 5
 * rounds, per story, in one process, yielding to the event loop every 20 files as the formats
 * benchmark does; then the same from disk (each file read with readFile, then hashed, as
 * readStoryFile does). Also the share of pages the fast path took.
 *
 * Run: npx tsx --expose-gc tests/bench/page-read-bench.ts   Env: PAGE_BENCH_SAMPLE=2000
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodePageBytes } from '../../main/core/story/page-charset';
import {
  readHtmlPage,
  readHtmlPageByReadability,
  takesFastPath,
} from '../../main/core/story/read-html-page';
import { contentHash, storyFromBytes } from '../../main/core/story/read-story-file';
import type { OneStoryReader } from '../../main/core/story/story-reader';
import { planArchive } from '../../tools/generate/archive-plan';
import { renderStoryPage } from '../../tools/generate/render-page';
import { draftStory, renderStoryText } from '../../tools/generate/render-story';
import { scratchDir } from './bench-kit';

const SAMPLE = Number(process.env.PAGE_BENCH_SAMPLE ?? 2_000);
const ROUNDS = 5;

async function bestOf(read: (index: number) => boolean | Promise<boolean>, count: number) {
  let best = Infinity;
  for (let round = 0; round < ROUNDS; round += 1) {
    (globalThis as { gc?: () => void }).gc?.();
    const start = performance.now();
    let stories = 0;
    for (let index = 0; index < count; index += 1) {
      if (await read(index)) stories += 1;
      if (index % 20 === 19) await new Promise((resolve) => setImmediate(resolve));
    }
    if (stories !== count) throw new Error(`only ${stories} of ${count} read`);
    best = Math.min(best, (performance.now() - start) / count);
  }
  return best;
}

async function main() {
  const plan = planArchive({ stories: SAMPLE, seed: 11 });
  const texts: Buffer[] = [];
  const pages: Buffer[] = [];
  for (const planned of plan.files) {
    const draft = draftStory(plan, planned);
    texts.push(Buffer.from(renderStoryText(draft)));
    pages.push(Buffer.from(renderStoryPage(draft, planned.id, planned.story % 3 === 2 ? 1 : 0)));
  }
  const folder = await scratchDir('page-read');
  const name = (index: number, extension: string) => `${plan.files[index]!.id}.${extension}`;
  for (const [index, bytes] of texts.entries())
    await writeFile(join(folder, name(index, 'txt')), bytes);
  for (const [index, bytes] of pages.entries())
    await writeFile(join(folder, name(index, 'html')), bytes);

  const text = await bestOf(
    (index) => storyFromBytes(texts[index]!, name(index, 'txt')).ok,
    SAMPLE,
  );
  const page = (reader: OneStoryReader) => (index: number) =>
    reader(pages[index]!, name(index, 'html'), {}).ok;
  const readability = await bestOf(page(readHtmlPageByReadability), SAMPLE);
  const fast = await bestOf(page(readHtmlPage), SAMPLE);

  const fromDisk = (extension: string, read: (bytes: Buffer, file: string) => boolean) =>
    bestOf(async (index) => {
      const file = name(index, extension);
      const bytes = await readFile(join(folder, file));
      contentHash(bytes);
      return read(bytes, file);
    }, SAMPLE);
  const textDisk = await fromDisk('txt', (bytes, file) => storyFromBytes(bytes, file).ok);
  const readabilityDisk = await fromDisk(
    'html',
    (bytes, file) => readHtmlPageByReadability(bytes, file, {}).ok,
  );
  const fastDisk = await fromDisk('html', (bytes, file) => readHtmlPage(bytes, file, {}).ok);
  const fastShare =
    pages.filter((bytes) => takesFastPath(decodePageBytes(bytes).text)).length / pages.length;
  const ms = (value: number) => Number(value.toFixed(3));
  const ratio = (value: number, base: number) => Number((value / base).toFixed(1));
  console.log(
    JSON.stringify({
      stories: SAMPLE,
      fastShare,
      memory: {
        textMs: ms(text),
        pageReadabilityMs: ms(readability),
        pageFastMs: ms(fast),
        ratioBefore: ratio(readability, text),
        ratioAfter: ratio(fast, text),
      },
      disk: {
        textMs: ms(textDisk),
        pageReadabilityMs: ms(readabilityDisk),
        pageFastMs: ms(fastDisk),
        ratioBefore: ratio(readabilityDisk, textDisk),
        ratioAfter: ratio(fastDisk, textDisk),
      },
    }),
  );
}

void main();
