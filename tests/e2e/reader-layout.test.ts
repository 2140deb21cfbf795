/**
 * The reader's layout for people who live in it (issue 20), in Chromium against
 * `npm run serve` on the sample archive: at 800×600 the notes panel leaves the story's text in
 * view; a status message ("Starred.") sits beside the story, never over it; every row of the
 * list shows its read mark (no blank gap for a read story); the highlight prompt leaves the
 * reader's toolbar on one row, and a highlight is a marker band, not an underline; related
 * stories sit beside the story at 1440×900 (in view), below it at 800×600, each headline once.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSampleApp } from './sample-app';
import { readerHeading } from './reader-walk';

const app = useSampleApp('reader-layout');
const OUTPUT = app.output;
const openApp = app.open;

async function openFirstStory(page: Page): Promise<void> {
  await page.getByRole('listbox', { name: 'Latest stories' }).getByRole('option').first().click();
  await readerHeading(page).waitFor();
}

/** How many pixels of the story's first paragraph show in the window (and its story region). */
const FIRST_PARAGRAPH_IN_VIEW = `(() => {
  const paragraph = document.querySelector('.story__body p');
  const region = document.querySelector('.reader__scroll');
  if (!paragraph || !region) return 0;
  const text = paragraph.getBoundingClientRect();
  const shown = region.getBoundingClientRect();
  const top = Math.max(text.top, shown.top, 0);
  const bottom = Math.min(text.bottom, shown.bottom, window.innerHeight);
  return Math.max(0, bottom - top);
})()`;

function firstParagraphInView(page: Page): Promise<number> {
  return page.evaluate<number>(FIRST_PARAGRAPH_IN_VIEW);
}

describe('the reader layout', () => {
  it('keeps the story text in view at 800×600 with the notes panel open', async () => {
    const page = await openApp(800, 600);
    await openFirstStory(page);
    await page.keyboard.press('n');
    await page.getByRole('textbox', { name: 'New note' }).waitFor();
    await page.screenshot({ path: join(OUTPUT, 'notes-800x600.png') });
    await expect.poll(() => firstParagraphInView(page)).toBeGreaterThanOrEqual(40);
    await page.close();
  });

  for (const [width, height] of [
    [1440, 900],
    [800, 600],
  ] as const) {
    it(`shows "Starred." outside the story at ${width}×${height}`, async () => {
      const page = await openApp(width, height);
      await openFirstStory(page);
      await page.locator('.reader__scroll').focus();
      await page.keyboard.press('s');
      const notice = page.locator('.app__notice');
      // The server's library is shared by the tests: the star may be on already.
      await expect.poll(() => notice.textContent()).toMatch(/^Star(red| removed)\.$/);
      const shown = await notice.boundingBox();
      const story = await page.locator('.reader__scroll').boundingBox();
      expect(shown && story).toBeTruthy();
      const overlaps =
        shown!.x < story!.x + story!.width &&
        story!.x < shown!.x + shown!.width &&
        shown!.y < story!.y + story!.height &&
        story!.y < shown!.y + shown!.height;
      expect(overlaps).toBe(false);
      expect(shown!.y + shown!.height).toBeLessThanOrEqual(height);
      await page.close();
    });
  }

  it('shows a read mark on every row, read or unread', async () => {
    const page = await openApp(1440, 900);
    const list = page.getByRole('listbox', { name: 'Latest stories' });
    // Toggle the first row's read state, so the list holds read and unread rows.
    await list.locator('.result-row__dot').first().click();
    await page.waitForTimeout(300);
    const marks = await page.evaluate<{ read: boolean; shown: boolean }[]>(`
      [...document.querySelectorAll('.result-row__dot')].map((dot) => {
        const style = getComputedStyle(dot);
        const clear = (colour) => colour === 'transparent' || colour === 'rgba(0, 0, 0, 0)';
        const box = dot.getBoundingClientRect();
        return {
          read: dot.title.startsWith('Read'),
          shown: box.width > 0 && !(clear(style.backgroundColor) && clear(style.borderTopColor)),
        };
      })`);
    expect(marks.some((mark) => mark.read)).toBe(true);
    expect(marks.some((mark) => !mark.read)).toBe(true);
    expect(marks.filter((mark) => !mark.shown)).toEqual([]);
    await page.close();
  });

  for (const [width, height] of [
    [1440, 900],
    [800, 600],
  ] as const) {
    it(`offers a highlight without reflowing the toolbar, and marks it as a band (${width}×${height})`, async () => {
      const page = await openApp(width, height);
      await openFirstStory(page);
      const bar = page.locator('.reader__bar');
      const story = page.locator('.reader__scroll');
      const barBefore = await bar.boundingBox();
      const storyTopBefore = (await story.boundingBox())!.y;
      // Select the paragraph's first words, as a drag would, and let go of the mouse.
      await page.evaluate(`(() => {
        const text = document.querySelectorAll('.story__body p')[1].querySelector('[data-part]');
        const node = document.createTreeWalker(text, NodeFilter.SHOW_TEXT).nextNode();
        const range = document.createRange();
        range.setStart(node, 0);
        range.setEnd(node, Math.min(24, node.length));
        getSelection().removeAllRanges();
        getSelection().addRange(range);
        text.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      })()`);
      const prompt = page.getByRole('form', { name: 'Highlight the selection' });
      await page.screenshot({ path: join(OUTPUT, `highlight-select-${width}x${height}.png`) });
      await prompt.waitFor({ timeout: 5_000 });
      const barAfter = await bar.boundingBox();
      expect(barAfter!.height).toBe(barBefore!.height);
      expect((await story.boundingBox())!.y).toBe(storyTopBefore);
      await page.screenshot({ path: join(OUTPUT, `highlight-prompt-${width}x${height}.png`) });
      await prompt.getByRole('button', { name: 'Highlight' }).click();
      const mark = page.locator('mark.user-highlight').first();
      await mark.waitFor();
      const style = await page.evaluate<{ line: string; border: string; background: string }>(
        `(() => {
          const s = getComputedStyle(document.querySelector('mark.user-highlight'));
          return { line: s.textDecorationLine, border: s.borderBottomStyle, background: s.backgroundColor };
        })()`,
      );
      expect(style.line).toBe('none');
      expect(style.border).toBe('none');
      expect(style.background).not.toMatch(/^(transparent|rgba\(0, 0, 0, 0\))$/);
      await page.close();
    });
  }

  for (const [width, height, beside] of [
    [1440, 900, true],
    [1200, 800, true],
    [800, 600, false],
  ] as const) {
    it(`puts related stories ${beside ? 'beside' : 'below'} the story at ${width}×${height}, each once`, async () => {
      const page = await openApp(width, height);
      await openFirstStory(page);
      const aside = page.getByRole('complementary', { name: 'Related stories' });
      await aside.waitFor();
      const related = (await aside.boundingBox())!;
      const story = (await page.locator('article.story').boundingBox())!;
      if (beside) {
        expect(related.x).toBeGreaterThanOrEqual(story.x + story.width);
        expect(related.y).toBeLessThan(height);
        expect(related.x + related.width).toBeLessThanOrEqual(width);
      } else {
        expect(related.y).toBeGreaterThanOrEqual(story.y + story.height);
      }
      const titles = await aside.getByRole('link').allTextContents();
      expect(titles.length).toBeGreaterThan(0);
      expect(new Set(titles).size).toBe(titles.length);
      await page.screenshot({ path: join(OUTPUT, `related-${width}x${height}.png`) });
      await page.close();
    });
  }
});
