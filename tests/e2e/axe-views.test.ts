/**
 * axe-core on the views issue 20 changed or added, in light, dark and sepia, at 1440×900 and
 * 800×600, against `npm run serve` on the sample archive: the list with its filters unfolded
 * and the Tags row, the reader with the related column, the notes panel docked under the
 * story, the highlight prompt's row, the status line with a message, the History list (the
 * search box naming it), and the ? sheet with "Where your data lives". No serious or critical
 * finding may remain; the full list of findings of any impact is written to
 * test-results/e2e/axe-views/findings.json.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_OUTPUT, launchChromium, startServe } from './serve-harness';
import type { ServeHandle } from './serve-harness';
import { readerHeading } from './reader-walk';

const OUTPUT = join(E2E_OUTPUT, 'axe-views');
const THEMES = ['light', 'dark', 'sepia'] as const;
const SIZES = [
  [1440, 900],
  [800, 600],
] as const;

let serve: ServeHandle;
let browser: Browser;
const findings: Record<string, string[]> = {};

beforeAll(async () => {
  await mkdir(OUTPUT, { recursive: true });
  serve = await startServe();
  browser = await launchChromium();
});

afterAll(async () => {
  await writeFile(join(OUTPUT, 'findings.json'), JSON.stringify(findings, null, 2));
  await browser?.close();
  await serve?.stop();
});

/** Records every finding under `view`; answers the serious and critical ones. */
async function audit(page: Page, view: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  const lines = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  findings[view] = lines;
  await page.screenshot({ path: join(OUTPUT, `${view}.png`) });
  return lines.filter((line) => /\((serious|critical)\)/.test(line));
}

async function openApp(width: number, height: number, theme: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  page.on('close', () => void context.close().catch(() => undefined));
  await page.goto(serve.url);
  await page.getByRole('listbox', { name: 'Latest stories' }).waitFor({ timeout: 60_000 });
  await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
  return page;
}

describe('axe on the views of issue 20', () => {
  for (const theme of THEMES) {
    for (const [width, height] of SIZES) {
      const size = `${width}x${height}`;
      it(`has no serious or critical findings (${theme}, ${size})`, async () => {
        const page = await openApp(width, height, theme);
        const serious: string[] = [];
        const check = async (view: string) =>
          serious.push(...(await audit(page, `${theme}-${size}-${view}`)));

        await page.getByRole('button', { name: /^Filters/ }).click();
        await page.getByRole('button', { name: /^Tags/ }).click();
        await page.getByRole('group', { name: 'Months' }).waitFor();
        await check('list-filters');

        await page.getByRole('button', { name: 'History' }).click();
        await page.getByRole('region', { name: 'History' }).waitFor();
        await check('history');
        await page.getByRole('button', { name: 'Back to the results' }).click();

        await page.getByRole('listbox').getByRole('option').first().click();
        await readerHeading(page).waitFor();
        await page.getByRole('complementary', { name: 'Related stories' }).waitFor();
        // `s` acts once the story's library state is in (the Star button is enabled then).
        const star = page.getByRole('group', { name: 'Your library' }).getByRole('button', {
          name: /^Star/,
        });
        await expect.poll(() => star.isEnabled()).toBe(true);
        await page.locator('.reader__scroll').focus();
        await page.keyboard.press('s');
        await page.locator('.app__notice:not(:empty)').waitFor();
        await check('reader-related-notice');

        await page.keyboard.press('n');
        await page.getByRole('textbox', { name: 'New note' }).waitFor();
        await page.evaluate(`(() => {
          const text = document.querySelector('.story__body p [data-part]');
          const node = document.createTreeWalker(text, NodeFilter.SHOW_TEXT).nextNode();
          const range = document.createRange();
          range.setStart(node, 0);
          range.setEnd(node, Math.min(20, node.length));
          getSelection().removeAllRanges();
          getSelection().addRange(range);
          text.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        })()`);
        await page.getByRole('form', { name: 'Highlight the selection' }).waitFor();
        await check('notes-and-highlight-prompt');

        await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
        await page
          .getByRole('region', { name: 'Where your data lives' })
          .getByRole('definition')
          .first()
          .waitFor();
        await check('shortcuts-and-data');

        expect(serious).toEqual([]);
        await page.close();
      });
    }
  }
});
