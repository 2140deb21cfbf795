import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { archiveCacheFolder, IndexCache } from '../../../main/core/index/index-cache';

let base: string;
beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'clippings-cache-'));
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

const segment = {
  id: '0123456789abcdef',
  checksum: 'a'.repeat(64),
  bytes: 10,
  stories: 3,
  firstFile: '000.txt',
};

describe('IndexCache', () => {
  it('keeps one folder per archive and reads back the manifest it wrote', async () => {
    const cache = new IndexCache(base, '/archives/news');
    expect(cache.folder).toBe(archiveCacheFolder(base, '/archives/news'));
    expect(new IndexCache(base, '/archives/other').folder).not.toBe(cache.folder);
    expect(await cache.readManifest()).toEqual({ kind: 'missing' });
    await cache.writeManifest([segment]);
    const read = await cache.readManifest();
    expect(read.kind).toBe('ok');
    expect(read.kind === 'ok' && read.manifest.segments).toEqual([segment]);
  });

  it('calls an edited or truncated manifest damaged, and another version outdated', async () => {
    const cache = new IndexCache(base, '/archives/news');
    await cache.writeManifest([segment]);
    const path = join(cache.folder, 'manifest.json');
    await writeFile(path, '{"format":1,"segm');
    expect(await cache.readManifest()).toEqual({ kind: 'damaged' });
    await writeFile(path, JSON.stringify({ hello: 'world' }));
    expect(await cache.readManifest()).toEqual({ kind: 'damaged' });
    await cache.writeManifest([segment]);
    const manifest = JSON.parse(await (await import('node:fs/promises')).readFile(path, 'utf8'));
    await writeFile(path, JSON.stringify({ ...manifest, lunrVersion: '9.9.9' }));
    expect(await cache.readManifest()).toEqual({ kind: 'outdated' });
  });

  it('removes segment files the manifest no longer lists, and discards everything', async () => {
    const cache = new IndexCache(base, '/archives/news');
    await cache.writeManifest([segment]);
    await writeFile(cache.segmentPath(segment.id), 'kept');
    await writeFile(cache.segmentPath('fedcba9876543210'), 'stale');
    await cache.removeUnlisted(new Set([segment.id]));
    expect((await readdir(cache.folder)).sort()).toEqual([
      'manifest.json',
      `segment-${segment.id}.bin`,
    ]);
    await cache.discard();
    expect(await cache.readManifest()).toEqual({ kind: 'missing' });
  });

  it('calls a manifest that is a folder, a FIFO or a link to /dev/zero damaged, at once', async () => {
    const cache = new IndexCache(base, '/archives/news');
    const path = join(cache.folder, 'manifest.json');
    await mkdir(path, { recursive: true });
    expect(await cache.readManifest()).toEqual({ kind: 'damaged' });
    await rm(path, { recursive: true });
    execFileSync('mkfifo', [path]);
    expect(await cache.readManifest()).toEqual({ kind: 'damaged' });
    await rm(path);
    await symlink('/dev/zero', path);
    expect(await cache.readManifest()).toEqual({ kind: 'damaged' });
  });

  it('removes an unlisted segment whatever it turned out to be: a folder, a FIFO', async () => {
    const cache = new IndexCache(base, '/archives/news');
    await cache.writeManifest([segment]);
    await mkdir(join(cache.segmentPath('fedcba9876543210'), 'inside'), { recursive: true });
    execFileSync('mkfifo', [cache.segmentPath('0000000000000000')]);
    await cache.removeUnlisted(new Set([segment.id]));
    expect(await readdir(cache.folder)).toEqual(['manifest.json']);
  });
});
