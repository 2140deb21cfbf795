/**
 * Throwaway archive folders for scanner tests: made under the OS temp folder from a map of
 * relative path → content, removed after the test. `snapshotTree` lists every entry with its
 * size and times, so a test can prove a scan wrote nothing.
 */
import { mkdirSync, mkdtempSync, lstatSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface TempArchive {
  /** The folder that contains the archive and things beside it (e.g. `outside/`). */
  base: string;
  /** The archive folder itself: `<base>/archive`. */
  root: string;
  remove(): void;
}

export function makeTempArchive(files: Record<string, string | Uint8Array>): TempArchive {
  const base = mkdtempSync(join(tmpdir(), 'clippings-story-'));
  const root = join(base, 'archive');
  mkdirSync(root);
  for (const [file, content] of Object.entries(files)) {
    const path = join(root, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return { base, root, remove: () => rmSync(base, { recursive: true, force: true }) };
}

/** Every entry under `root` (links not followed) with its size and modification times. */
export function snapshotTree(root: string): string[] {
  const rows: string[] = [];
  const visit = (folder: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      const info = lstatSync(path);
      rows.push(`${path} ${info.size} ${info.mtimeMs} ${info.ctimeMs}`);
      if (info.isDirectory()) visit(path);
    }
  };
  const info = lstatSync(root);
  rows.push(`${root} ${info.mtimeMs} ${info.ctimeMs}`);
  visit(root);
  return rows;
}
