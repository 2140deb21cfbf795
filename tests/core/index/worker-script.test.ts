import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexWorkerScript } from '../../../main/core/index/worker-script';

describe('indexWorkerScript', () => {
  it('starts the bundled worker when it sits beside the code (the Electron build)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'clippings-bundle-'));
    try {
      await writeFile(join(dir, 'index-worker.js'), '');
      expect(indexWorkerScript(dir)).toEqual({ filename: join(dir, 'index-worker.js') });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('starts the TypeScript source through tsx otherwise', () => {
    const script = indexWorkerScript(join(__dirname, '../../../main/core/index'));
    expect(script.eval).toBe(true);
    expect(script.filename).toContain('index-worker.ts');
    expect(script.filename).toContain('tsx');
  });

  it('says so when neither is there', () => {
    expect(() => indexWorkerScript(tmpdir())).toThrow(/worker script is missing/);
  });
});
