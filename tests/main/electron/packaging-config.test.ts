/**
 * electron-builder.yml cannot be exercised here (packaging downloads Electron), so check it
 * the way electron-builder does before it packages: load it and validate it against the
 * builder's own schema; then check the promises docs/packaging.md makes about it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';

const ROOT = join(__dirname, '../../..');

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema validation', async () => {
    const config = await getConfig(ROOT, join(ROOT, 'electron-builder.yml'), null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('builds AppImage and deb, dmg, nsis, ships the sample archive and locks the fuses', async () => {
    const config = await getConfig(ROOT, join(ROOT, 'electron-builder.yml'), null);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.mac?.target).toBe('dmg');
    expect(config.win?.target).toBe('nsis');
    expect(config.extraResources).toEqual([
      expect.objectContaining({ from: 'archive', to: 'archive' }),
    ]);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      onlyLoadAppFromAsar: true,
    });
  });
});
