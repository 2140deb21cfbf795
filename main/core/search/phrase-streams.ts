/**
 * Phrase checks on a segment's term streams (its forward index): a phrase occurs in a story
 * when, in one field, consecutive ids of the stream match the phrase's words one by one. A word
 * matches the ids of the terms it expanded to (so stems and wildcards match as in the index);
 * a stop word matches its own id; a line break is an id no word matches.
 *
 * The same answers as the text-based check in query-matcher.ts (which highlights use), at a
 * few microseconds per story instead of re-reading and re-tokenizing its text.
 */
import type { IndexField } from './index-fields';
import { INDEX_FIELDS } from './index-fields';
import type { PlanItem } from './search-plan';
import type { SegmentIndexData } from './segment-index';

/** Per phrase word, the stream ids it matches; null when the phrase cannot occur here. */
export type StreamPhrase = { fields: number[]; words: Int32Array[] } | null;

export function compileStreamPhrase(
  index: SegmentIndexData,
  item: PlanItem,
  localIds: Int32Array,
): StreamPhrase {
  const words: Int32Array[] = [];
  for (const word of item.words) {
    if (word.stop) {
      const stop = index.stopWords.indexOf(word.folded);
      if (stop < 0) return null;
      words.push(Int32Array.of(index.terms.length + stop));
      continue;
    }
    const ids = word.terms.map((position) => localIds[position] as number).filter((id) => id >= 0);
    if (ids.length === 0) return null;
    words.push(Int32Array.from(ids));
  }
  const fields = (item.fields ?? INDEX_FIELDS).map((field: IndexField) =>
    INDEX_FIELDS.indexOf(field),
  );
  return { fields, words };
}

export function phraseOccursInStreams(
  index: SegmentIndexData,
  doc: number,
  phrase: StreamPhrase,
): boolean {
  if (!phrase) return false;
  const { streams, streamStarts } = index;
  const { words } = phrase;
  const first = words[0] as Int32Array;
  const only = first.length === 1 ? (first[0] as number) : -1;
  for (const field of phrase.fields) {
    const at = doc * INDEX_FIELDS.length + field;
    const end = streamStarts[at + 1] as number;
    for (let p = streamStarts[at] as number; p < end; p += 1) {
      const id = streams[p] as number;
      if (only >= 0 ? id !== only : !first.includes(id)) continue;
      if (wordsAt(streams, p, end, words)) return true;
    }
  }
  return false;
}

/** True when `words` match the stream from position `p` on (before `end`). */
export function wordsAt(
  streams: Uint16Array | Uint32Array,
  p: number,
  end: number,
  words: readonly Int32Array[],
): boolean {
  if (p + words.length > end) return false;
  for (let k = 0; k < words.length; k += 1) {
    if (!matches(words[k] as Int32Array, streams[p + k] as number)) return false;
  }
  return true;
}

function matches(ids: Int32Array, id: number): boolean {
  return ids.length === 1 ? ids[0] === id : ids.includes(id);
}
