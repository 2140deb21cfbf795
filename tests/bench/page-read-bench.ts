/**
 * Page reading, fast path against Readability (issue 13's goal: a saved page costs at most 10×
 * a text story): 2,000 generated stories as story text and as a saved news page (render-page.ts,
 * as the formats benchmark writes them), each read from memory — the text by storyFromBytes,
 * the page by readHtmlPage (fast path on) and by readHtmlPageByReadability (off) — best of 5
 * rounds, per story, in one process, yielding to the event loop every 20 files as the formats
 * benchmark does. Also the share of pages the fast path took.
 *
 * Run: npx tsx --expose-gc tests/bench/page-read-bench.ts   Env: PAGE_BENCH_SAMPLE=2000
 */
import { markedArticle } from '../../main/core/story/marked-article';
import { decodePageBytes } from '../../main/core/story/page-charset';
import {
  cleanPage,
  readHtmlPage,
  readHtmlPageByReadability,
} from '../../main/core/story/read-html-page';
import { storyFromBytes } from '../../main/core/story/read-story-file';
import type { StoryReader } from '../../main/core/story/story-reader';
import { planArchive } from '../../tools/generate/archive-plan';
import { renderStoryPage } from '../../tools/generate/render-page';
import { draftStory, renderStoryText } from '../../tools/generate/render-story';

const SAMPLE = Number(process.env.PAGE_BENCH_SAMPLE ?? 2_000);
const ROUNDS = 5;

async function bestOf(read: (bytes: Buffer, index: number) => boolean, items: Buffer[]) {
  let best = Infinity;
  for (let round = 0; round < ROUNDS; round += 1) {
    (globalThis as { gc?: () => void }).gc?.();
    const start = performance.now();
    let read_ = 0;
    for (const [index, bytes] of items.entries()) {
      if (read(bytes, index)) read_ += 1;
      if (index % 20 === 19) await new Promise((resolve) => setImmediate(resolve));
    }
    if (read_ !== items.length) throw new Error(`only ${read_} of ${items.length} read`);
    best = Math.min(best, (performance.now() - start) / items.length);
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
  const page = (reader: StoryReader) => (bytes: Buffer, index: number) =>
    reader(bytes, `${plan.files[index]!.id}.html`, {}).ok;
  const text = await bestOf(
    (bytes, index) => storyFromBytes(bytes, `${plan.files[index]!.id}.txt`).ok,
    texts,
  );
  const readability = await bestOf(page(readHtmlPageByReadability), pages);
  const fast = await bestOf(page(readHtmlPage), pages);
  const fastShare =
    pages.filter((bytes) => markedArticle(cleanPage(decodePageBytes(bytes).text).document)).length /
    pages.length;
  const ms = (value: number) => Number(value.toFixed(3));
  console.log(
    JSON.stringify({
      stories: SAMPLE,
      textMs: ms(text),
      pageReadabilityMs: ms(readability),
      pageFastMs: ms(fast),
      ratioBefore: Number((readability / text).toFixed(1)),
      ratioAfter: Number((fast / text).toFixed(1)),
      fastShare,
    }),
  );
}

void main();
