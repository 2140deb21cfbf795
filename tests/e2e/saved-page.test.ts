/**
 * A story born as a saved web page, end to end in Chromium against `npm run serve` on
 * tests/fixtures/mixed-archive (text, pages and clippings): search finds it, the reader shows
 * its article (no page furniture), where it came from (a saved web page, its file, its source
 * address as a link that opens outside the app), and its related headline leads to the text
 * story it names. Screenshots go to test-results/e2e/saved-page/.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_OUTPUT, PROJECT_ROOT, launchChromium, startServe } from './serve-harness';
import type { ServeHandle } from './serve-harness';

const OUTPUT = join(E2E_OUTPUT, 'saved-page');
const MIXED_ARCHIVE = join(PROJECT_ROOT, 'tests/fixtures/mixed-archive');

let serve: ServeHandle;
let browser: Browser;

beforeAll(async () => {
  await mkdir(OUTPUT, { recursive: true });
  serve = await startServe({ archive: MIXED_ARCHIVE });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await serve?.stop();
});

describe('a saved web page in the reader', () => {
  it('opens an HTML-born story with its source link, and follows its related headline', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(serve.url);
    await page.getByRole('listbox', { name: 'Latest stories' }).waitFor({ timeout: 60_000 });

    await page.keyboard.press('/');
    await page.keyboard.type('mediator');
    const results = page.getByRole('listbox', { name: 'Search results' });
    // Typed letter by letter, so a shorter prefix's answer may show first: wait for the list
    // to settle on the one story with the whole word.
    await expect.poll(() => results.getByRole('option').count(), { timeout: 30_000 }).toBe(1);
    await results.getByRole('option').first().click();

    const heading = page.locator('#story-title');
    await expect.poll(() => heading.textContent()).toBe('Port strike talks resume');
    const article = page.getByRole('article', { name: 'Port strike talks resume' });
    await expect.poll(() => article.textContent()).toContain('A mediator from the labour ministry');
    const text = (await article.textContent()) ?? '';
    expect(text).toContain('By Ines Forde');
    expect(text).toContain('Saved web page world/port-talks.html');
    for (const furniture of ['Home', 'More from World', '<', 'schema.org']) {
      expect(text).not.toContain(furniture);
    }
    const source = article.getByRole('link', {
      name: 'courier.example.com/world/port-strike-talks-resume',
    });
    expect(await source.getAttribute('href')).toBe(
      'https://courier.example.com/world/port-strike-talks-resume',
    );
    expect(await source.getAttribute('target')).toBe('_blank');
    expect(await source.getAttribute('rel')).toBe('noopener noreferrer');
    await page.screenshot({ path: join(OUTPUT, '01-saved-page.png'), fullPage: true });

    // The page's own related list names the text story: shown once among the related
    // stories, labelled "linked".
    const related = page.getByRole('complementary', { name: 'Related stories' });
    const linked = related.getByRole('listitem').filter({
      has: page.getByRole('link', { name: 'Harbour pilots end strike after three weeks' }),
    });
    await expect.poll(() => linked.textContent()).toContain('linked');
    await linked.getByRole('link', { name: 'Harbour pilots end strike after three weeks' }).click();
    await expect
      .poll(() => heading.textContent())
      .toBe('Harbour pilots end strike after three weeks');
    await page.screenshot({ path: join(OUTPUT, '02-linked-text-story.png'), fullPage: true });

    expect(errors).toEqual([]);
    await context.close();
  });
});
