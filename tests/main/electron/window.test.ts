/**
 * The main window is created with the secure webPreferences and the preload, is locked, and
 * comes back where the user left it (unless that display is gone).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const { created, FakeWindow } = vi.hoisted(() => {
  const created: { options: Record<string, unknown>; instance: InstanceType<typeof FakeWindow> }[] =
    [];
  class FakeWindow {
    webContents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    maximize = vi.fn();
    once = vi.fn();
    on = vi.fn();
    loadURL = vi.fn(async () => undefined);
    constructor(options: Record<string, unknown>) {
      created.push({ options, instance: this });
    }
  }
  return { created, FakeWindow };
});

vi.mock('electron', () => ({
  BrowserWindow: FakeWindow,
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  shell: { openExternal: vi.fn() },
}));

import {
  createMainWindow,
  mainWindowPreferences,
  rendererUrl,
} from '../../../main/electron/window';

beforeEach(() => {
  created.length = 0;
});

describe('mainWindowPreferences', () => {
  it('is sandboxed and isolated, with the CommonJS preload', () => {
    const preferences = mainWindowPreferences();
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(preferences.preload).toMatch(/preload[\\/]index\.js$/);
  });
});

describe('rendererUrl', () => {
  it('uses the dev server when electron-vite gives one, else the built page', () => {
    expect(rendererUrl('http://localhost:5173/')).toBe('http://localhost:5173/');
    expect(rendererUrl(undefined)).toMatch(/^file:\/\/.*renderer\/index\.html$/);
  });
});

describe('createMainWindow', () => {
  it('creates a window with the secure preferences and locks its contents', () => {
    createMainWindow({ bounds: undefined, onBoundsChanged: () => undefined });
    const [{ options, instance }] = created as [(typeof created)[number]];
    expect(options.webPreferences).toEqual(mainWindowPreferences());
    expect(instance.webContents.setWindowOpenHandler).toHaveBeenCalledOnce();
    const events = instance.webContents.on.mock.calls.map(([name]) => name);
    expect(events).toEqual(
      expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']),
    );
    expect(instance.loadURL).toHaveBeenCalledWith(expect.stringMatching(/^file:\/\//));
  });

  it('restores remembered bounds on a visible display, and maximises if it was', () => {
    createMainWindow({
      bounds: { x: 100, y: 80, width: 1000, height: 700, maximized: true },
      onBoundsChanged: () => undefined,
    });
    const [{ options, instance }] = created as [(typeof created)[number]];
    expect(options).toMatchObject({ x: 100, y: 80, width: 1000, height: 700 });
    expect(instance.maximize).toHaveBeenCalled();
  });

  it('keeps the size but not the place when that display is gone', () => {
    createMainWindow({
      bounds: { x: 5000, y: 3000, width: 900, height: 600, maximized: false },
      onBoundsChanged: () => undefined,
    });
    const [{ options }] = created as [(typeof created)[number]];
    expect(options).toMatchObject({ width: 900, height: 600 });
    expect(options).not.toHaveProperty('x');
  });
});
