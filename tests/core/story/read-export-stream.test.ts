/**
 * Reading a large text export in a window (main/core/story/read-export-stream.ts): the
 * stories come out one by one while the file is still being read, the reader never takes in
 * more than a window ahead of the story it hands on, and the stories are the ones reading the
 * whole file gives. Exports are built here from the invented three-story fixture.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Story } from '../../../main/core/model/story';
import { ReadBudget } from '../../../main/core/story/read-budget';
import { readExportStream } from '../../../main/core/story/read-export-stream';
import type { ByteSource } from '../../../main/core/story/read-export-stream';
import { readStories } from '../../../main/core/story/read-stories';

const FIXTURES = join(__dirname, '../../fixtures/exports');
const academic = readFileSync(join(FIXTURES, 'nexis-academic.txt'), 'utf8');

/** The fixture's cover, then `count` stories (its three in turn, each headline numbered). */
function bigExport(count: number, longStory?: number): { text: string; starts: number[] } {
  const starts3 = [1, 2, 3].map(
    (n) => academic.lastIndexOf('\n', academic.indexOf(`${n} of 3 DOCUMENTS`)) + 1,
  );
  const cover = academic.slice(0, starts3[0]);
  const parts = starts3.map((start, at) =>
    academic.slice(start, starts3[at + 1] ?? academic.length),
  );
  const texts = [cover];
  let bytes = Buffer.byteLength(cover);
  const starts: number[] = [];
  for (let n = 0; n < count; n += 1) {
    let story = parts[n % 3]!.replace(/\d of 3 DOCUMENTS/, `${n + 1} of ${count} DOCUMENTS`);
    story = story.replace(/^(.*(?:quay|years|public))$/m, `$1 ${n}`);
    if (n === longStory) {
      const filler = 'A paragraph of filler words that goes on and on for the long story.\r\n\r\n';
      story = story.replace(/\r?\nLOAD-DATE/, `\r\n${filler.repeat(40_000)}LOAD-DATE`);
    }
    starts.push(bytes);
    texts.push(story);
    bytes += Buffer.byteLength(story);
  }
  return { text: texts.join(''), starts };
}

/** The bytes in chunks, counting how many have been handed out in this pass. */
function chunked(bytes: Buffer, chunkBytes: number): { source: ByteSource; given: () => number } {
  let given = 0;
  const source: ByteSource = async function* () {
    given = 0;
    for (let at = 0; at < bytes.length; at += chunkBytes) {
      const chunk = bytes.subarray(at, at + chunkBytes);
      given += chunk.length;
      yield chunk;
    }
  };
  return { source, given: () => given };
}

describe('readExportStream', () => {
  it('hands each story on while reading, never more than a window ahead of it', async () => {
    const count = 3000;
    const { text, starts } = bigExport(count);
    const bytes = Buffer.from(text);
    const windowChars = 64 * 1024;
    const chunkBytes = 16 * 1024;
    const { source, given } = chunked(bytes, chunkBytes);
    const seen: { story: Story; givenAt: number }[] = [];
    const read = await readExportStream(
      source,
      'big.txt',
      bytes.length,
      (story) => {
        seen.push({ story, givenAt: given() });
      },
      { windowChars },
    );
    expect(read).toMatchObject({ ok: true, count, stories: count });
    expect(seen).toHaveLength(count);
    // The first story comes out when only its first window has been read, not the file.
    expect(seen[0]!.givenAt).toBeLessThan(bytes.length / 20);
    // Each story comes out within a window (and a chunk) of where it starts: the reader
    // never holds more than that.
    for (const { story, givenAt } of seen) {
      const start = starts[story.position!.index - 1]!;
      expect(givenAt - start).toBeLessThanOrEqual(2 * windowChars + chunkBytes);
    }
  });

  it('gives the stories, ids and hash that reading the whole file gives', async () => {
    const count = 600;
    const bytes = Buffer.from(bigExport(count).text);
    const whole = await readStories(bytes, 'big.txt', { id: 'big' });
    if (!whole.ok) throw new Error(whole.skipped.reason);
    const streamed: Story[] = [];
    const read = await readExportStream(
      chunked(bytes, 10_000).source,
      'big.txt',
      bytes.length,
      (story) => {
        streamed.push(story);
      },
      { id: 'big', windowChars: 32 * 1024 },
    );
    if (!read.ok) throw new Error(read.skipped.reason);
    expect(read.hash).toBe(whole.hash);
    for (const story of streamed) story.position!.count = read.count;
    expect(streamed).toEqual(whole.stories);
  });

  it('cuts a story longer than the window and reads the stories after it', async () => {
    const count = 30;
    const bytes = Buffer.from(bigExport(count, 10).text);
    const stories: Story[] = [];
    const read = await readExportStream(
      chunked(bytes, 64 * 1024).source,
      'long.txt',
      bytes.length,
      (story) => {
        stories.push(story);
      },
      { windowChars: 1024 * 1024 },
    );
    expect(read).toMatchObject({ ok: true, count });
    expect(stories.map((story) => story.position!.index)).toEqual(
      Array.from({ length: count }, (_, at) => at + 1),
    );
    expect(stories[10]!.warnings).toContain(
      "The story's text is longer than 1,048,576 characters; the rest was left out.",
    );
    expect(stories[10]!.paragraphs.join('').length).toBeLessThan(1024 * 1024);
    expect(stories[11]!.paragraphs).toEqual(stories[2]!.paragraphs);
    expect(stories[11]!.warnings).toEqual([]);
  });

  it('decodes a Windows-1252 export, a character never split between chunks', async () => {
    const text = bigExport(40).text.replace(/the/g, 'thé');
    const bytes = Buffer.from(text, 'latin1');
    const whole = await readStories(bytes, 'old.txt', {});
    if (!whole.ok) throw new Error(whole.skipped.reason);
    const streamed: Story[] = [];
    const read = await readExportStream(
      chunked(bytes, 777).source,
      'old.txt',
      bytes.length,
      (s) => {
        streamed.push(s);
      },
    );
    expect(read.ok).toBe(true);
    expect(streamed.map((story) => story.paragraphs)).toEqual(
      whole.stories.map((story) => story.paragraphs),
    );
    expect(streamed[0]!.warnings).toContain(
      'The file is not valid UTF-8; it was read as Windows-1252.',
    );
  });

  it('skips a big text that is no export, and a file whose read budget has run out', async () => {
    const plain = Buffer.from('Just a very long story.\n\n'.repeat(200_000));
    const none = await readExportStream(
      chunked(plain, 65_536).source,
      'plain.txt',
      plain.length,
      () => {
        throw new Error('no story expected');
      },
    );
    expect(none).toEqual({
      ok: false,
      skipped: { file: 'plain.txt', reason: expect.stringMatching(/over 1 MB are not read/) },
    });
    let now = 0;
    const budget = new ReadBudget(1000, () => now);
    const bytes = Buffer.from(bigExport(300).text);
    let stories = 0;
    const late = await readExportStream(
      chunked(bytes, 16 * 1024).source,
      'slow.txt',
      bytes.length,
      () => {
        stories += 1;
        now += 100; // each story takes a tenth of the budget
      },
      { budget, windowChars: 16 * 1024 },
    );
    expect(late).toEqual({
      ok: false,
      skipped: { file: 'slow.txt', reason: expect.stringMatching(/longer than 1 seconds/) },
    });
    expect(stories).toBeLessThan(300);
  });
});
