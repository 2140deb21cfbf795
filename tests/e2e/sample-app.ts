/**
 * The browser mode on the sample archive with one Chromium, started before a test file's
 * tests and stopped after them, and pages of the app at a given window size, the list shown.
 * For the layout tests, which open many windows of one server.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { E2E_OUTPUT, launchChromium, startServe } from './serve-harness';
import type { ServeHandle } from './serve-harness';

export interface SampleApp {
  /** Where the file's screenshots go (test-results/e2e/NAME). */
  output: string;
  /** A new window of the app at this size, once the list shows. */
  open(width: number, height: number): Promise<Page>;
}

export function useSampleApp(name: string): SampleApp {
  const output = join(E2E_OUTPUT, name);
  let serve: ServeHandle | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    await mkdir(output, { recursive: true });
    serve = await startServe();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await serve?.stop();
  });

  return {
    output,
    async open(width, height) {
      const context = await browser!.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      page.on('close', () => void context.close().catch(() => undefined));
      await page.goto(serve!.url);
      await page.getByRole('listbox', { name: 'Latest stories' }).waitFor({ timeout: 60_000 });
      return page;
    },
  };
}
