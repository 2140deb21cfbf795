/** The app's settings survive restarts, and a damaged file means defaults, not a crash. */
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SettingsStore } from '../../../main/electron/settings';

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'clippings-settings-'));
}

describe('SettingsStore', () => {
  it('remembers the last archive and window bounds across instances', async () => {
    const dir = await tempDir();
    const first = new SettingsStore(dir);
    await first.load();
    await first.update({ lastArchive: '/home/reader/news' });
    await first.update({ window: { x: 10, y: 20, width: 1100, height: 760, maximized: false } });
    const second = new SettingsStore(dir);
    expect(await second.load()).toEqual({
      lastArchive: '/home/reader/news',
      window: { x: 10, y: 20, width: 1100, height: 760, maximized: false },
    });
    expect(await readdir(dir)).toEqual(['settings.json']);
  });

  it('starts from defaults when the file is damaged or not JSON', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'settings.json'), '{"lastArchive": 42, "window": "big"');
    expect(await new SettingsStore(dir).load()).toEqual({});
    await writeFile(join(dir, 'settings.json'), '{"window": {"width": -5, "height": 1}}');
    expect(await new SettingsStore(dir).load()).toEqual({});
  });

  it('reads the memory cap, and drops one out of range without losing the other settings', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'settings.json'), '{"lastArchive": "/news", "memoryCapMb": 1024}');
    expect(await new SettingsStore(dir).load()).toEqual({
      lastArchive: '/news',
      memoryCapMb: 1024,
    });
    await writeFile(join(dir, 'settings.json'), '{"lastArchive": "/news", "memoryCapMb": 3}');
    expect(await new SettingsStore(dir).load()).toEqual({ lastArchive: '/news' });
  });

  it('writes valid JSON that a later load reads back', async () => {
    const dir = await tempDir();
    const store = new SettingsStore(dir);
    await store.update({ lastArchive: 'C:\\Users\\r\\Archive' });
    expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'))).toEqual({
      lastArchive: 'C:\\Users\\r\\Archive',
    });
  });
});
