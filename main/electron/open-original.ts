/**
 * "Open original" in Electron: the story's file opened with the system's app for its type
 * (shell.openPath), after checking once more, here, that its real path is inside the open
 * archive (the engine resolved it; a link swapped in since is refused). The renderer only ever
 * sends a story id; the path never crosses the bridge.
 */
import type { shell as ElectronShell } from 'electron';
import { realpath } from 'node:fs/promises';
import type { OpenedOriginal, OriginalFile } from '../../contract/api';
import { isInside } from '../core/engine';
import { ClippingsError } from '../core/model/errors';

export function openOriginalWith(
  shell: Pick<typeof ElectronShell, 'openPath'>,
  archiveRoot: () => string | null,
): (file: OriginalFile) => Promise<OpenedOriginal> {
  return async (file) => {
    const root = archiveRoot();
    const [real, rootReal] = await Promise.all([
      realpath(file.path).catch(() => null),
      root === null ? null : realpath(root).catch(() => null),
    ]);
    if (real === null || rootReal === null || !isInside(real, rootReal)) {
      throw new ClippingsError('E_UNREADABLE', 'This story’s file is not in the archive any more.');
    }
    const problem = await shell.openPath(real);
    if (problem !== '') {
      throw new ClippingsError('E_UNREADABLE', `The file could not be opened: ${problem}`);
    }
    return { opened: 'system' };
  };
}
