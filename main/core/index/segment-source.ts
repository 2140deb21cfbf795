/**
 * Where a segment's bytes come from: a cache file read by position through a BlockCache (what
 * a worker searches), or bytes in memory (a segment whose cache file could not be written, and
 * the tests). Every range comes back as a Buffer whose first byte is 8-byte aligned in its
 * ArrayBuffer, so typed-array views on it need no copy.
 *
 * `direct` ranges are read into buffers of their own, not through the block cache: the ones a
 * segment keeps while it is open (its dictionary, offsets and field lengths), so dropping a
 * block never keeps a large buffer alive behind a small view, and whole sections read once
 * (records, related records), which would only push out the blocks searches read again.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { BLOCK_SIZE, type BlockCache } from './block-cache';

export interface SegmentSource {
  readonly size: number;
  /** Bytes `[start, start + length)`; throws SegmentSourceError past the end. */
  read(start: number, length: number, direct?: boolean): Buffer;
  close(): void;
}

export class SegmentSourceError extends Error {
  override name = 'SegmentSourceError';
}

/** An aligned buffer of its own (Buffer.allocUnsafe may share a pool at any offset). */
function ownBuffer(length: number): Buffer {
  return Buffer.from(new ArrayBuffer(length));
}

function checkRange(size: number, start: number, length: number): void {
  if (!(start >= 0 && length >= 0 && start + length <= size)) {
    throw new SegmentSourceError(`a read at ${start} (+${length}) is past the segment's end`);
  }
}

export function bufferSource(input: Uint8Array): SegmentSource {
  // Typed-array views need aligned offsets: copy unless the bytes start on an 8-byte boundary.
  const bytes =
    input.byteOffset % 8 === 0
      ? Buffer.from(input.buffer, input.byteOffset, input.byteLength)
      : Buffer.from(Uint8Array.prototype.slice.call(input));
  return {
    size: bytes.length,
    read(start, length) {
      checkRange(bytes.length, start, length);
      return bytes.subarray(start, start + length);
    },
    close: () => undefined,
  };
}

/** Reads at `position` until `target` is full; a short file is an error, not zeros. */
function readFully(fd: number, target: Buffer, position: number): void {
  let done = 0;
  while (done < target.length) {
    const read = readSync(fd, target, done, target.length - done, position + done);
    if (read === 0) throw new SegmentSourceError('the segment file is shorter than it was');
    done += read;
  }
}

/**
 * A cache file of `size` bytes (as the manifest says), open until `close`. Reads larger than a
 * quarter of the cache's budget go straight to the file, so one long row cannot flush it.
 */
export function fileSource(path: string, size: number, cache: BlockCache): SegmentSource {
  const fd = openSync(path, 'r');
  const file = cache.newFile();
  let open = true;
  const blockAt = (block: number): Buffer =>
    cache.block(file, block, () => {
      const start = block * BLOCK_SIZE;
      const bytes = ownBuffer(Math.min(BLOCK_SIZE, size - start));
      readFully(fd, bytes, start);
      return bytes;
    });
  return {
    size,
    read(start, length, direct = false) {
      checkRange(size, start, length);
      if (!open) throw new SegmentSourceError('the segment was closed');
      if (length === 0) return ownBuffer(0);
      const first = Math.floor(start / BLOCK_SIZE);
      const last = Math.floor((start + length - 1) / BLOCK_SIZE);
      if (!direct && first === last) {
        const offset = start - first * BLOCK_SIZE;
        return blockAt(first).subarray(offset, offset + length);
      }
      const bytes = ownBuffer(length);
      if (direct || length > cache.budgetBytes / 4) {
        readFully(fd, bytes, start);
        return bytes;
      }
      for (let block = first; block <= last; block += 1) {
        const from = Math.max(start, block * BLOCK_SIZE);
        const to = Math.min(start + length, (block + 1) * BLOCK_SIZE);
        blockAt(block).copy(
          bytes,
          from - start,
          from - block * BLOCK_SIZE,
          to - block * BLOCK_SIZE,
        );
      }
      return bytes;
    },
    close() {
      if (!open) return;
      open = false;
      cache.forget(file);
      closeSync(fd);
    },
  };
}
