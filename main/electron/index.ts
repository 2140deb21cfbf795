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
  let window: BrowserWindow | null = null;
  const appUrl = rendererUrl(process.env['ELECTRON_RENDERER_URL']);

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  // Any web contents created later (there should be none) gets the same locks.
  app.on('web-contents-created', (_event, contents) => {
    lockWebContents(
      contents,
      () => appUrl,
      (url) => shell.openExternal(url),
    );
  });

  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(async () => {
    refuseAllPermissions(session.defaultSession);
    const dataDir = app.getPath('userData');
    const settings = new SettingsStore(dataDir);
    await settings.load();
    // The reader's library (stars, notes, saved searches), shared with the CLI and the browser
    // mode. Without it the app still reads and searches; the library's calls say why not.
    const library = await Library.open(dataDir, { log: (line) => console.warn(line) }).catch(
      (error: unknown) => {
        console.error('[clippings] the library could not be opened:', error);
        return null;
      },
    );
    const host = new ArchiveHost({
      cacheDir: join(dataDir, 'index-cache'),
      watch: true,
      library,
      dataDir,
      settingsFile: settings.file,
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
      const choice = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      const folder = choice.filePaths[0];
      return choice.canceled || !folder ? null : openArchive(folder);
    };

    window = createMainWindow({
      bounds: settings.get().window,
      onBoundsChanged: (bounds) => void settings.update({ window: bounds }),
      devServerUrl: process.env['ELECTRON_RENDERER_URL'],
    });
    window.on('closed', () => {
      window = null;
    });

    registerApi(
      ipcMain,
      createApiHandlers(
        host,
        chooseArchive,
        openOriginalWith(shell, () => host.current?.root ?? null),
      ),
      appFrameOnly(
        () => window?.webContents ?? null,
        () => appUrl,
      ),
    );
    host.onStatus((status) => window?.webContents.send(STATUS_EVENT, status));

    const buildMenu = (recentArchives: readonly string[]): void =>
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
              if (window) printWindow(window);
            },
            saveAsPdf: () => {
              if (!window) return;
              saveWindowAsPdf(window, dialog).catch((error: unknown) => {
                void dialog.showMessageBox(window!, {
                  type: 'error',
                  message: 'The PDF could not be saved.',
                  detail: error instanceof Error ? error.message : String(error),
                });
              });
            },
            setTheme: (theme) => {
              nativeTheme.themeSource = theme;
            },
          }),
        ),
      );
    buildMenu([]);
    // File › Open Recent lists the library's recent archives, noted as each archive opens.
    refreshRecent = () => {
      void library
        ?.recentArchives()
        .then((recent) => buildMenu(recent.map((archive) => archive.path)))
        .catch(() => undefined);
    };

    app.on('before-quit', () => {
      void host.closeCurrent().then(() => library?.close());
    });

    const last = settings.get().lastArchive;
    await openArchive(last && existsSync(last) ? last : bundledArchive());
  });
}

/** The sample archive shipped with the app: an extra resource when packaged, `archive/` in dev. */
function bundledArchive(): string {
  return app.isPackaged
    ? join(process.resourcesPath, 'archive')
    : join(app.getAppPath(), 'archive');
}
