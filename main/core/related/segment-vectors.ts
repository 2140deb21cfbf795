/**
 * A segment's related records as they cross from a worker to main: headlines as one JSON
 * string, and the term vectors as typed arrays over the segment's own list of distinct terms.
 *
 * Why not the records' JSON: a term vector is 256 terms, so a segment's JSON holds half a
 * million short strings that main parsed only to look each one up in its TermDictionary and
 * drop — at 100,000 stories, about a gigabyte of garbage for every related index built
 * (issue 18). Here main looks each distinct term up once per segment, and the vectors arrive
 * as transferred buffers.
 */
import type { TermVector } from './term-vector';
import type { PackedTermVector } from './packed-term-vector';
import { packIdVectors } from './packed-term-vector';
import type { TermDictionary } from './term-dictionary';

export interface SegmentVectors {
  segmentId: string;
  /** JSON of each story's related headlines (string[][], in document order). */
  headlinesJson: string;
  /** The distinct terms of the segment's vectors, one per line. */
  termsText: string;
  /** Story `doc`'s vector is at `[starts[doc], starts[doc + 1])` of `terms` and `counts`. */
  starts: Uint32Array;
  /** Line numbers in termsText. */
  terms: Uint32Array;
  counts: Uint16Array;
  /** Each story's length in terms (TermVector.length). */
  lengths: Uint32Array;
}

/** A segment's records in the form they travel (made in the worker). */
export function segmentVectors(
  segmentId: string,
  records: readonly { headlines: string[]; vector: TermVector }[],
): SegmentVectors {
  const lines = new Map<string, number>();
  let total = 0;
  for (const record of records) total += record.vector.terms.length;
  const starts = new Uint32Array(records.length + 1);
  const terms = new Uint32Array(total);
  const counts = new Uint16Array(total);
  const lengths = new Uint32Array(records.length);
  let at = 0;
  records.forEach((record, doc) => {
    starts[doc] = at;
    lengths[doc] = record.vector.length;
    record.vector.terms.forEach((term, k) => {
      let line = lines.get(term);
      if (line === undefined) {
        line = lines.size;
        lines.set(term, line);
      }
      terms[at] = line;
      counts[at] = Math.min(0xffff, Math.max(1, record.vector.counts[k] ?? 1));
      at += 1;
    });
  });
  starts[records.length] = at;
  return {
    segmentId,
    headlinesJson: JSON.stringify(records.map((record) => record.headlines)),
    termsText: [...lines.keys()].join('\n'),
    starts,
    terms,
    counts,
    lengths,
  };
}

/** Main's side: the segment's headlines and packed vectors (terms as the dictionary's ids). */
export function unpackSegmentVectors(
  vectors: SegmentVectors,
  dictionary: TermDictionary,
): { headlines: string[][]; vectors: PackedTermVector[] } {
  const lines = vectors.termsText === '' ? [] : vectors.termsText.split('\n');
  const idOfLine = new Int32Array(lines.length);
  lines.forEach((term, line) => (idOfLine[line] = dictionary.idOf(term)));
  const headlines = JSON.parse(vectors.headlinesJson) as string[][];
  return { headlines, vectors: packIdVectors(vectors, idOfLine) };
}
