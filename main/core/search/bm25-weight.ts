/**
 * lunr's BM25 weight of one term in one field of one story (lunr's builder.js,
 * createFieldVectors: k1 = 1.2, b = 0.75, the field's boost applied, rounded to 3 places) and
 * the archive-wide statistics a query brings to every segment so that each scores as one
 * index over the whole archive would.
 */

/** What a query brings to every segment: the same for all of them. */
export interface QueryStatistics {
  /** Every term any clause expands to, sorted and unique: a term's position is its lunr `_index`. */
  terms: string[];
  /** lunr IDF of each term over the whole archive. */
  idf: number[];
  /** Average length of each field over the whole archive (INDEX_FIELDS order). */
  averageFieldLength: number[];
  /** For clause key n, the positions in `terms` of its expansion. */
  expansions: number[][];
}

const K1 = 1.2;
const B = 0.75;

export function fieldTermWeight(
  idf: number,
  frequency: number,
  fieldLength: number,
  averageFieldLength: number,
  boost: number,
): number {
  let score =
    (idf * ((K1 + 1) * frequency)) /
    (K1 * (1 - B + B * (fieldLength / averageFieldLength)) + frequency);
  score *= boost;
  return Math.round(score * 1000) / 1000;
}
