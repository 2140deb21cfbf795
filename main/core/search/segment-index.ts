/**
 * The inverted index of one segment, in the compact form the engine keeps and caches:
 *
 * - postings: for each (field, term), the documents holding the term and how often
 *   (CSR arrays), and each document's field lengths — everything lunr's BM25 needs;
 * - a forward index ("term streams"): each document field's words as term ids, in order, with
 *   stop words and line breaks kept as ids of their own — what phrase checks need, at two
 *   bytes a word instead of lunr's per-posting position lists.
 *
 * No per-posting objects, no precomputed vectors. tests/core/search/segment-lunr-index.ts turns this data into a
 * real lunr.Index, and a test checks that its answers equal lunr.Builder's.
 *
 * Why not lunr.Builder: it allocates a Token, a metadata object and nested maps per word, and
 * serialises to JSON several times the text's size. This builder looks each distinct spelling
 * up once, counts into typed arrays, and sorts the vocabulary once.
 */
import type { IndexedText } from './index-fields';
import { INDEX_FIELDS } from './index-fields';
import { foldWord, indexTerm } from './index-term';
import { forEachWord } from './text-tokens';

/** One (field, term) row's postings: documents ascending, and the term's frequency in each. */
export interface PostingRow {
  docs: Uint16Array | Uint32Array;
  freqs: Uint16Array;
}

/**
 * What a search reads of a segment. The dictionary and per-document arrays are held; postings
 * and term streams are asked for by row, so a segment read from the cache on demand
 * (segment-file.ts) and one just built in memory answer alike.
 */
export interface SegmentIndexData {
  docCount: number;
  /** The segment's vocabulary in lunr's (UTF-16 code unit) sort order, unique. */
  terms: string[];
  /** Row `field * terms.length + term`: its postings are `[starts[row], starts[row + 1])`. */
  postingStarts: Uint32Array;
  /** Index terms in each field of each document, at `field * docCount + doc`. */
  fieldLengths: Uint32Array;
  /** Stop words met in the segment (folded); in term streams, stop word i is `terms.length + i`. */
  stopWords: string[];
  /** Term stream of document field `doc * FIELDS + field`: `[streamStarts[k], streamStarts[k+1])`. */
  streamStarts: Uint32Array;
  /** Term stream ids are 32-bit (a vocabulary past 65,533 words): the markers differ. */
  wideStreams: boolean;
  /** The postings of one row. */
  postings(row: number): PostingRow;
  /** The term ids of one document field, in order (see streamBreak / streamOther). */
  stream(at: number): Uint16Array | Uint32Array;
}

/** A segment index as built: every array in memory (what the segment file is written from). */
export interface BuiltSegmentIndex extends SegmentIndexData {
  /** Document numbers, ascending within a row. */
  postingDocs: Uint32Array | Uint16Array;
  /** Term frequency of each posting (saturated at 65,535). */
  postingFreqs: Uint16Array;
  /** Term ids of every word in order; see streamBreak / streamOther for the two markers. */
  streams: Uint16Array | Uint32Array;
}

const FIELD_COUNT = INDEX_FIELDS.length;

/** The line-break marker of a segment's term streams. */
export function breakIdOf(index: Pick<SegmentIndexData, 'wideStreams'>): number {
  return index.wideStreams ? 0xffffffff : 0xffff;
}

/** The marker of a word that is neither a term nor a stop word, in a segment's term streams. */
export function otherIdOf(index: Pick<SegmentIndexData, 'wideStreams'>): number {
  return index.wideStreams ? 0xfffffffe : 0xfffe;
}

/** The marker before a word that follows a line break (no phrase spans it). */
export function streamBreak(streams: Uint16Array | Uint32Array): number {
  return streams instanceof Uint16Array ? 0xffff : 0xffffffff;
}

/** The id of a word that is neither a term nor a stop word (nothing left after folding). */
export function streamOther(streams: Uint16Array | Uint32Array): number {
  return streams instanceof Uint16Array ? 0xfffe : 0xfffffffe;
}

/** A growable Uint32 column (postings are collected before their count is known). */
class Column {
  values = new Uint32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Uint32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
}

const BREAK_CODE = -1;
const OTHER_CODE = -2;

/**
 * The code of each word met: a term id (first-seen order), -(3 + stop word index) for a stop
 * word, or OTHER_CODE. Each distinct spelling is looked up once per build.
 */
class WordCodes {
  readonly termIds = new Map<string, number>();
  readonly stopIds = new Map<string, number>();
  private readonly codeOfWord = new Map<string, number>();
  /** Counts of the field being read, by term id; grows with the vocabulary. */
  counts = new Uint32Array(4096);

  codeOf(word: string): number {
    let code = this.codeOfWord.get(word);
    if (code !== undefined) return code;
    const term = indexTerm(word);
    code = term !== null ? this.termCode(term) : this.stopCode(foldWord(word));
    this.codeOfWord.set(word, code);
    return code;
  }

  private termCode(term: string): number {
    let code = this.termIds.get(term);
    if (code === undefined) {
      code = this.termIds.size;
      this.termIds.set(term, code);
      if (code >= this.counts.length) {
        const grown = new Uint32Array(this.counts.length * 2);
        grown.set(this.counts);
        this.counts = grown;
      }
    }
    return code;
  }

  private stopCode(folded: string): number {
    if (folded === '') return OTHER_CODE;
    let stop = this.stopIds.get(folded);
    if (stop === undefined) {
      stop = this.stopIds.size;
      this.stopIds.set(folded, stop);
    }
    return -3 - stop;
  }
}

/** What one pass over the documents collects: postings in document order, and word codes. */
interface Collected {
  postingTerm: Column;
  postingField: Column;
  postingDoc: Column;
  postingFreq: Column;
  fieldLengths: Uint32Array;
  streamCodes: Column;
  streamStarts: Uint32Array;
}

function collectDocuments(docs: readonly IndexedText[], codes: WordCodes): Collected {
  const docCount = docs.length;
  const postingTerm = new Column();
  const postingField = new Column();
  const postingDoc = new Column();
  const postingFreq = new Column();
  const fieldLengths = new Uint32Array(FIELD_COUNT * docCount);
  const streamCodes = new Column();
  const streamStarts = new Uint32Array(FIELD_COUNT * docCount + 1);
  // The term ids seen in the field being read (in order).
  const seen: number[] = [];

  for (let doc = 0; doc < docCount; doc += 1) {
    const text = docs[doc] as IndexedText;
    for (let field = 0; field < FIELD_COUNT; field += 1) {
      streamStarts[doc * FIELD_COUNT + field] = streamCodes.length;
      let length = 0;
      forEachWord(text[INDEX_FIELDS[field] as keyof IndexedText], (word, afterBreak) => {
        if (afterBreak) streamCodes.push(BREAK_CODE >>> 0);
        const code = codes.codeOf(word);
        streamCodes.push(code >>> 0);
        if (code < 0) return;
        length += 1;
        const counts = codes.counts;
        if (counts[code] === 0) seen.push(code);
        counts[code] = (counts[code] as number) + 1;
      });
      fieldLengths[field * docCount + doc] = length;
      const counts = codes.counts;
      for (const id of seen) {
        postingTerm.push(id);
        postingField.push(field);
        postingDoc.push(doc);
        postingFreq.push(counts[id] as number);
        counts[id] = 0;
      }
      seen.length = 0;
    }
  }
  streamStarts[FIELD_COUNT * docCount] = streamCodes.length;
  return {
    postingTerm,
    postingField,
    postingDoc,
    postingFreq,
    fieldLengths,
    streamCodes,
    streamStarts,
  };
}

/** The vocabulary in sort order, and each first-seen term id's rank in it. */
function sortVocabulary(termIds: Map<string, number>): { terms: string[]; rankOf: Uint32Array } {
  const terms = [...termIds.keys()].sort();
  const rankOf = new Uint32Array(terms.length);
  terms.forEach((term, rank) => {
    rankOf[termIds.get(term) as number] = rank;
  });
  return { terms, rankOf };
}

/** Counting sort by row; postings were collected in document order, so each row stays sorted. */
function sortPostings(
  collected: Collected,
  rankOf: Uint32Array,
): Pick<BuiltSegmentIndex, 'postingStarts' | 'postingDocs' | 'postingFreqs'> {
  const { postingTerm, postingField, postingDoc, postingFreq } = collected;
  const termCount = rankOf.length;
  const total = postingDoc.length;
  const postingStarts = new Uint32Array(FIELD_COUNT * termCount + 1);
  const rows = new Uint32Array(total);
  for (let i = 0; i < total; i += 1) {
    const row =
      (postingField.values[i] as number) * termCount +
      (rankOf[postingTerm.values[i] as number] as number);
    rows[i] = row;
    postingStarts[row + 1] = (postingStarts[row + 1] as number) + 1;
  }
  for (let row = 0; row < FIELD_COUNT * termCount; row += 1) {
    postingStarts[row + 1] = (postingStarts[row + 1] as number) + (postingStarts[row] as number);
  }
  const next = postingStarts.slice(0, FIELD_COUNT * termCount);
  const postingDocs = new Uint32Array(total);
  const postingFreqs = new Uint16Array(total);
  for (let i = 0; i < total; i += 1) {
    const at = (next[rows[i] as number] as number)++;
    postingDocs[at] = postingDoc.values[i] as number;
    postingFreqs[at] = Math.min(65_535, postingFreq.values[i] as number);
  }
  return { postingStarts, postingDocs, postingFreqs };
}

/** Term streams: first-seen ids → sorted ranks; stop words after the vocabulary. */
function encodeStreams(
  streamCodes: Column,
  rankOf: Uint32Array,
  stopCount: number,
): Uint16Array | Uint32Array {
  const termCount = rankOf.length;
  const wide = termCount + stopCount >= 0xfffe;
  const streams = wide ? new Uint32Array(streamCodes.length) : new Uint16Array(streamCodes.length);
  const breakId = streamBreak(streams);
  const otherId = streamOther(streams);
  for (let i = 0; i < streamCodes.length; i += 1) {
    const code = (streamCodes.values[i] as number) | 0;
    streams[i] =
      code >= 0
        ? (rankOf[code] as number)
        : code === BREAK_CODE
          ? breakId
          : code === OTHER_CODE
            ? otherId
            : termCount + (-3 - code);
  }
  return streams;
}

export function buildSegmentIndex(docs: readonly IndexedText[]): BuiltSegmentIndex {
  const codes = new WordCodes();
  const collected = collectDocuments(docs, codes);
  const { terms, rankOf } = sortVocabulary(codes.termIds);
  const stopWords = [...codes.stopIds.keys()];
  const streams = encodeStreams(collected.streamCodes, rankOf, stopWords.length);
  return inMemorySegmentIndex({
    docCount: docs.length,
    terms,
    ...sortPostings(collected, rankOf),
    fieldLengths: collected.fieldLengths,
    stopWords,
    streamStarts: collected.streamStarts,
    streams,
  });
}

/** A segment index over arrays held whole: rows are views on them. */
export function inMemorySegmentIndex(
  arrays: Omit<BuiltSegmentIndex, 'postings' | 'stream' | 'wideStreams'>,
): BuiltSegmentIndex {
  const { postingStarts, postingDocs, postingFreqs, streamStarts, streams } = arrays;
  return {
    ...arrays,
    wideStreams: streams instanceof Uint32Array,
    postings: (row) => {
      const start = postingStarts[row] as number;
      const end = Math.max(start, postingStarts[row + 1] as number);
      return { docs: postingDocs.subarray(start, end), freqs: postingFreqs.subarray(start, end) };
    },
    stream: (at) => streams.subarray(streamStarts[at] as number, streamStarts[at + 1] as number),
  };
}

/** The position of `term` in the sorted vocabulary, or -1. */
export function findTerm(terms: readonly string[], term: string): number {
  let low = 0;
  let high = terms.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const candidate = terms[middle] as string;
    if (candidate < term) low = middle + 1;
    else if (candidate > term) high = middle - 1;
    else return middle;
  }
  return -1;
}

/**
 * lunr's document frequency of each term: the number of (document, field) pairs holding it
 * (lunr.idf counts a term in the title and the body of one story twice; we keep its rule).
 */
export function documentFrequencies(data: SegmentIndexData): Uint32Array {
  const termCount = data.terms.length;
  const frequencies = new Uint32Array(termCount);
  for (let field = 0; field < FIELD_COUNT; field += 1) {
    for (let term = 0; term < termCount; term += 1) {
      const row = field * termCount + term;
      frequencies[term] =
        (frequencies[term] as number) +
        (data.postingStarts[row + 1] as number) -
        (data.postingStarts[row] as number);
    }
  }
  return frequencies;
}

/** Sum of each field's lengths over the segment's documents (for the global average). */
export function fieldLengthTotals(data: SegmentIndexData): number[] {
  const totals: number[] = [];
  for (let field = 0; field < FIELD_COUNT; field += 1) {
    let total = 0;
    for (let doc = 0; doc < data.docCount; doc += 1) {
      total += data.fieldLengths[field * data.docCount + doc] as number;
    }
    totals.push(total);
  }
  return totals;
}
