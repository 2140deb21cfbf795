/**
 * Reading a news-database text export of any size (up to MAX_FILE_BYTES) in bounded memory:
 * the file is read in chunks, cut into windows of whole stories (export-window.ts), and each
 * story is handed on (`onStory`) as soon as its window is read, with its id; nothing of a
 * window is kept after. What is held at once is one window (EXPORT_WINDOW_CHARS), its blocks
 * and stories, and one chunk, whatever the file's size: a 200 MB export is never in memory
 * whole, as readStories would hold it (its bytes, its text, its stories).
 *
 * Two passes over the bytes (a file is opened twice; `source` gives its chunks from the start
 * each time): the first hashes them (the cache's content hash, as readStories gives it) and
 * checks they are UTF-8 (which decides the encoding, as decodeStoryBytes does); the second
 * decodes and reads. The file's read budget (read-budget.ts) covers both.
 *
 * Stories are the ones readStories gives for the same bytes, field for field, except that
 * `position.count` is not known until the end: the result says it (`count`), and a caller that
 * keeps the stories' records sets it.
 */
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import type { SkippedFile, Story } from '../model/story';
import { tooBigReason } from '../files/file-problems';
import { ENCODING_HEAD_BYTES, streamDecoder } from './decode-story-stream';
import { ExportIds, ExportStories } from './export-stories';
import { EXPORT_WINDOW_CHARS, ExportWindow } from './export-window';
import type { ExportPiece } from './export-window';
import { looksBinary } from './looks-binary';
import { ReadBudgetExceeded, readBudgetFor } from './read-budget';
import type { ReadBudget } from './read-budget';
import { oneStoryLimitOf, stemOf } from './story-files';
import { tooLongWarning } from './story-parts';
import type { StoryReadOptions } from './story-reader';
import { isHardWrapped, textBlocks } from './text-blocks';

/** A file's bytes from its start, in chunks; called once per pass. */
export type ByteSource = () => AsyncIterable<Uint8Array>;

export interface ExportStreamOptions extends StoryReadOptions {
  /** The window, in characters (default EXPORT_WINDOW_CHARS). */
  windowChars?: number;
}

export type ExportStreamRead =
  | { ok: true; count: number; stories: number; hash: string; skippedParts: string[] }
  | { ok: false; skipped: SkippedFile };

/** Characters of decoded text looked at for binary content before reading (looks-binary.ts). */
const BINARY_SAMPLE = 8192;

/**
 * Reads the text export in `source` (`size` bytes), handing each story to `onStory` in file
 * order; the file's count and hash at the end, or why it was skipped. Never throws for what
 * is in the file.
 */
export async function readExportStream(
  source: ByteSource,
  file: string,
  size: number,
  onStory: (story: Story) => void | Promise<void>,
  options: ExportStreamOptions = {},
): Promise<ExportStreamRead> {
  const budget = options.budget ?? readBudgetFor(size);
  try {
    const checked = await firstPass(source, budget);
    if (checked.bytes === 0) return skip(file, 'The file is empty.');
    return await secondPass(source, file, size, onStory, { ...options, budget }, checked);
  } catch (error) {
    if (error instanceof ReadBudgetExceeded) return skip(file, error.reason);
    if (error instanceof RangeError) {
      return skip(file, 'Its structure is nested too deeply to read, so it was skipped.');
    }
    return skip(file, 'The file could not be read: it is damaged or in a form not understood.');
  }
}

interface FirstPass {
  hash: string;
  head: Uint8Array;
  validUtf8: boolean;
  bytes: number;
}

/** The bytes' SHA-1, their first KiB, and whether they are all UTF-8. */
async function firstPass(source: ByteSource, budget: ReadBudget): Promise<FirstPass> {
  const hash = createHash('sha1');
  const utf8 = new Utf8Check();
  let head: Uint8Array = new Uint8Array(0);
  let bytes = 0;
  for await (const chunk of source()) {
    budget.check();
    hash.update(chunk);
    if (head.length < ENCODING_HEAD_BYTES) {
      head = concat(head, chunk.subarray(0, ENCODING_HEAD_BYTES - head.length));
    }
    bytes += chunk.length;
    utf8.add(chunk);
  }
  return { hash: hash.digest('hex'), head, validUtf8: utf8.end(), bytes };
}

/**
 * Whether bytes given in chunks are all UTF-8, with buffer.isUtf8 (SIMD, and no text made):
 * a character split between two chunks is checked whole.
 */
class Utf8Check {
  #valid = true;
  #carry: Uint8Array = new Uint8Array(0);

  add(chunk: Uint8Array): void {
    if (!this.#valid) return;
    let rest = chunk;
    if (this.#carry.length > 0) {
      const need = sequenceLength(this.#carry[0]!) - this.#carry.length;
      if (rest.length < need) {
        this.#carry = concat(this.#carry, rest);
        return;
      }
      this.#valid = isUtf8(concat(this.#carry, rest.subarray(0, need)));
      rest = rest.subarray(need);
      this.#carry = new Uint8Array(0);
    }
    const cut = incompleteTail(rest);
    this.#valid &&= isUtf8(rest.subarray(0, cut));
    this.#carry = rest.slice(cut);
  }

  end(): boolean {
    return this.#valid && this.#carry.length === 0;
  }
}

/** The bytes a UTF-8 sequence starting with `lead` has (1 for a byte that starts none). */
function sequenceLength(lead: number): number {
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  if (lead >= 0xe0) return lead <= 0xef ? 3 : 1;
  return lead >= 0xc2 ? 2 : 1;
}

/** Where a sequence cut short by the end of `bytes` starts, or its length. */
function incompleteTail(bytes: Uint8Array): number {
  for (let at = bytes.length - 1; at >= Math.max(0, bytes.length - 3); at -= 1) {
    const byte = bytes[at]!;
    if (byte >= 0x80 && byte < 0xc0) continue;
    return at + sequenceLength(byte) > bytes.length ? at : bytes.length;
  }
  return bytes.length;
}

/** Decodes, windows and reads the stories; hands each on. */
async function secondPass(
  source: ByteSource,
  file: string,
  size: number,
  onStory: (story: Story) => void | Promise<void>,
  options: ExportStreamOptions & { budget: ReadBudget },
  checked: FirstPass,
): Promise<ExportStreamRead> {
  const decoder = streamDecoder(checked.head, checked.validUtf8);
  const window = new ExportWindow(options.windowChars ?? EXPORT_WINDOW_CHARS);
  const reader = new ExportStories(file, options, 'text', decoder.warnings);
  const ids = new ExportIds(options.id ?? stemOf(file));
  let wrapped: boolean | undefined;
  let sample = '';
  let stories = 0;
  /** Reads one window; false when the file proved to be no export. */
  const readPiece = async (piece: ExportPiece): Promise<boolean> => {
    wrapped ??= isHardWrapped(piece.text);
    const found = reader.storiesOf(textBlocks(piece.text, options.budget, wrapped));
    if (found === null) return false;
    const last = found.at(-1);
    // A story longer than the window was cut by it: say so, as a story cut at 1 MB says.
    if (piece.cut && last && !last.warnings.includes(tooLongWarning('story'))) {
      last.warnings.push(tooLongWarning('story'));
    }
    for (const story of found) {
      stories += 1;
      await onStory({ ...story, id: ids.idOf(story) });
    }
    return true;
  };
  const notExport = (): ExportStreamRead => {
    const limit = oneStoryLimitOf('text');
    return skip(file, tooBigReason(size, limit.maxBytes, limit.what));
  };
  let read = 0;
  for await (const chunk of source()) {
    options.budget.check();
    read += chunk.length;
    const text = decoder.decode(chunk, read >= checked.bytes);
    if (sample.length < BINARY_SAMPLE) {
      sample += text.slice(0, BINARY_SAMPLE - sample.length);
      const binary = sample.length >= BINARY_SAMPLE ? looksBinary(sample) : null;
      if (binary) return skip(file, binary);
    }
    for (const piece of window.push(text)) if (!(await readPiece(piece))) return notExport();
  }
  const binary = sample.length < BINARY_SAMPLE ? looksBinary(sample) : null;
  if (binary) return skip(file, binary);
  if (!(await readPiece(window.end())) || reader.count === 0) return notExport();
  return {
    ok: true,
    count: reader.count,
    stories,
    hash: checked.hash,
    skippedParts: reader.skippedParts,
  };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function skip(file: string, reason: string): { ok: false; skipped: SkippedFile } {
  return { ok: false, skipped: { file, reason } };
}
