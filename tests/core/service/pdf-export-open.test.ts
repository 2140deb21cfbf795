/**
 * Opening a story of a PDF export through the service reads only its pages: the index kept
 * each story's pages, and the reader view gets the same story that indexing read, while
 * pdf.js opens only those pages (counted by wrapping the PDF reader, in this thread, where
 * stories are opened).
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as PdfBlocks from '../../../main/core/story/pdf-blocks';
import type { PdfPageSpan } from '../../../main/core/story/pdf-blocks';
import { IndexedArchive } from '../../../main/core/service/indexed-archive';
import { readStories } from '../../../main/core/story/read-stories';

const reads = vi.hoisted(() => [] as { only: PdfPageSpan | undefined; pagesRead?: number }[]);

vi.mock('../../../main/core/story/pdf-blocks', async (importOriginal) => {
  const original = await importOriginal<typeof PdfBlocks>();
  return {
    ...original,
    pdfDocument: async (...args: Parameters<typeof original.pdfDocument>) => {
      const read = await original.pdfDocument(...args);
      reads.push({ only: args[2], pagesRead: read.ok ? read.document.pagesRead : undefined });
      return read;
    },
  };
});

const FIXTURE = join(__dirname, '../../fixtures/exports/nexis-uni.pdf');
let dir: string;
let archive: IndexedArchive;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'clippings-pdf-open-'));
  await cp(FIXTURE, join(dir, 'archive', 'uni.pdf'));
  archive = new IndexedArchive(join(dir, 'archive'), { cacheDir: join(dir, 'cache'), workers: 1 });
  await archive.ready;
}, 120_000);

afterAll(async () => {
  await archive.close();
  await rm(dir, { recursive: true, force: true });
});

describe('opening a story of a PDF export', () => {
  it('gives the story indexing read, reading only its pages', async () => {
    const whole = await readStories(await readFile(FIXTURE), 'uni.pdf', { id: 'uni' });
    if (!whole.ok) throw new Error(whole.skipped.reason);
    const pageCount = whole.stories.at(-1)!.pages!.last;
    const ids = (await archive.browse({ limit: 10 })).hits.map((hit) => hit.id);
    expect(ids.sort()).toEqual(whole.stories.map((story) => story.id).sort());
    for (const expected of whole.stories) {
      reads.length = 0;
      const { story } = await archive.story({ id: expected.id });
      expect(story.title).toBe(expected.title);
      expect(story.paragraphs).toEqual(expected.paragraphs);
      expect(story.position).toEqual(expected.position);
      // One read of the PDF, of this story's pages (and the page after), never the whole file.
      expect(reads).toHaveLength(1);
      expect(reads[0]!.only).toMatchObject({
        first: expected.pages!.first,
        last: expected.pages!.last + 1,
      });
      expect(reads[0]!.pagesRead).toBeLessThan(pageCount);
    }
  });
});
