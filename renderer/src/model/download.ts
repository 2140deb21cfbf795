/**
 * Saves an export the way a browser saves a download: a Blob URL on a link with `download`,
 * clicked, then released. Electron shows its save dialog for it; a browser saves or asks.
 */
import type { ExportFile } from '../../../contract/api';

export function downloadFile(file: ExportFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
