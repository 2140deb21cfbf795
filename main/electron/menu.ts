/**
 * The application menu: File › Open Archive…, Open Recent (from the library's recent
 * archives), Reindex, Print…, Save as PDF…, Quit; View › zoom, light/dark.
 * Actions are passed in so the menu is a table, testable without a window.
 */
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  openArchive: () => void;
  /** Archives opened before, newest first (their real paths). */
  recentArchives?: readonly string[];
  openRecent?: (path: string) => void;
  reindex: () => void;
  print: () => void;
  saveAsPdf: () => void;
  setTheme: (theme: 'system' | 'light' | 'dark') => void;
}

export function menuTemplate(
  actions: MenuActions,
  platform: NodeJS.Platform = process.platform,
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  return [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Open Archive…', accelerator: 'CmdOrCtrl+O', click: () => actions.openArchive() },
        {
          label: 'Open Recent',
          enabled: (actions.recentArchives?.length ?? 0) > 0,
          submenu: (actions.recentArchives ?? []).map((path) => ({
            label: path,
            click: () => actions.openRecent?.(path),
          })),
        },
        { label: 'Reindex', accelerator: 'CmdOrCtrl+Shift+R', click: () => actions.reindex() },
        { type: 'separator' },
        { label: 'Print…', accelerator: 'CmdOrCtrl+P', click: () => actions.print() },
        { label: 'Save as PDF…', click: () => actions.saveAsPdf() },
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        {
          label: 'Appearance',
          submenu: [
            {
              label: 'Follow System',
              type: 'radio',
              checked: true,
              click: () => actions.setTheme('system'),
            },
            { label: 'Light', type: 'radio', click: () => actions.setTheme('light') },
            { label: 'Dark', type: 'radio', click: () => actions.setTheme('dark') },
          ],
        },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
}
