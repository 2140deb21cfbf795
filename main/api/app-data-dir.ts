/**
 * Where Clippings keeps its own state (index cache, settings) when no folder is given:
 * the same folder Electron's `app.getPath('userData')` uses for a product named "Clippings",
 * so the CLI, the browser mode and the app share one cache without importing Electron.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = 'Clippings';

export function defaultAppDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32')
    return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), PRODUCT_NAME);
}

/** The index cache lives under the data folder; one subfolder per archive (chosen by the service). */
export function defaultCacheDir(): string {
  return join(defaultAppDataDir(), 'index-cache');
}
