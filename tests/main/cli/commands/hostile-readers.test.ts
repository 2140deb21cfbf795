/**
 * Files built to crash or stall a reader, through the CLI as a user meets them: a Markdown
 * clipping of 5,000 `>` (it failed `scan`, `inspect` and `story` with "Maximum call stack size
 * exceeded"), one of 100,000 `>` (it stopped `index` after 76 s and left the archive
 * unsearchable), a list 900 levels deep, and a page of one paragraph inside 5,000 `<div>`s
 * (still being read after 300 s). Each is read, and the rest of the archive is searchable.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureBytes } from '../../../core/story/story-fixtures';
import type { TempArchive } from '../../../core/story/temp-archive';
import { makeTempArchive } from '../../../core/story/temp-archive';
import { runCliCapturing } from '../cli-harness';

const list = Array.from({ length: 900 }, (_, i) => `${' '.repeat(i * 2)}- item ${i}`).join('\n');
const HOSTILE: Record<string, string> = {
  'quotes-5k.md': `# Five thousand quotes\n\n${'>'.repeat(5_000)} Deep words here.\n`,
  'quotes-100k.md': `# A hundred thousand quotes\n\n${'>'.repeat(100_000)} Deeper words.\n`,
  'list-900.md': `# A deep list\n\n${list}\n`,
  'divs-5k.html': `<html><head><title>Deep page</title></head><body>${'<div>'.repeat(5_000)}<p>The one paragraph of a page nested five thousand deep.</p>${'</div>'.repeat(5_000)}</body></html>`,
};

let archive: TempArchive;
beforeAll(() => {
  archive = makeTempArchive({ ...HOSTILE, 'lighthouse.txt': fixtureBytes('canonical.txt') });
});
afterAll(() => archive.remove());

const withArchive = () => [
  '--archive',
  archive.root,
  '--cache',
  join(archive.base, 'cache'),
  '--json',
];

describe('hostile files through the CLI', () => {
  it('inspect reads each one', async () => {
    for (const name of Object.keys(HOSTILE)) {
      const result = await runCliCapturing(['inspect', join(archive.root, name), '--json']);
      expect(result.code, `${name}: ${result.stderr}`).toBe(0);
      expect(JSON.parse(result.stdout).paragraphs.length, name).toBeGreaterThan(0);
    }
  }, 120_000);

  it('index and search: every story found, the rest of the archive searchable', async () => {
    const status = await runCliCapturing(['scan', archive.root, '--json']);
    expect(status.code, status.stderr).toBe(0);
    const scanned = JSON.parse(status.stdout) as { stories: number; skipped: unknown[] };
    expect(scanned.skipped).toEqual([]);
    const search = await runCliCapturing(['search', 'lighthouse keepers', ...withArchive()]);
    expect(search.code, search.stderr).toBe(0);
    expect(JSON.parse(search.stdout).hits.map((hit: { id: string }) => hit.id)).toContain(
      'lighthouse',
    );
    const deep = await runCliCapturing(['search', 'deeper words', ...withArchive()]);
    expect(JSON.parse(deep.stdout).hits.map((hit: { id: string }) => hit.id)).toContain(
      'quotes-100k',
    );
    const story = await runCliCapturing(['story', 'quotes-5k', ...withArchive()]);
    expect(story.code, story.stderr).toBe(0);
  }, 180_000);
});
