/**
 * The Electron app's IPC path, as far as it runs without Electron: main's real IPC
 * registration (main/electron/ipc.ts: registerApi, the appFrameOnly sender check, the zod
 * schemas, runApiCall) over a real ArchiveHost, with a minimal `ipcMain` stand-in in Node; and
 * the real built preload (out/preload/index.js) in Chromium, its `require('electron')`
 * answered by a stand-in whose `ipcRenderer.invoke` crosses to Node through playwright's
 * `exposeBinding`, and whose `contextBridge.exposeInMainWorld` sets `window.clippings`. The
 * renderer is the built page itself, loaded from its file:// URL as the app loads it.
 *
 * What stays Electron's own and is not exercised here: context isolation (the preload runs in
 * the page's world, so the page could reach the stand-in's binding), the sandbox, and
 * Electron's structured cloning (playwright's is JSON-like: the same for these plain values).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import type { ArchiveStatus } from '../../contract/api';
import { STATUS_EVENT } from '../../contract/channels';
import { createApiHandlers } from '../../main/api/api-handlers';
import { ArchiveHost } from '../../main/api/archive-host';
import { appFrameOnly, registerApi } from '../../main/electron/ipc';
import { PROJECT_ROOT } from './serve-harness';

// Electron's types, by way of main's own signatures (no test imports electron, not even its types).
type IpcMain = Parameters<typeof registerApi>[0];
type SenderCheck = ReturnType<typeof appFrameOnly>;
type IpcMainInvokeEvent = Parameters<SenderCheck>[0];
type WebContents = NonNullable<ReturnType<Parameters<typeof appFrameOnly>[0]>>;

/** The page the app window loads: the built renderer, by its file URL. */
export const APP_URL = pathToFileURL(join(PROJECT_ROOT, 'out', 'renderer', 'index.html')).href;

type InvokeListener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

/** What registerApi uses of ipcMain: `handle`, one listener per channel, as Electron allows. */
class IpcMainStandIn {
  readonly #listeners = new Map<string, InvokeListener>();

  handle(channel: string, listener: InvokeListener): void {
    if (this.#listeners.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    }
    this.#listeners.set(channel, listener);
  }

  /** What Electron does for an `ipcRenderer.invoke`: the listener's answer, or its error. */
  async invoke(channel: string, event: IpcMainInvokeEvent, args: unknown[]): Promise<unknown> {
    const listener = this.#listeners.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return listener(event, ...args);
  }

  get channels(): string[] {
    return [...this.#listeners.keys()].sort();
  }
}

export interface IpcApp {
  host: ArchiveHost;
  ipcMain: IpcMainStandIn;
  /** Opens a page in `context` the way the app window opens: preload first, then the app. */
  openWindow(context: BrowserContext): Promise<Page>;
  /** Installs the preload's stand-in in a context (every page and frame of it). */
  prepare(context: BrowserContext): Promise<void>;
  close(): Promise<void>;
}

/** The `require('electron')` a sandboxed preload gets, stood in, then the preload's own code. */
function preloadScript(preload: string): string {
  return `(() => {
  const listeners = new Map();
  const electron = {
    contextBridge: {
      exposeInMainWorld(name, api) {
        Object.defineProperty(window, name, { value: Object.freeze({ ...api }), enumerable: true });
      },
    },
    ipcRenderer: {
      invoke: (channel, ...args) => window.__clippingsIpcInvoke(channel, args),
      on(channel, listener) {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel).add(listener);
      },
      removeListener(channel, listener) {
        listeners.get(channel)?.delete(listener);
      },
    },
  };
  Object.defineProperty(window, '__clippingsIpcEmit', {
    value: (channel, payload) => {
      for (const listener of listeners.get(channel) ?? []) listener({}, payload);
    },
  });
  const require = (name) => {
    if (name === 'electron') return electron;
    throw new Error('a sandboxed preload can only require electron, not ' + name);
  };
  const module = { exports: {} };
  (function (require, module, exports) {
${preload}
  })(require, module, module.exports);
})();`;
}

export async function startIpcApp(cacheDir: string, archive: string): Promise<IpcApp> {
  const preload = await readFile(join(PROJECT_ROOT, 'out', 'preload', 'index.js'), 'utf8');
  const host = new ArchiveHost({ cacheDir, watch: true });
  const ipcMain = new IpcMainStandIn();
  /** The app window's web contents: the one page whose calls are trusted. */
  const appContents = { id: 1 } as unknown as WebContents;
  const otherContents = { id: 2 } as unknown as WebContents;
  let appPage: Page | null = null;

  registerApi(
    ipcMain as unknown as IpcMain,
    createApiHandlers(host, async () => null),
    appFrameOnly(
      () => appContents,
      () => APP_URL,
    ),
  );
  const pushStatus = (status: ArchiveStatus): void => {
    void appPage
      ?.evaluate(
        ([channel, payload]) =>
          (
            globalThis as unknown as { __clippingsIpcEmit?: (c: string, p: unknown) => void }
          ).__clippingsIpcEmit?.(channel as string, payload),
        [STATUS_EVENT, status] as const,
      )
      .catch(() => undefined);
  };
  const unsubscribe = host.onStatus(pushStatus);
  await host.open(archive);

  /** The IpcMainInvokeEvent Electron would build for a call from `frame`. */
  const eventFor = (frame: Frame): IpcMainInvokeEvent =>
    ({
      sender: frame.page() === appPage ? appContents : otherContents,
      senderFrame: { url: frame.url(), parent: frame.parentFrame() === null ? null : {} },
    }) as unknown as IpcMainInvokeEvent;

  const prepare = async (context: BrowserContext): Promise<void> => {
    await context.exposeBinding(
      '__clippingsIpcInvoke',
      (source, channel: string, args: unknown[]) =>
        ipcMain.invoke(channel, eventFor(source.frame), args),
    );
    await context.addInitScript({ content: preloadScript(preload) });
  };

  return {
    host,
    ipcMain,
    prepare,
    async openWindow(context) {
      await prepare(context);
      const page = await context.newPage();
      appPage = page;
      await page.goto(APP_URL);
      pushStatus(host.status());
      return page;
    },
    async close() {
      unsubscribe();
      await host.closeCurrent();
    },
  };
}
