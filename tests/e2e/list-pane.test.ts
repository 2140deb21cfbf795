/**
 * The left pane shows stories (issue 20, item 4), in Chromium against `npm run serve` on the
 * sample archive: at 1440×900 at least 8 headlines in full, at 800×600 at least 3; the filters
 * start folded; the month bars span the width their labels span; the library's buttons keep
 * their places when the first tag appears.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSampleApp } from './sample-app';
import { readerHeading } from './reader-walk';

const app = useSampleApp('list-pane');
const OUTPUT = app.output;
const openApp = app.open;

/** How many rows show their whole headline inside the list and the window. */
const WHOLE_HEADLINES = `(() => {
  const list = document.querySelector('.result-list').getBoundingClientRect();
  const bottom = Math.min(list.bottom, window.innerHeight);
  return [...document.querySelectorAll('.result-row__title')].filter((title) => {
    const box = title.getBoundingClientRect();
    return box.height > 0 && box.top >= list.top && box.bottom <= bottom;
  }).length;
})()`;

describe('the list pane', () => {
  for (const [width, height, least] of [
    [1440, 900, 8],
    [800, 600, 3],
  ] as const) {
    it(`shows at least ${least} headlines at ${width}×${height}, the filters folded`, async () => {
      const page = await openApp(width, height);
      await page.screenshot({ path: join(OUTPUT, `list-${width}x${height}.png`) });
      expect(
        await page.getByRole('button', { name: /^Filters/ }).getAttribute('aria-expanded'),
      ).toBe('false');
      expect(await page.getByRole('group', { name: 'Months' }).count()).toBe(0);
      expect(await page.evaluate<number>(WHOLE_HEADLINES)).toBeGreaterThanOrEqual(least);
      await page.close();
    });
  }

  it('draws the month bars across the width of their labels', async () => {
    const page = await openApp(1440, 900);
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.getByRole('group', { name: 'Months' }).waitFor();
    const span = await page.evaluate<{ bars: number; axis: number }>(`(() => {
      const bars = [...document.querySelectorAll('.histogram__bar')].map((bar) => bar.getBoundingClientRect());
      const axis = document.querySelector('.histogram__axis').getBoundingClientRect();
      return { bars: bars[bars.length - 1].right - bars[0].left, axis: axis.width };
    })()`);
    expect(span.bars).toBeGreaterThanOrEqual(span.axis - 4);
    await page.close();
  });

  it('keeps the library buttons where they were when the first tag is added', async () => {
    const page = await openApp(1440, 900);
    const places = () =>
      page.evaluate<string[]>(`[...document.querySelectorAll('.library-nav__list > li > button')]
        .map((button) => { const box = button.getBoundingClientRect();
          return button.textContent.replace(/\\d+/g, '').trim() + '@' + Math.round(box.x) + ',' + Math.round(box.y); })`);
    const before = await places();
    await page.getByRole('listbox', { name: 'Latest stories' }).getByRole('option').first().click();
    await readerHeading(page).waitFor();
    await page.getByRole('textbox', { name: 'Add a tag' }).fill('ports');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Remove tag ports' }).waitFor();
    await expect.poll(() => page.locator('.library-nav').textContent()).toMatch(/Tags\s*1/);
    expect(await places()).toEqual(before);
    await page.close();
  });
});
