/**
 * The reader's library end to end in Chromium, against `npm run serve` on the sample archive
 * with a library of its own (a fresh data folder): star a story, write a note, highlight a
 * passage, filter by `is:starred`, save a search, open the Missing stories list and a story
 * citing one, export a story as Markdown (a real download), and axe-core on every view with
 * no violations — including label-content-name-mismatch on the section chips.
 *
 * Screenshots of every step go to test-results/e2e/library/.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_OUTPUT, launchChromium, startServe } from './serve-harness';
import type { ServeHandle } from './serve-harness';

const OUTPUT = join(E2E_OUTPUT, 'library');

let serve: ServeHandle;
let browser: Browser;

beforeAll(async () => {
  await mkdir(OUTPUT, { recursive: true });
  serve = await startServe();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await serve?.stop();
});

async function openApp(): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 860 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(serve.url);
  await page.getByRole('listbox', { name: 'Latest stories' }).waitFor({ timeout: 60_000 });
  return { page, errors, close: () => context.close() };
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(OUTPUT, `${name}.png`) });
}

/** Every axe finding, as lines; label-content-name-mismatch is switched on (axe has it off). */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

const library = (page: Page) => page.getByRole('navigation', { name: 'Library' });

describe('the library in Chromium', () => {
  it('stars, notes, highlights, filters by is:starred, saves a search, lists missing stories, exports Markdown', async () => {
    const { page, errors, close } = await openApp();
    expect(await violations(page)).toEqual([]);

    // Open the first story and star it.
    const first = page.getByRole('listbox', { name: 'Latest stories' }).getByRole('option').first();
    await first.click();
    const title = (await page.locator('#story-title').textContent()) ?? '';
    const story = page.getByRole('article');
    await story.getByRole('button', { name: 'Star', exact: true }).click();
    await expect
      .poll(() =>
        story.getByRole('button', { name: 'Starred', exact: true }).getAttribute('aria-pressed'),
      )
      .toBe('true');

    // A note, from the keyboard.
    await page.locator('#story-title').focus();
    await page.keyboard.press('n');
    const field = page.getByRole('textbox', { name: 'New note' });
    await expect
      .poll(() => field.evaluate((element) => element === element.ownerDocument.activeElement))
      .toBe(true);
    await page.keyboard.type('Check this against the council minutes.');
    await page.getByRole('button', { name: 'Add note' }).click();
    const notes = page.getByRole('region', { name: 'Notes and highlights' });
    await notes.getByText('Check this against the council minutes.').waitFor();

    // A highlight: select words of the second paragraph with the mouse.
    const paragraph = page.locator('[data-part="paragraph"][data-index="1"]');
    await paragraph.scrollIntoViewIfNeeded();
    const box = (await paragraph.boundingBox())!;
    await page.mouse.move(box.x + 2, box.y + 8);
    await page.mouse.down();
    await page.mouse.move(box.x + Math.min(200, box.width - 4), box.y + 8, { steps: 5 });
    await page.mouse.up();
    const prompt = page.getByRole('form', { name: 'Highlight the selection' });
    await prompt.getByRole('textbox').fill('worth quoting');
    await prompt.getByRole('button', { name: 'Highlight' }).click();
    await page.locator('article mark.user-highlight').first().waitFor();
    await notes.getByText('worth quoting').waitFor();
    await shot(page, '01-story-starred-noted-highlighted');
    expect(await violations(page)).toEqual([]);

    // Export the story as Markdown: a real download, in the agreed format.
    const download = page.waitForEvent('download');
    await page.getByText('Export', { exact: true }).click();
    await page.getByRole('button', { name: 'Markdown' }).click();
    const file = await (await download).path();
    const markdown = await readFile(file, 'utf8');
    const front = parseYaml(markdown.split('---\n')[1]!) as Record<string, unknown>;
    expect(front).toMatchObject({
      title,
      starred: true,
      notes: [{ text: 'Check this against the council minutes.' }],
      highlights: [{ note: 'worth quoting' }],
    });
    expect(markdown).toContain(`\n# ${title}\n`);

    // Filter by is:starred: the starred story alone, unread rows bold.
    // Esc puts focus back on the list once the list's refreshed answer is in (starring changed
    // it): wait for that, as a reader would, before `/` and the query.
    await page.keyboard.press('Escape');
    const latest = page.getByRole('listbox', { name: 'Latest stories' });
    await expect
      .poll(() => latest.evaluate((element) => element === element.ownerDocument.activeElement))
      .toBe(true);
    await page.keyboard.press('/');
    await page.keyboard.type('is:starred');
    const results = page.getByRole('listbox', { name: 'Search results' });
    await expect.poll(() => results.getByRole('option').count(), { timeout: 30_000 }).toBe(1);
    expect(await results.getByRole('option').first().textContent()).toContain(title);
    await shot(page, '02-is-starred');

    // Save it, and find it under Saved searches.
    await page.getByRole('button', { name: 'Save search' }).click();
    await page.getByRole('textbox', { name: 'Name of the saved search' }).fill('My stars');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await library(page)
      .getByRole('button', { name: /Saved searches/ })
      .click();
    const saved = page.getByRole('region', { name: 'Saved searches' });
    await saved.getByRole('button', { name: 'My stars', exact: true }).waitFor();
    expect(await saved.textContent()).toContain('1 story');
    await shot(page, '03-saved-searches');
    expect(await violations(page)).toEqual([]);

    // Missing stories: the most cited first, each opening a story that cites it.
    await library(page).getByRole('button', { name: 'Missing stories' }).click();
    const missing = page.getByRole('region', { name: 'Missing stories' });
    const show = missing.getByRole('button', { name: 'Show the stories citing it' }).first();
    await show.click();
    const citing = missing.getByRole('link').first();
    const citingTitle = await citing.textContent();
    await shot(page, '04-missing-stories');
    expect(await violations(page)).toEqual([]);
    await citing.click();
    await expect.poll(() => page.locator('#story-title').textContent()).toBe(citingTitle);

    expect(errors).toEqual([]);
    await close();
  });
});
