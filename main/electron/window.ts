/**
 * The main window: secure webPreferences, the locks from security.ts, and bounds restored from
 * settings (and kept there). Loads the dev server in `npm run dev`, the built page otherwise.
 */
import { BrowserWindow, screen, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SECURE_WEB_PREFERENCES, lockWebContents } from './security';
import type { WindowBounds } from './settings';

export interface MainWindowOptions {
  bounds: WindowBounds | undefined;
  onBoundsChanged: (bounds: WindowBounds) => void;
  /** Set by electron-vite in `npm run dev`. */
  devServerUrl?: string | undefined;
}

export function rendererUrl(devServerUrl: string | undefined): string {
  return devServerUrl ?? pathToFileURL(join(__dirname, '../renderer/index.html')).href;
}

export function mainWindowPreferences(): Electron.WebPreferences {
  return { ...SECURE_WEB_PREFERENCES, preload: join(__dirname, '../preload/index.js') };
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const bounds = visibleBounds(options.bounds);
  const window = new BrowserWindow({
    ...bounds,
    minWidth: 480,
    minHeight: 360,
    show: false,
    title: 'Clippings',
    backgroundColor: '#f7f5f0',
    webPreferences: mainWindowPreferences(),
  });
  const url = rendererUrl(options.devServerUrl);
  lockWebContents(
    window.webContents,
    () => url,
    (external) => shell.openExternal(external),
  );
  if (options.bounds?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  let timer: NodeJS.Timeout | undefined;
  const save = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (window.isDestroyed()) return;
      const { x, y, width, height } = window.getNormalBounds();
      options.onBoundsChanged({ x, y, width, height, maximized: window.isMaximized() });
    }, 500);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const)
    window.on(event as 'resize', save);
  window.on('close', () => {
    clearTimeout(timer);
    const { x, y, width, height } = window.getNormalBounds();
    options.onBoundsChanged({ x, y, width, height, maximized: window.isMaximized() });
  });

  void window.loadURL(url);
  return window;
}

/** Remembered bounds, unless the display they were on is gone (then centred defaults). */
function visibleBounds(saved: WindowBounds | undefined): {
  x?: number;
  y?: number;
  width: number;
  height: number;
} {
  const fallback = { width: 1200, height: 800 };
  if (!saved) return fallback;
  const { x, y, width, height } = saved;
  if (x === undefined || y === undefined) return { width, height };
  const onScreen = screen
    .getAllDisplays()
    .some(
      ({ workArea }) =>
        x < workArea.x + workArea.width &&
        x + width > workArea.x &&
        y < workArea.y + workArea.height &&
        y + height > workArea.y,
    );
  return onScreen ? { x, y, width, height } : { width, height };
}
