/**
 * The entries of a zip file (a DOCX), read without trusting it: the central directory is
 * parsed here (a few dozen lines; no zip library needed for it), and each entry is inflated
 * by Node's zlib with a hard output limit (`maxOutputLength`), so neither a zip bomb nor an
 * entry that lies about its size can make a read hold more than MAX_UNCOMPRESSED_BYTES.
 *
 * Refused, with a reason: no central directory (not a zip, or cut short), ZIP64 and split
 * archives (no DOCX needs them), encrypted entries, methods other than stored and deflate,
 * more than MAX_ENTRIES entries, declared sizes adding up past the limit, and an entry whose
 * data inflates to more (or less) than its declared size.
 */
import { inflateRawSync } from 'node:zlib';

/** What all the entries of one file may inflate to, together. */
export const MAX_UNCOMPRESSED_BYTES = 256 * 1024 * 1024;
const MAX_ENTRIES = 20_000;

export const ZIP_BOMB =
  'The document would unpack to more than 256 MB (a "zip bomb", or a document far larger than any story); it was skipped.';
export const DAMAGED_ZIP = 'The document is damaged: its zip structure cannot be read.';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  encrypted: boolean;
}

export type ZipOpen =
  | { ok: true; entries: Map<string, ZipEntry>; read: (name: string) => Buffer }
  | { ok: false; reason: string };

/** Thrown by `read` for an entry that breaks the limits or is damaged. */
export class ZipEntryError extends Error {
  override name = 'ZipEntryError';
}

export function openZip(bytes: Uint8Array): ZipOpen {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endOfDirectory(data);
  if (end < 0) return { ok: false, reason: DAMAGED_ZIP };
  const count = data.readUInt16LE(end + 10);
  const size = data.readUInt32LE(end + 12);
  const offset = data.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff || data.readUInt16LE(end + 4) !== 0) {
    return { ok: false, reason: DAMAGED_ZIP };
  }
  if (count > MAX_ENTRIES) return { ok: false, reason: ZIP_BOMB };
  if (offset + size > data.length) return { ok: false, reason: DAMAGED_ZIP };
  const entries = new Map<string, ZipEntry>();
  let declared = 0;
  let at = offset;
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== 0x02014b50) {
      return { ok: false, reason: DAMAGED_ZIP };
    }
    const flags = data.readUInt16LE(at + 8);
    const entry: ZipEntry = {
      method: data.readUInt16LE(at + 10),
      compressedSize: data.readUInt32LE(at + 20),
      size: data.readUInt32LE(at + 24),
      name: data.toString('utf8', at + 46, at + 46 + data.readUInt16LE(at + 28)),
      localOffset: data.readUInt32LE(at + 42),
      encrypted: (flags & 1) === 1,
    };
    declared += entry.size;
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) {
      return { ok: false, reason: DAMAGED_ZIP };
    }
    entries.set(entry.name, entry);
    at += 46 + data.readUInt16LE(at + 28) + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
  }
  if (declared > MAX_UNCOMPRESSED_BYTES) return { ok: false, reason: ZIP_BOMB };
  let inflated = 0;
  const read = (name: string): Buffer => {
    const entry = entries.get(name);
    if (!entry) throw new ZipEntryError(`no entry ${name}`);
    if (entry.encrypted)
      throw new ZipEntryError('The document is encrypted, so it cannot be read.');
    const local = entry.localOffset;
    if (local + 30 > data.length || data.readUInt32LE(local) !== 0x04034b50) {
      throw new ZipEntryError(DAMAGED_ZIP);
    }
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
    if (start + entry.compressedSize > data.length) throw new ZipEntryError(DAMAGED_ZIP);
    const raw = data.subarray(start, start + entry.compressedSize);
    if (inflated + entry.size > MAX_UNCOMPRESSED_BYTES) throw new ZipEntryError(ZIP_BOMB);
    let out: Buffer;
    if (entry.method === 0) out = raw;
    else if (entry.method === 8) {
      try {
        // One byte past the declared size: an entry that inflates to more is caught.
        out = inflateRawSync(raw, { maxOutputLength: entry.size + 1 });
      } catch (error) {
        throw new ZipEntryError(
          (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? ZIP_BOMB : DAMAGED_ZIP,
        );
      }
    } else throw new ZipEntryError(DAMAGED_ZIP);
    if (out.length !== entry.size) throw new ZipEntryError(DAMAGED_ZIP);
    inflated += out.length;
    return out;
  };
  return { ok: true, entries, read };
}

/** Where the end-of-central-directory record starts, or -1. */
function endOfDirectory(data: Buffer): number {
  const earliest = Math.max(0, data.length - 22 - 0xffff);
  for (let at = data.length - 22; at >= earliest; at -= 1) {
    if (data.readUInt32LE(at) === 0x06054b50) return at;
  }
  return -1;
}
