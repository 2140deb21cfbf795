/**
 * The reader's end-to-end walk, shared by the browser mode (reader.test.ts, over HTTP) and the
 * Electron IPC path (electron-ipc.test.ts, through the real preload): search for a word of a
 * storyline's stories, open one and see the word marked, follow a linked related headline,
 * step along the storyline, go back twice to the same results (the browser's back, then
 * Alt+←), then forward and back again with the mouse's own buttons.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { PROJECT_ROOT } from './serve-harness';

export interface SampleArchive {
  storylines: { name: string; files: string[] }[];
  titles: Record<string, string>;
}

export async function readSampleArchive(): Promise<SampleArchive> {
  return JSON.parse(
    await readFile(join(PROJECT_ROOT, 'tests/fixtures/sample-archive.json'), 'utf8'),
  ) as SampleArchive;
}

/** Case, quotes and dashes aside, the same words (as the engine resolves headlines). */
export function sameTitle(a: string | null, b: string | null): boolean {
  const fold = (text: string | null): string =>
    (text ?? '')
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return fold(a) === fold(b);
}

export function readerHeading(page: Page) {
  return page.locator('#story-title');
}

export async function search(page: Page, words: string): Promise<void> {
  await page.keyboard.press('/');
  await page.keyboard.type(words);
  await expect
    .poll(() => page.locator('.summary__count').textContent(), { timeout: 30_000 })
    .toMatch(new RegExp(`match(es)? “${words}”`));
}

/** Presses and releases one of the mouse's side buttons, as the hardware sends them. */
export async function mouseSideButton(page: Page, button: 'back' | 'forward'): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    for (const type of ['mousePressed', 'mouseReleased'] as const) {
      await cdp.send('Input.dispatchMouseEvent', { type, x: 20, y: 20, button, clickCount: 1 });
    }
  } finally {
    await cdp.detach();
  }
}

export async function walkTheReader(
  page: Page,
  sample: SampleArchive,
  shot: (name: string) => Promise<void>,
): Promise<void> {
  const storyline = sample.storylines[0]!;
  const firstFile = storyline.files[0]!;
  const firstTitle = sample.titles[firstFile]!;
  const word = firstTitle.split(/\s+/)[0]!;
  await shot('01-browse');

  await search(page, word);
  const results = page.getByRole('listbox', { name: 'Search results' });
  const options = results.getByRole('option');
  expect(await options.count()).toBeGreaterThanOrEqual(storyline.files.length);
  await shot('02-search');

  await options.filter({ hasText: firstTitle }).first().click();
  await expect.poll(() => readerHeading(page).textContent()).toBe(firstTitle);
  const marks = page.locator('article mark');
  expect(await marks.count()).toBeGreaterThan(0);
  expect((await marks.first().textContent())?.toLowerCase()).toContain(word.toLowerCase());
  const selectedBefore = await results.getByRole('option', { selected: true }).textContent();
  await shot('03-story');

  // A headline of its related list that the archive holds (labelled "linked", in the
  // storyline's timeline or the list of other related stories).
  const linked = page.getByRole('complementary', { name: 'Related stories' });
  const link = linked.locator('li:has(> .related__relations > .relation--linked) > a').first();
  await linked.scrollIntoViewIfNeeded();
  await shot('03b-related-list');
  const linkedTitle = await link.textContent();
  await link.click();
  await expect
    .poll(async () => sameTitle(await readerHeading(page).textContent(), linkedTitle))
    .toBe(true);
  await shot('04-linked-story');

  // A step along the storyline.
  const timeline = page.getByRole('region', { name: 'Storyline' });
  await expect(timeline.locator('[aria-current="step"]').count()).resolves.toBe(1);
  await timeline.scrollIntoViewIfNeeded();
  await shot('04b-storyline');
  const step = timeline.getByRole('link').last();
  const stepTitle = await step.textContent();
  await step.click();
  await expect.poll(() => readerHeading(page).textContent()).toBe(stepTitle);
  await shot('05-storyline-step');

  // Back twice: the browser's back, then Alt+←.
  await page.goBack();
  await expect
    .poll(async () => sameTitle(await readerHeading(page).textContent(), linkedTitle))
    .toBe(true);
  await page.keyboard.press('Alt+ArrowLeft');
  await expect.poll(() => readerHeading(page).textContent()).toBe(firstTitle);
  await expect(page.getByRole('searchbox').inputValue()).resolves.toBe(word);
  await expect(results.getByRole('option', { selected: true }).textContent()).resolves.toBe(
    selectedBefore,
  );
  await shot('06-back-twice');

  // The mouse's forward and back buttons: one step each, not two.
  await mouseSideButton(page, 'forward');
  await expect
    .poll(async () => sameTitle(await readerHeading(page).textContent(), linkedTitle))
    .toBe(true);
  await mouseSideButton(page, 'forward');
  await expect.poll(() => readerHeading(page).textContent()).toBe(stepTitle);
  await mouseSideButton(page, 'back');
  await expect
    .poll(async () => sameTitle(await readerHeading(page).textContent(), linkedTitle))
    .toBe(true);
  await mouseSideButton(page, 'back');
  await expect.poll(() => readerHeading(page).textContent()).toBe(firstTitle);
  await shot('07-mouse-back-forward');
}
