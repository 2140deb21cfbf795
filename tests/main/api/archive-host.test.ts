/**
 * ArchiveHost switches archives and keeps status listeners across the switch, and says where
 * its shell keeps the reader's data (the dataLocations method).
 */
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { ArchiveStatus } from '../../../contract/api';
import { createApiHandlers } from '../../../main/api/api-handlers';
import { ArchiveHost, NO_ARCHIVE_STATUS } from '../../../main/api/archive-host';
import type { ArchiveService } from '../../../main/core/service/archive-service';
import { ClippingsError } from '../../../main/core/model/errors';

function fakeService(root: string) {
  const events = new EventEmitter();
  const status: ArchiveStatus = { ...NO_ARCHIVE_STATUS, archive: root, state: 'indexing' };
  const service = {
    root,
    ready: Promise.resolve(),
    status: () => status,
    onStatus: (listener: (status: ArchiveStatus) => void) => {
      events.on('status', listener);
      return () => events.off('status', listener);
    },
    close: vi.fn(async () => undefined),
  } as unknown as ArchiveService;
  return { service, emit: (next: ArchiveStatus) => events.emit('status', next) };
}

describe('ArchiveHost', () => {
  it('answers E_NO_ARCHIVE in words until an archive is open', () => {
    const host = new ArchiveHost({ cacheDir: '/tmp/cache' });
    expect(host.status()).toEqual(NO_ARCHIVE_STATUS);
    expect(() => host.require()).toThrow(ClippingsError);
    expect(() => host.require()).toThrow(/No archive is open/);
  });

  it('relays the open archive status, and closes the previous archive on a switch', async () => {
    const fakes = new Map<string, ReturnType<typeof fakeService>>();
    const host = new ArchiveHost({ cacheDir: '/tmp/cache' }, (root) => {
      const fake = fakeService(root);
      fakes.set(root, fake);
      return fake.service;
    });
    const seen: (string | null)[] = [];
    host.onStatus((status) => seen.push(`${status.archive}:${status.state}`));
    await host.open('/archives/first');
    fakes
      .get('/archives/first')
      ?.emit({ ...NO_ARCHIVE_STATUS, archive: '/archives/first', state: 'ready' });
    await host.open('/archives/second');
    expect(fakes.get('/archives/first')?.service.close).toHaveBeenCalledOnce();
    fakes
      .get('/archives/first')
      ?.emit({ ...NO_ARCHIVE_STATUS, archive: '/archives/first', state: 'error' });
    expect(seen).toEqual([
      '/archives/first:indexing',
      '/archives/first:ready',
      '/archives/second:indexing',
    ]);
    expect(host.require().root).toBe('/archives/second');
  });

  it('answers dataLocations: the data folder, the library, the settings, the open archive’s cache', async () => {
    const host = new ArchiveHost(
      {
        cacheDir: '/data/Clippings/index-cache',
        dataDir: '/data/Clippings',
        settingsFile: '/data/Clippings/settings.json',
      },
      (root) => fakeService(root).service,
    );
    const handlers = createApiHandlers(host, async () => null);
    expect(await handlers.dataLocations(undefined)).toEqual({
      dataFolder: '/data/Clippings',
      library: join('/data/Clippings', 'library.sqlite'),
      indexCache: '/data/Clippings/index-cache',
      archiveIndexCache: null,
      settings: '/data/Clippings/settings.json',
    });
    await host.open('/archives/first');
    expect((await handlers.dataLocations(undefined)).archiveIndexCache).toMatch(
      /^\/data\/Clippings\/index-cache\/[0-9a-f]{16}$/,
    );
  });
});
