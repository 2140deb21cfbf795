/**
 * File › Print… and File › Save as PDF…: the reader as the print stylesheet lays it out
 * (renderer/src/styles/print.css hides the toolbar, the list and the controls). Save as PDF
 * asks where with the system dialog and writes Chromium's PDF there atomically.
 */
import type { BrowserWindow, Dialog } from 'electron';
import { writeFileAtomic } from '../core/engine';

export function printWindow(window: BrowserWindow): void {
  window.webContents.print({ silent: false, printBackground: false });
}

/** Resolves to the file written, or null when the user cancelled. */
export async function saveWindowAsPdf(
  window: BrowserWindow,
  dialog: Pick<Dialog, 'showSaveDialog'>,
  write: (path: string, data: Uint8Array) => Promise<void> = writeFileAtomic,
): Promise<string | null> {
  const title = window.webContents.getTitle?.() || 'Clippings';
  const choice = await dialog.showSaveDialog(window, {
    title: 'Save as PDF',
    defaultPath: `${title.replace(/[\\/:*?"<>|]+/g, '-').slice(0, 80)}.pdf`,
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
  if (choice.canceled || !choice.filePath) return null;
  const pdf = await window.webContents.printToPDF({
    printBackground: false,
    pageSize: 'A4',
  });
  await write(choice.filePath, pdf);
  return choice.filePath;
}
