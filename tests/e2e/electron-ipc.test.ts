/**
 * The Electron app's IPC path end to end in Chromium (ipc-harness.ts says what is real): the
 * built renderer, loaded from its file:// URL, talks to main's real IPC registration through
 * the real built preload; the reader's whole walk (reader-walk.ts) runs over it, the mouse's
 * side buttons included, and a call from any page but the app's window is refused.
 */
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClippingsApi } from '../../contract/api';
import { API_METHODS, CHANNELS } from '../../contract/api-table';
import type { IpcApp } from './ipc-harness';
import { startIpcApp } from './ipc-harness';
import type { SampleArchive } from './reader-walk';
import { readSampleArchive, walkTheReader } from './reader-walk';
import { E2E_OUTPUT, SAMPLE_ARCHIVE } from './serve-harness';

const OUTPUT = join(E2E_OUTPUT, 'electron-ipc');

/** The page's global, as the preload leaves it (the tests run in Node: no DOM types). */
interface AppWindow {
  clippings?: ClippingsApi;
}

let app: IpcApp;
let browser: Browser;
let sample: SampleArchive;

beforeAll(async () => {
  sample = await readSampleArchive();
  await mkdir(OUTPUT, { recursive: true });
  app = await startIpcApp(await mkdtemp(join(tmpdir(), 'clippings-ipc-cache-')), SAMPLE_ARCHIVE);
  browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    // The app's page is a file:// page whose module scripts load beside it, as in Electron.
    args: ['--no-sandbox', '--allow-file-access-from-files'],
  });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** The app window: the preload, then the page, with its errors recorded. */
async function openWindow(): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await app.openWindow(context);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.getByRole('listbox', { name: 'Latest stories' }).waitFor({ timeout: 60_000 });
  return { page, context, errors };
}

describe('the Electron IPC path in Chromium', () => {
  it('registers one handler per channel of the contract', () => {
    expect(app.ipcMain.channels).toEqual(API_METHODS.map((method) => CHANNELS[method]).sort());
  });

  it('runs the reader’s walk through the real preload and main’s IPC handlers', async () => {
    const { page, context, errors } = await openWindow();
    // The page speaks IPC: there is no HTTP server here to fall back on.
    expect(
      await page.evaluate(() => typeof (globalThis as unknown as AppWindow).clippings?.search),
    ).toBe('function');
    expect(await page.getByTestId('archive-status').textContent()).toMatch(
      /^archive · 68 stories \(and 2 duplicate saves\)/,
    );
    await walkTheReader(page, sample, (name) =>
      page.screenshot({ path: join(OUTPUT, `${name}.png`) }).then(() => undefined),
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('answers every call in the envelope, with the schema’s words for a bad request', async () => {
    const { page, context } = await openWindow();
    const answer = await page.evaluate(() =>
      (globalThis as unknown as AppWindow).clippings?.search({ query: 42 } as unknown as {
        query: string;
      }),
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'E_INVALID' } });
    expect(
      await page.evaluate(() =>
        (globalThis as unknown as AppWindow).clippings?.story({ id: 'nope' }),
      ),
    ).toEqual({
      ok: false,
      error: { code: 'E_NOT_FOUND', message: 'There is no story "nope" in this archive.' },
    });
    await context.close();
  });

  it('refuses a call from a page that is not the app window (the sender check)', async () => {
    const context = await browser.newContext();
    await app.prepare(context);
    const stranger = await context.newPage();
    await stranger.goto('about:blank');
    expect(
      await stranger.evaluate(() => (globalThis as unknown as AppWindow).clippings?.status()),
    ).toEqual({
      ok: false,
      error: {
        code: 'E_FORBIDDEN',
        message: 'This call did not come from the Clippings window and was refused.',
      },
    });
    await context.close();
  });
});
