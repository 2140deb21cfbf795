/**
 * Screenshots of the list and the reader at 1440×900 and 800×600 in light, dark and sepia, for
 * before/after comparisons of a layout change (issue 20). Not a test: run it by hand against
 * the browser mode on the sample archive:
 *
 *   npx tsx tests/e2e/screenshots.ts before   # or: after
 *
 * Writes docs/screenshots/issue-20/<prefix>-<size>-<theme>-<view>.png, each reduced to a
 * 64-colour palette with ImageMagick's `convert` (when present) to keep the files small.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, PROJECT_ROOT, startServe } from './serve-harness';
import { mkdir, readFile } from 'node:fs/promises';

const OUTPUT = join(PROJECT_ROOT, 'docs', 'screenshots', 'issue-20');
const SIZES = [
  { name: '1440x900', width: 1440, height: 900 },
  { name: '800x600', width: 800, height: 600 },
] as const;
const THEMES = ['light', 'dark', 'sepia'] as const;

interface SampleArchive {
  storylines: { name: string; files: string[] }[];
  titles: Record<string, string>;
}

// reader-walk.ts has these too, but it imports vitest, which a plain script cannot.
async function readSampleArchive(): Promise<SampleArchive> {
  const path = join(PROJECT_ROOT, 'tests/fixtures/sample-archive.json');
  return JSON.parse(await readFile(path, 'utf8')) as SampleArchive;
}

async function search(page: Page, words: string): Promise<void> {
  await page.keyboard.press('/');
  await page.keyboard.type(words);
  await page.getByRole('listbox', { name: 'Search results' }).waitFor({ timeout: 30_000 });
}

const readerHeading = (page: Page) => page.locator('#story-title');

async function shoot(page: Page, file: string): Promise<void> {
  const path = join(OUTPUT, `${file}.png`);
  await page.screenshot({ path });
  try {
    execFileSync('convert', [path, '-colors', '64', '-strip', path]);
  } catch {
    // no ImageMagick: keep the full-colour PNG
  }
}

async function shootOne(
  browser: Browser,
  url: string,
  prefix: string,
  size: (typeof SIZES)[number],
  theme: (typeof THEMES)[number],
): Promise<void> {
  const sample = await readSampleArchive();
  const context = await browser.newContext({
    viewport: { width: size.width, height: size.height },
    colorScheme: theme === 'dark' ? 'dark' : 'light',
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('listbox', { name: 'Latest stories' }).waitFor({ timeout: 60_000 });
  await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
  const storyline = sample.storylines[0]!;
  const firstTitle = sample.titles[storyline.files[0]!]!;
  const name = `${prefix}-${size.name}-${theme}`;
  await search(page, firstTitle.split(/\s+/)[0]!);
  await page.waitForTimeout(300);
  await shoot(page, `${name}-list`);
  await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().click();
  await readerHeading(page).waitFor();
  await page.getByRole('region', { name: 'Storyline' }).waitFor();
  await page.waitForTimeout(300);
  await shoot(page, `${name}-reader`);
  if (theme === 'light') {
    await page.keyboard.press('n');
    await page.waitForTimeout(200);
    await shoot(page, `${name}-notes`);
  }
  await context.close();
}

async function main(): Promise<void> {
  const prefix = process.argv[2] ?? 'after';
  await mkdir(OUTPUT, { recursive: true });
  const serve = await startServe();
  const browser = await launchChromium();
  try {
    for (const size of SIZES) {
      for (const theme of THEMES) await shootOne(browser, serve.url, prefix, size, theme);
    }
  } finally {
    await browser.close();
    await serve.stop();
  }
}

void main();
