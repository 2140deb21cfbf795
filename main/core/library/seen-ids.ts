/**
 * The story ids a saved search found when last opened, stored compactly (one id per line,
 * deflated): a search finding 50,000 stories keeps a few hundred KB, and "new since last
 * opened" is then exact — stories that match now and did not then — however the archive changed.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';

export function encodeSeenIds(ids: readonly string[]): Uint8Array {
  return new Uint8Array(deflateRawSync(Buffer.from(ids.join('\n'), 'utf8')));
}

/** The ids, or an empty set for bytes that do not inflate (a damaged row counts all as new). */
export function decodeSeenIds(bytes: Uint8Array): Set<string> {
  try {
    const text = inflateRawSync(bytes).toString('utf8');
    return new Set(text === '' ? [] : text.split('\n'));
  } catch {
    return new Set();
  }
}
