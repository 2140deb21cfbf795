/**
 * main/electron/index.ts with a mocked Electron: a second instance quits; the first one sandboxes
 * every renderer, refuses permissions, opens one secure window, registers every API channel
 * and opens the bundled archive on first run (the last one after that).
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../contract/api-table';

const state = vi.hoisted(() => ({
  lock: true,
  userData: '',
  handled: [] as string[],
  windows: [] as Record<string, unknown>[],
  opened: [] as string[],
  calls: [] as string[],
  ready: Promise.resolve(),
}));

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = {
      on: () => undefined,
      setWindowOpenHandler: () => undefined,
      send: () => undefined,
    };
    constructor(options: Record<string, unknown>) {
      state.windows.push(options);
    }
    once() {}
    on() {}
    maximize() {}
    async loadURL() {}
  }
  return {
    app: {
      enableSandbox: () => state.calls.push('enableSandbox'),
      requestSingleInstanceLock: () => state.lock,
      quit: () => state.calls.push('quit'),
      on: () => undefined,
      whenReady: () => state.ready,
      getPath: () => state.userData,
      getAppPath: () => '/project',
      isPackaged: false,
    },
    BrowserWindow,
    dialog: { showOpenDialog: async () => ({ canceled: true, filePaths: [] }) },
    ipcMain: { handle: (channel: string) => state.handled.push(channel) },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: () => state.calls.push('menu'),
    },
    nativeTheme: { themeSource: 'system' },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => state.calls.push('permissions'),
        setPermissionCheckHandler: () => undefined,
        setDevicePermissionHandler: () => undefined,
      },
    },
    shell: { openExternal: async () => undefined },
    screen: { getAllDisplays: () => [] },
  };
});

// No imports inside this factory: archive-host imports open-archive, and would wait on itself.
vi.mock('../../../main/core/service/open-archive', () => {
  return {
    openArchive: (root: string) => {
      state.opened.push(root);
      return {
        root,
        ready: Promise.resolve(),
        status: () => ({
          archive: root,
          state: 'indexing',
          stories: 0,
          skipped: 0,
          skippedFiles: [],
          segments: 0,
          progress: null,
          message: null,
          generation: 0,
        }),
        onStatus: () => () => undefined,
        close: async () => undefined,
      };
    },
  };
});

beforeEach(async () => {
  vi.resetModules();
  state.handled = [];
  state.windows = [];
  state.opened = [];
  state.calls = [];
  state.userData = await mkdtemp(join(tmpdir(), 'clippings-userdata-'));
});

async function startApp(): Promise<void> {
  await import('../../../main/electron/index');
  await vi.waitFor(() => expect(state.opened.length).toBeGreaterThan(0));
}

describe('main/electron/index.ts', () => {
  it('quits at once when another instance is running', async () => {
    state.lock = false;
    await import('../../../main/electron/index');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(state.calls).toEqual(['enableSandbox', 'quit']);
    expect(state.windows).toEqual([]);
    state.lock = true;
  });

  it('opens one secure window, registers every channel, and opens the bundled archive', async () => {
    await startApp();
    expect(state.calls).toEqual(expect.arrayContaining(['enableSandbox', 'permissions', 'menu']));
    expect(state.windows).toHaveLength(1);
    expect(state.windows[0]?.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(state.handled.sort()).toEqual(Object.values(CHANNELS).sort());
    expect(state.opened).toEqual([join('/project', 'archive')]);
  });

  it('reopens the last archive when it still exists', async () => {
    const last = await mkdtemp(join(tmpdir(), 'clippings-last-'));
    await writeFile(join(state.userData, 'settings.json'), JSON.stringify({ lastArchive: last }));
    await startApp();
    expect(state.opened).toEqual([last]);
  });

  it('falls back to the bundled archive when the last one is gone', async () => {
    await writeFile(
      join(state.userData, 'settings.json'),
      JSON.stringify({ lastArchive: '/gone/for/good' }),
    );
    await startApp();
    expect(state.opened).toEqual([join('/project', 'archive')]);
  });
});
