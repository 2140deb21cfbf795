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

/**
 * The stream ids one phrase word matches: a short list, or — for a wildcard that matched
 * thousands of terms, where a list would be scanned at every position of every stream — a mask
 * with one byte per id of the segment (terms, then stop words).
 */
export type WordIds = { list: Int32Array; mask: null } | { list: null; mask: Uint8Array };

/** Per phrase word, the stream ids it matches; null when the phrase cannot occur here. */
export type StreamPhrase = { fields: number[]; words: WordIds[] } | null;

/** Past this many ids, a word's ids are a mask rather than a list. */
const LIST_LIMIT = 16;

function wordIds(ids: readonly number[], idSpace: number): WordIds {
  if (ids.length <= LIST_LIMIT) return { list: Int32Array.from(ids), mask: null };
  const mask = new Uint8Array(idSpace);
  for (const id of ids) mask[id] = 1;
  return { list: null, mask };
}

export function compileStreamPhrase(
  index: SegmentIndexData,
  item: PlanItem,
  localIds: Int32Array,
): StreamPhrase {
  const words: WordIds[] = [];
  const idSpace = index.terms.length + index.stopWords.length;
  for (const word of item.words) {
    if (word.stop) {
      const stop = index.stopWords.indexOf(word.folded);
      if (stop < 0) return null;
      words.push(wordIds([index.terms.length + stop], idSpace));
      continue;
    }
    const ids = word.terms.map((position) => localIds[position] as number).filter((id) => id >= 0);
    if (ids.length === 0) return null;
    words.push(wordIds(ids, idSpace));
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
  const { words } = phrase;
  const first = words[0] as WordIds;
  const only = first.list?.length === 1 ? (first.list[0] as number) : -1;
  for (const field of phrase.fields) {
    const streams = index.stream(doc * INDEX_FIELDS.length + field);
    const end = streams.length;
    for (let p = 0; p < end; p += 1) {
      const id = streams[p] as number;
      if (only >= 0 ? id !== only : !matches(first, id)) continue;
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
  words: readonly WordIds[],
): boolean {
  if (p + words.length > end) return false;
  for (let k = 0; k < words.length; k += 1) {
    if (!matches(words[k] as WordIds, streams[p + k] as number)) return false;
  }
  return true;
}

function matches(word: WordIds, id: number): boolean {
  if (word.mask) return id < word.mask.length && word.mask[id] === 1;
  return word.list.length === 1 ? word.list[0] === id : word.list.includes(id);
}
