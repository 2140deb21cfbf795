/**
 * The browser mode serves the built renderer (out/renderer). Before serving, rebuild it when
 * it is missing or older than its sources, so `npm run serve` never shows a stale page. The
 * build's output goes to stderr: stdout's first line belongs to the "serving" announcement.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function newestMtime(paths: readonly string[]): number {
  let newest = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const info = statSync(path);
    if (info.isDirectory()) {
      for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) {
        if (entry.isFile())
          newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
      }
    } else {
      newest = Math.max(newest, info.mtimeMs);
    }
  }
  return newest;
}

/** Builds with electron-vite when out/renderer is missing or stale; throws if the build fails. */
export function ensureRendererBuild(projectRoot: string, log: (line: string) => void): string {
  const rendererDir = join(projectRoot, 'out', 'renderer');
  const built = join(rendererDir, 'index.html');
  const sources = ['renderer', 'contract', 'electron.vite.config.ts'].map((path) =>
    join(projectRoot, path),
  );
  if (existsSync(built) && statSync(built).mtimeMs >= newestMtime(sources)) return rendererDir;
  log('Building the renderer (electron-vite build)…');
  const cli = join(
    dirname(require.resolve('electron-vite/package.json', { paths: [projectRoot] })),
    'bin',
    'electron-vite.js',
  );
  const result = spawnSync(process.execPath, [cli, 'build'], {
    cwd: projectRoot,
    stdio: ['ignore', 2, 2],
  });
  if (result.status !== 0) throw new Error('The renderer build failed; see the messages above.');
  return rendererDir;
}
