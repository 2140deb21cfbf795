/**
 * A big text export in an index worker (main/core/index/read-big-export.ts) is read in a
 * window: the same stories, ids, places and content hash as reading it whole, and only text
 * files that big take that path. The threshold is lowered here so the export stays small.
 */
import { readFileSync, realpathSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readBigExport } from '../../../main/core/index/read-big-export';
import { readStories } from '../../../main/core/story/read-stories';
import { makeTempArchive } from '../story/temp-archive';
import type { TempArchive } from '../story/temp-archive';

const academic = readFileSync(join(__dirname, '../../fixtures/exports/nexis-academic.txt'), 'utf8');

/** The fixture's cover and its three stories, repeated `count` times, headlines numbered. */
function bigExport(count: number): string {
  const starts = [1, 2, 3].map(
    (n) => academic.lastIndexOf('\n', academic.indexOf(`${n} of 3 DOCUMENTS`)) + 1,
  );
  const parts = starts.map((start, at) => academic.slice(start, starts[at + 1] ?? academic.length));
  const stories = Array.from({ length: count }, (_, n) =>
    parts[n % 3]!.replace(/\d of 3 DOCUMENTS/, `${n + 1} of ${count} DOCUMENTS`).replace(
      /^(.*(?:quay|years|public))$/m,
      `$1 ${n}`,
    ),
  );
  return academic.slice(0, starts[0]) + stories.join('');
}

let archive: TempArchive | null = null;
afterEach(() => archive?.remove());

describe('readBigExport', () => {
  it('reads a big text export in a window as reading it whole does', async () => {
    const text = bigExport(900);
    archive = makeTempArchive({ 'big.txt': text, 'small.txt': bigExport(3) });
    const rootReal = realpathSync(archive.root);
    const streamFrom = 64 * 1024;
    const big = await readBigExport(
      join(archive.root, 'big.txt'),
      { file: 'big.txt', id: 'big' },
      rootReal,
      streamFrom,
    );
    const whole = await readStories(Buffer.from(text), 'big.txt', { id: 'big' });
    if (!big?.ok || !whole.ok) throw new Error('not read');
    expect(big.stories).toHaveLength(900);
    expect(big.stories).toEqual(whole.stories);
    expect(big.hash).toBe(whole.hash);
    expect(big.size).toBe(Buffer.byteLength(text));
    // A file under the threshold is read whole, by the usual path.
    const small = join(archive.root, 'small.txt');
    expect(await readBigExport(small, { file: 'small.txt', id: 's' }, rootReal, streamFrom)).toBe(
      null,
    );
  });

  it('leaves pages and links out of the archive to the usual reading', async () => {
    const page = `<!doctype html><html><body>${'<p>A paragraph of a page.</p>'.repeat(5000)}</body></html>`;
    archive = makeTempArchive({ 'page.txt': page, 'outside/big.txt': bigExport(300) });
    symlinkSync(join(archive.base, 'outside/big.txt'), join(archive.root, 'link.txt'));
    const rootReal = realpathSync(archive.root);
    const read = (name: string) =>
      readBigExport(join(archive!.root, name), { file: name, id: name }, rootReal, 1024);
    expect(await read('page.txt')).toBeNull();
    expect(await read('link.txt')).toBeNull();
  });
});
