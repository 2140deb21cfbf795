/**
 * Lock waits sized to the work, not to a fixed count of tries: twenty-two processes each hold
 * the library for 2 s inside one transaction (a long export's read, a slow disk), all at
 * once. The last in the queue waits over 40 s — longer than the old lock waited in all before
 * it said "busy" (issue 21: 5 of 198 writers failed so with 24–30 writers) — and none gives
 * up, since the lock keeps changing hands; every write is kept. About a minute and a half.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../../../main/core/library/library';

const ROOT = resolve(__dirname, '../../..');
const WRITERS = 22;
const HOLD_MS = 2_000;

let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'clippings-queue-data-'));
  await (await Library.open(dataDir)).close();
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

function writer(label: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(__dirname, 'library-writer.ts'),
        dataDir,
        '/archives/queue',
        'story',
        label,
        '1',
        'pause',
        String(HOLD_MS),
      ],
      { cwd: ROOT },
    );
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('exit', (code) => done({ code, stderr }));
  });
}

describe('a queue of long holders', () => {
  it('lets every waiter through, however long the queue, and keeps every write', async () => {
    const labels = Array.from({ length: WRITERS }, (_, n) => `writer-${n}`);
    const results = await Promise.all(labels.map(writer));
    for (const result of results) expect(result.code, result.stderr).toBe(0);
    const library = await Library.open(dataDir);
    try {
      const notes = (await library.forArchive('/archives/queue').state('story')).notes.map((note) =>
        note.text.trimEnd(),
      );
      for (const label of labels) {
        expect(notes).toContain(`${label} 0`);
        expect(notes).toContain(`${label} paused`);
      }
    } finally {
      await library.close();
    }
  }, 300_000);
});
