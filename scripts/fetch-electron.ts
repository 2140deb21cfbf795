/**
 * `prestart`/`predev`: Electron's binary is not in the npm package (electron ≥ 42 has no
 * postinstall); it is downloaded on first run by the package's own `install-electron`. Run it
 * here, quietly, and when it fails (offline, or a network that reaches only the npm registry)
 * say so in one plain line that points to the browser mode, which needs no Electron.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';

const TIMEOUT_MS = 5 * 60_000;

const installer = join(dirname(require.resolve('electron/package.json')), 'install.js');
const result = spawnSync(process.execPath, [installer], {
  encoding: 'utf8',
  timeout: TIMEOUT_MS,
  stdio: ['ignore', 'pipe', 'pipe'],
});

if (result.status !== 0) {
  const detail = `${result.stderr ?? ''}`
    .split('\n')
    .find((line) => line.trim() !== '')
    ?.trim();
  process.stderr.write(
    `Clippings: could not download the Electron binary (offline? ${detail ?? 'no details'}); run \`npm run serve\` to use Clippings in your browser instead.\n`,
  );
  process.exit(1);
}
