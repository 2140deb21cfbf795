/**
 * The reader, end to end in Chromium against `npm run serve` on the sample archive: search for
 * a word of a storyline's stories, open one and see the word marked, follow a linked related
 * headline, step along the storyline, go back twice to the same results and forward and back
 * with the mouse's side buttons (reader-walk.ts, shared with the Electron IPC walk); axe-core on the
 * search view and the reader in light, dark and sepia; the layout at 200% zoom.
 *
 * Screenshots of every step go to test-results/e2e/reader/ (look at them).
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_OUTPUT, launchChromium, startServe } from './serve-harness';
import type { ServeHandle } from './serve-harness';
import type { SampleArchive } from './reader-walk';
import { readerHeading, readSampleArchive, search, walkTheReader } from './reader-walk';

const OUTPUT = join(E2E_OUTPUT, 'reader');

let serve: ServeHandle;
let browser: Browser;
let sample: SampleArchive;

beforeAll(async () => {
  sample = await readSampleArchive();
  await mkdir(OUTPUT, { recursive: true });
  serve = await startServe();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await serve?.stop();
});

/** A page on the app that records errors (a CSP violation is a console error). */
async function openApp(
  options: { width?: number; height?: number; scale?: number; dark?: boolean } = {},
) {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    deviceScaleFactor: options.scale ?? 1,
    colorScheme: options.dark ? 'dark' : 'light',
  });
  const page = await context.newPage();
  // The browser may close first (afterAll): a context already gone is no error.
  page.on('close', () => void context.close().catch(() => undefined));
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(serve.url);
  await page.getByRole('listbox', { name: 'Latest stories' }).waitFor({ timeout: 60_000 });
  return { page, errors };
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(OUTPUT, `${name}.png`) });
}

/** axe-core's serious and critical findings, as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

describe('the reader in Chromium', () => {
  it('searches, opens a story with the word marked, follows links, and comes back to the results', async () => {
    const { page, errors } = await openApp();
    await walkTheReader(page, sample, (name) => shot(page, name));
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const theme of ['light', 'dark', 'sepia'] as const) {
    it(`has no serious or critical axe findings in the search view and the reader (${theme})`, async () => {
      const { page, errors } = await openApp({ dark: theme === 'dark' });
      if (theme === 'sepia') {
        await page.getByRole('combobox', { name: 'Theme' }).selectOption('sepia');
      }
      await expect
        .poll(() => page.evaluate<string | undefined>('document.documentElement.dataset.theme'))
        .toBe(theme);
      const firstTitle = sample.titles[sample.storylines[0]!.files[0]!]!;
      await search(page, firstTitle.split(/\s+/)[0]!);
      expect(await seriousViolations(page)).toEqual([]);
      await shot(page, `axe-search-${theme}`);

      await page.getByRole('listbox', { name: 'Search results' }).focus();
      await page.keyboard.press('Enter');
      await readerHeading(page).waitFor();
      await page.getByRole('region', { name: 'Storyline' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await shot(page, `axe-reader-${theme}`);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('stays usable at 200% zoom: one column, no sideways scrolling, the list and the reader reachable', async () => {
    // 1280×800 at 200% is a 640×400 CSS-pixel viewport at twice the pixel density.
    const { page } = await openApp({ width: 640, height: 400, scale: 2 });
    const fitsWidth = () =>
      page.evaluate<boolean>(
        'document.documentElement.scrollWidth <= document.documentElement.clientWidth',
      );
    expect(await fitsWidth()).toBe(true);
    const list = page.getByRole('listbox', { name: 'Latest stories' });
    expect((await list.boundingBox())?.height ?? 0).toBeGreaterThan(100);
    await shot(page, 'zoom-200-list');

    await list.focus();
    await page.keyboard.press('Enter');
    await readerHeading(page).waitFor();
    expect(await list.isVisible()).toBe(false);
    expect(await fitsWidth()).toBe(true);
    await shot(page, 'zoom-200-reader');
    await page.keyboard.press('Escape');
    await expect.poll(() => list.isVisible()).toBe(true);
    await page.close();
  });
});
