/**
 * File › Print… and Save as PDF… with a mocked Electron: printing asks Chromium's print dialog;
 * Save as PDF asks where, writes the PDF that webContents.printToPDF made to that file, and
 * writes nothing when the dialog is cancelled.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, Dialog } from 'electron';

vi.mock('electron', () => ({}));

import { printWindow, saveWindowAsPdf } from '../../../main/electron/print';

const PDF = new TextEncoder().encode('%PDF-1.7 a story');

function fakeWindow() {
  const webContents = {
    print: vi.fn(),
    printToPDF: vi.fn(async () => PDF),
    getTitle: () => 'Harbour pilots: end of strike',
  };
  return { window: { webContents } as unknown as BrowserWindow, webContents };
}

describe('printWindow', () => {
  it('opens the print dialog for the window', () => {
    const { window, webContents } = fakeWindow();
    printWindow(window);
    expect(webContents.print).toHaveBeenCalledWith(expect.objectContaining({ silent: false }));
  });
});

describe('saveWindowAsPdf', () => {
  it('writes the PDF to the file the user chose, named after the page by default', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'clippings-pdf-'));
    const target = join(dir, 'story.pdf');
    const { window } = fakeWindow();
    const showSaveDialog = vi.fn(async () => ({ canceled: false, filePath: target }));
    const written = await saveWindowAsPdf(window, { showSaveDialog } as unknown as Dialog);
    expect(written).toBe(target);
    expect(new Uint8Array(await readFile(target))).toEqual(PDF);
    const options = (showSaveDialog.mock.calls[0] as unknown[])[1] as { defaultPath: string };
    expect(options.defaultPath).toBe('Harbour pilots- end of strike.pdf');
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'clippings-pdf-'));
    const { window, webContents } = fakeWindow();
    const dialog = { showSaveDialog: async () => ({ canceled: true, filePath: '' }) };
    expect(await saveWindowAsPdf(window, dialog as unknown as Dialog)).toBeNull();
    expect(webContents.printToPDF).not.toHaveBeenCalled();
    expect(existsSync(join(dir, 'story.pdf'))).toBe(false);
  });
});
