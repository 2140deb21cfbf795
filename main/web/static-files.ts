/**
 * The built renderer's files, listed once at start: a request is answered only when its path
 * is one of them, so no URL (`..`, encoded slashes, symlinks) can reach any other file.
 */
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.map': 'application/json',
};

export interface StaticFile {
  path: string;
  contentType: string;
}

/** Maps URL paths (`/`, `/assets/index-abc.js`) to the files of `dir`. */
export async function listStaticFiles(dir: string): Promise<Map<string, StaticFile>> {
  const files = new Map<string, StaticFile>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const urlPath = `/${relative(dir, path).split(sep).join('/')}`;
    files.set(urlPath, {
      path,
      contentType: CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
    });
  }
  const index = files.get('/index.html');
  if (index) files.set('/', index);
  return files;
}

export async function readStaticFile(file: StaticFile): Promise<Buffer> {
  return readFile(file.path);
}
