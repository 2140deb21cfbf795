/**
 * Electron main: the app's lifecycle and nothing else. Single instance; one window; the API
 * registered over IPC; the archive opened last time (or the bundled sample) indexed in the
 * background. Everything that reads stories is in main/core and shared with the CLI and
 * the browser mode.
 */
import { app, dialog, ipcMain, Menu, nativeTheme, session, shell } from 'electron';
import type { BrowserWindow } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { STATUS_EVENT } from '../../contract/channels';
import type { ArchiveStatus } from '../../contract/api';
import { ArchiveHost } from '../api/archive-host';
import { Library } from '../core/engine';
import { createApiHandlers } from '../api/api-handlers';
import { appFrameOnly, registerApi } from './ipc';
import { menuTemplate } from './menu';
import { openOriginalWith } from './open-original';
import { printWindow, saveWindowAsPdf } from './print';
import { lockWebContents, refuseAllPermissions } from './security';
import { SettingsStore } from './settings';
import { createMainWindow, rendererUrl } from './window';

// Every renderer sandboxed, whatever a BrowserWindow asks for.
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const shown: Shown = { window: null, appUrl: rendererUrl(process.env['ELECTRON_RENDERER_URL']) };

  app.on('second-instance', () => {
    const window = shown.window;
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  // Any web contents created later (there should be none) gets the same locks.
  app.on('web-contents-created', (_event, contents) => {
    lockWebContents(
      contents,
      () => shown.appUrl,
      (url) => shell.openExternal(url),
    );
  });

  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => startApp(shown));
}

/** The app's one window (null before it opens and once it is closed), and the URL it loads. */
interface Shown {
  window: BrowserWindow | null;
  readonly appUrl: string;
}

/** What the menu does to archives. */
interface ArchiveActions {
  host: ArchiveHost;
  openArchive(root: string): Promise<ArchiveStatus>;
  chooseArchive(): Promise<ArchiveStatus | null>;
}

async function startApp(shown: Shown): Promise<void> {
  refuseAllPermissions(session.defaultSession);
  const dataDir = app.getPath('userData');
  const settings = new SettingsStore(dataDir);
  const { memoryCapMb } = await settings.load();
  const library = await openLibrary(dataDir);
  const host = new ArchiveHost({
    cacheDir: join(dataDir, 'index-cache'),
    watch: true,
    library,
    dataDir,
    settingsFile: settings.file,
    ...(memoryCapMb === undefined ? {} : { memoryCapMb }),
  });

  let refreshRecent: () => void = () => undefined;
  const openArchive = async (root: string): Promise<ArchiveStatus> => {
    const service = await host.open(root);
    await settings.update({ lastArchive: service.root });
    refreshRecent();
    return service.status();
  };
  const chooseArchive = async (): Promise<ArchiveStatus | null> => {
    const options = { title: 'Open Archive', properties: ['openDirectory' as const] };
    const choice = shown.window
      ? await dialog.showOpenDialog(shown.window, options)
      : await dialog.showOpenDialog(options);
    const folder = choice.filePaths[0];
    return choice.canceled || !folder ? null : openArchive(folder);
  };

  openWindow(shown, settings);

  registerApi(
    ipcMain,
    createApiHandlers(
      host,
      chooseArchive,
      openOriginalWith(shell, () => host.current?.root ?? null),
    ),
    appFrameOnly(
      () => shown.window?.webContents ?? null,
      () => shown.appUrl,
    ),
  );
  host.onStatus((status) => shown.window?.webContents.send(STATUS_EVENT, status));

  const archives: ArchiveActions = { host, openArchive, chooseArchive };
  buildMenu(shown, archives, []);
  // File › Open Recent lists the library's recent archives, noted as each archive opens.
  refreshRecent = () => {
    void library
      ?.recentArchives()
      .then((recent) =>
        buildMenu(
          shown,
          archives,
          recent.map((archive) => archive.path),
        ),
      )
      .catch(() => undefined);
  };

  app.on('before-quit', () => {
    void host.closeCurrent().then(() => library?.close());
  });

  const last = settings.get().lastArchive;
  await openArchive(last && existsSync(last) ? last : bundledArchive());
}

/** The app's one window, remembering its bounds in the settings. */
function openWindow(shown: Shown, settings: SettingsStore): void {
  const window = createMainWindow({
    bounds: settings.get().window,
    onBoundsChanged: (bounds) => void settings.update({ window: bounds }),
    devServerUrl: process.env['ELECTRON_RENDERER_URL'],
  });
  shown.window = window;
  window.on('closed', () => {
    shown.window = null;
  });
}

/**
 * The reader's library (stars, notes, saved searches), shared with the CLI and the browser
 * mode. Without it the app still reads and searches; the library's calls say why not.
 */
async function openLibrary(dataDir: string): Promise<Library | null> {
  return Library.open(dataDir, { log: (line) => console.warn(line) }).catch((error: unknown) => {
    console.error('[clippings] the library could not be opened:', error);
    return null;
  });
}

function buildMenu(
  shown: Shown,
  { host, openArchive, chooseArchive }: ArchiveActions,
  recentArchives: readonly string[],
): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({
        openArchive: () => void chooseArchive(),
        recentArchives,
        openRecent: (path) => {
          if (existsSync(path)) void openArchive(path);
        },
        reindex: () => void host.current?.reindex(),
        print: () => {
          if (shown.window) printWindow(shown.window);
        },
        saveAsPdf: () => {
          saveAsPdf(shown);
        },
        setTheme: (theme) => {
          nativeTheme.themeSource = theme;
        },
      }),
    ),
  );
}

/** Saves the window as a PDF; a failure is shown in a message box. */
function saveAsPdf(shown: Shown): void {
  if (!shown.window) return;
  saveWindowAsPdf(shown.window, dialog).catch((error: unknown) => {
    void dialog.showMessageBox(shown.window!, {
      type: 'error',
      message: 'The PDF could not be saved.',
      detail: error instanceof Error ? error.message : String(error),
    });
  });
}

/** The sample archive shipped with the app: an extra resource when packaged, `archive/` in dev. */
function bundledArchive(): string {
  return app.isPackaged
    ? join(process.resourcesPath, 'archive')
    : join(app.getAppPath(), 'archive');
}
