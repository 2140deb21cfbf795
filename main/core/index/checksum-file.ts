/**
 * The SHA-256 of a cache file, read in passing: one chunk at a time, so checking a segment
 * before it is opened costs no more memory than the chunk, whatever the segment's size. Like
 * every file we did not just write, it must be a regular file (opened non-blocking, so a FIFO
 * swapped in cannot hang the check) of the size the manifest recorded. Never throws.
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { READ_ONLY } from '../files/read-bounded-file';
import { NOT_A_REGULAR_FILE, unreadableReason } from '../files/file-problems';

const CHUNK_BYTES = 1024 * 1024;

export type FileChecksum = { ok: true; checksum: string } | { ok: false; reason: string };

export function checksumOfFileSync(path: string, expectedBytes: number): FileChecksum {
  let fd: number;
  try {
    fd = openSync(path, READ_ONLY);
  } catch (error) {
    return { ok: false, reason: unreadableReason(error) };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: NOT_A_REGULAR_FILE };
    if (stat.size !== expectedBytes) {
      return { ok: false, reason: `it is ${stat.size} bytes, not ${expectedBytes}` };
    }
    const hash = createHash('sha256');
    const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, Math.max(1, expectedBytes)));
    let position = 0;
    while (position < expectedBytes) {
      const read = readSync(fd, chunk, 0, chunk.length, position);
      if (read === 0) return { ok: false, reason: 'it ended early' };
      hash.update(chunk.subarray(0, read));
      position += read;
    }
    return { ok: true, checksum: hash.digest('hex') };
  } catch (error) {
    return { ok: false, reason: unreadableReason(error) };
  } finally {
    closeSync(fd);
  }
}
