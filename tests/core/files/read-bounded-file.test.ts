/**
 * Reading a file we did not write: what may stand at a name (a FIFO, a link to a device, a
 * folder, a link out of the archive) is refused with its kind, at once, never a hang or an
 * unbounded read. Both the callback and the synchronous reader.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBoundedFile, readBoundedFileSync } from '../../../main/core/files/read-bounded-file';

let base: string;
let archive: string;

beforeAll(() => {
  base = realpathSync(mkdtempSync(join(tmpdir(), 'clippings-bounded-')));
  archive = join(base, 'archive');
  mkdirSync(join(archive, 'sub'), { recursive: true });
  writeFileSync(join(archive, 'story.txt'), 'A title\n\nA body.');
  writeFileSync(join(base, 'secret.txt'), 'outside the archive');
  execFileSync('mkfifo', [join(archive, 'fifo.txt')]);
  symlinkSync('/dev/zero', join(archive, 'zero.txt'));
  symlinkSync(join(base, 'secret.txt'), join(archive, 'out.txt'));
  symlinkSync(join(archive, 'story.txt'), join(archive, 'sub', 'in.txt'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

const readers = {
  callback: (path: string, max: number, within?: string) =>
    readBoundedFile(path, max, within === undefined ? {} : { within }),
  sync: async (path: string, max: number, within?: string) =>
    readBoundedFileSync(path, max, within === undefined ? {} : { within }),
};

for (const [name, read] of Object.entries(readers)) {
  describe(`read a bounded file (${name})`, () => {
    it('reads a regular file within the limit', async () => {
      const result = await read(join(archive, 'story.txt'), 1024);
      expect(result.ok && result.bytes.toString()).toBe('A title\n\nA body.');
    });

    it('refuses a FIFO and a link to /dev/zero as not files, without blocking or reading', async () => {
      expect(await read(join(archive, 'fifo.txt'), 1024)).toMatchObject({
        ok: false,
        problem: 'not-a-file',
      });
      expect(await read(join(archive, 'zero.txt'), 1024)).toMatchObject({
        ok: false,
        problem: 'not-a-file',
      });
      expect(await read(join(archive, 'sub'), 1024)).toMatchObject({
        ok: false,
        problem: 'not-a-file',
      });
    });

    it('tells a missing file from one over the limit', async () => {
      expect(await read(join(archive, 'gone.txt'), 1024)).toMatchObject({ problem: 'missing' });
      expect(await read(join(archive, 'story.txt'), 4)).toMatchObject({ problem: 'too-big' });
    });

    it('within the archive: refuses a link out of it, follows one that stays inside', async () => {
      expect(await read(join(archive, 'out.txt'), 1024, archive)).toEqual({
        ok: false,
        problem: 'outside',
        reason: 'It is a link to a place outside the archive; links out of it are not followed.',
      });
      const inside = await read(join(archive, 'sub', 'in.txt'), 1024, archive);
      expect(inside.ok && inside.bytes.toString()).toBe('A title\n\nA body.');
      // Without `within`, the reader has no archive to keep to.
      expect((await read(join(archive, 'out.txt'), 1024)).ok).toBe(true);
    });
  });
}
