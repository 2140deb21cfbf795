/**
 * The application menu: File › Open Archive…, Reindex, Print…, Save as PDF…, Quit;
 * View › zoom, light/dark.
 * Actions are passed in so the menu is a table, testable without a window.
 */
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  openArchive: () => void;
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
