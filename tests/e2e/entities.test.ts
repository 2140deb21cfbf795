/**
 * The reader's names, end to end in Chromium against `npm run serve` on the sample archive:
 * open a story from the latest stories, click one of its entity chips, and see that name's
 * page (its heading, how many stories name it, its months); the chip shows pressed, and
 * clicking it again closes the page.
 *
 * Screenshots go to test-results/e2e/entities/.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readerHeading } from './reader-walk';
import { useSampleApp } from './sample-app';

const app = useSampleApp('entities');

describe('entity chips in Chromium', () => {
  it('opens a story, clicks a name and sees its page', async () => {
    const page = await app.open(1280, 800);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const latest = page.getByRole('listbox', { name: 'Latest stories' });

    // The first story that names someone, something or somewhere.
    const chips = page.getByRole('region', { name: 'Named in this story' }).getByRole('button');
    const options = latest.getByRole('option');
    let opened = false;
    for (let at = 0; at < Math.min(10, await options.count()) && !opened; at += 1) {
      await options.nth(at).click();
      await expect.poll(() => readerHeading(page).count()).toBe(1);
      opened = await chips
        .first()
        .waitFor({ timeout: 3_000 })
        .then(() => true)
        .catch(() => false);
    }
    expect(opened).toBe(true);
    const chip = chips.first();
    const name = (await chip.textContent()) ?? '';
    await chip.click();

    const heading = page.getByRole('heading', { level: 2, name });
    await heading.waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByText(/^Named in [\d,]+ stor(y|ies)$/).count()).toBe(1);
    expect(await chip.getAttribute('aria-pressed')).toBe('true');
    await page.screenshot({ path: join(app.output, 'entity-page.png') });

    await chip.click();
    await expect.poll(() => heading.count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
