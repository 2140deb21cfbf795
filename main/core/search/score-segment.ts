/**
 * lunr's scoring, run on a segment's compact arrays: the same query vectors (one per field,
 * a clause's boost added for each term it expands to, in each field it covers), the same
 * BM25 weights (fieldTermWeight), the same cosine normalisation by the query vector's
 * magnitude, the same presence rules (a REQUIRED clause must match in one of its fields, a
 * PROHIBITED one must not match at all, a story must match some clause). Scores equal
 * lunr.Index.query's on the same data (tests compare them to lunr.Builder indexes and to the
 * lunr view in tests/core/search/segment-lunr-index.ts).
 *
 * Why not call lunr.Index.query here: it allocates about a dozen objects per matching field
 * (FieldRef, MatchData, nested metadata, sets), ~20 µs per matching story, so a common word
 * in a 20,000-story archive costs hundreds of milliseconds. These loops allocate per query,
 * not per posting.
 */
import { INDEX_FIELDS } from './index-fields';
import { FIELD_BOOSTS } from './index-fields';
import { PRESENCE } from './lunr-internals';
import type { PlanItem, SearchPlan } from './search-plan';
import type { SegmentIndexData } from './segment-index';
import { findTerm } from './segment-index';
import { fieldTermWeight } from './bm25-weight';

const FIELD_COUNT = INDEX_FIELDS.length;
const BOOSTS = INDEX_FIELDS.map((field) => FIELD_BOOSTS[field]);

export interface ScoredDocs {
  /** Stories that satisfy the clauses' presence rules, ascending. */
  docs: number[];
  scores: number[];
}

/** The segment-local id of each query term, or -1 when the segment lacks it. */
export function localTermIds(index: SegmentIndexData, plan: SearchPlan): Int32Array {
  return Int32Array.from(plan.statistics.terms, (term) => findTerm(index.terms, term));
}

export function scoreSegment(
  index: SegmentIndexData,
  plan: SearchPlan,
  localIds: Int32Array = localTermIds(index, plan),
): ScoredDocs {
  const query = queryVectors(plan);
  const { totals, matched } = fieldScores(index, plan, localIds, query);
  const { requiredCounts, excluded } = presence(index, plan, localIds, query.required);
  const result: ScoredDocs = { docs: [], scores: [] };
  for (let doc = 0; doc < index.docCount; doc += 1) {
    if (matched[doc] === 0 || excluded[doc] === 1) continue;
    if (requiredCounts && requiredCounts[doc] !== query.required) continue;
    result.docs.push(doc);
    result.scores.push(totals[doc] as number);
  }
  return result;
}

function fieldIndex(field: string): number {
  return INDEX_FIELDS.indexOf(field as (typeof INDEX_FIELDS)[number]);
}

interface QueryVectors {
  /** One vector per field over the query's terms: vectors[f * Q + p]. */
  vectors: Float64Array;
  magnitudes: Float64Array;
  /** How many REQUIRED clauses the query has. */
  required: number;
}

/** The query vectors: a clause's boost for each term it expands to, in each field it covers. */
function queryVectors(plan: SearchPlan): QueryVectors {
  const { statistics } = plan;
  const queryTermCount = statistics.terms.length;
  const vectors = new Float64Array(FIELD_COUNT * queryTermCount);
  let required = 0;
  plan.clauses.forEach((clause, key) => {
    if (clause.presence === PRESENCE.PROHIBITED) return;
    if (clause.presence === PRESENCE.REQUIRED) required += 1;
    const fields = clause.fields ?? INDEX_FIELDS;
    for (const position of statistics.expansions[key] ?? []) {
      for (const field of fields) {
        const at = fieldIndex(field) * queryTermCount + position;
        vectors[at] = (vectors[at] as number) + clause.boost;
      }
    }
  });
  const magnitudes = new Float64Array(FIELD_COUNT);
  for (let f = 0; f < FIELD_COUNT; f += 1) {
    let sum = 0;
    for (let p = 0; p < queryTermCount; p += 1)
      sum += (vectors[f * queryTermCount + p] as number) ** 2;
    magnitudes[f] = Math.sqrt(sum);
  }
  return { vectors, magnitudes, required };
}

/**
 * Per field, the dot product of each matched story's field vector with the query vector over
 * its magnitude, summed over the fields; `matched` is non-zero for stories matching any term.
 */
function fieldScores(
  index: SegmentIndexData,
  plan: SearchPlan,
  localIds: Int32Array,
  { vectors, magnitudes }: QueryVectors,
): { totals: Float64Array; matched: Uint8Array } {
  const docCount = index.docCount;
  const termCount = index.terms.length;
  const { statistics } = plan;
  const queryTermCount = statistics.terms.length;
  const totals = new Float64Array(docCount);
  const matched = new Uint8Array(docCount);
  const fieldDots = new Float64Array(docCount);
  const touched: number[] = [];
  for (let f = 0; f < FIELD_COUNT; f += 1) {
    const average = statistics.averageFieldLength[f] as number;
    const boost = BOOSTS[f] as number;
    touched.length = 0;
    for (let p = 0; p < queryTermCount; p += 1) {
      const weight = vectors[f * queryTermCount + p] as number;
      const local = localIds[p] as number;
      if (weight === 0 || local < 0) continue;
      const idf = statistics.idf[p] as number;
      const { docs, freqs } = index.postings(f * termCount + local);
      for (let i = 0; i < docs.length; i += 1) {
        const doc = docs[i] as number;
        if (doc >= docCount) continue;
        if (matched[doc] !== f + 1) {
          touched.push(doc);
          matched[doc] = f + 1;
          fieldDots[doc] = 0;
        }
        const fieldLength = index.fieldLengths[f * docCount + doc] as number;
        fieldDots[doc] =
          (fieldDots[doc] as number) +
          weight * fieldTermWeight(idf, freqs[i] as number, fieldLength, average, boost);
      }
    }
    const magnitude = magnitudes[f] as number;
    for (const doc of touched) {
      totals[doc] = (totals[doc] as number) + ((fieldDots[doc] as number) / magnitude || 0);
    }
  }
  return { totals, matched };
}

/**
 * Presence: how many REQUIRED clauses each story matches in one of their fields (null when
 * there are none), and which stories match a PROHIBITED clause anywhere.
 */
function presence(
  index: SegmentIndexData,
  plan: SearchPlan,
  localIds: Int32Array,
  required: number,
): { requiredCounts: Uint16Array | null; excluded: Uint8Array } {
  const docCount = index.docCount;
  const termCount = index.terms.length;
  const requiredCounts = required > 0 ? new Uint16Array(docCount) : null;
  const excluded = new Uint8Array(docCount);
  const seen = new Int32Array(docCount).fill(-1);
  plan.clauses.forEach((clause, key) => {
    if (clause.presence === PRESENCE.OPTIONAL) return;
    const fields = clause.fields ?? INDEX_FIELDS;
    for (const position of plan.statistics.expansions[key] ?? []) {
      const local = localIds[position] as number;
      if (local < 0) continue;
      for (const field of fields) {
        const { docs } = index.postings(fieldIndex(field) * termCount + local);
        for (let i = 0; i < docs.length; i += 1) {
          const doc = docs[i] as number;
          if (doc >= docCount) continue;
          if (clause.presence === PRESENCE.PROHIBITED) excluded[doc] = 1;
          else if (seen[doc] !== key) {
            seen[doc] = key;
            (requiredCounts as Uint16Array)[doc] =
              ((requiredCounts as Uint16Array)[doc] as number) + 1;
          }
        }
      }
    }
  });
  return { requiredCounts, excluded };
}

/** Stories holding a prohibited term (for queries with nothing but prohibitions). */
export function prohibitedDocs(
  index: SegmentIndexData,
  plan: SearchPlan,
  localIds: Int32Array = localTermIds(index, plan),
): Uint8Array {
  const excluded = new Uint8Array(index.docCount);
  plan.clauses.forEach((clause, key) => {
    if (clause.presence !== PRESENCE.PROHIBITED) return;
    markDocs(index, clause.fields, plan.statistics.expansions[key] ?? [], localIds, excluded);
  });
  return excluded;
}

/** Stories where a one-word item (a term) stands in one of its fields. */
export function termItemDocs(
  index: SegmentIndexData,
  item: PlanItem,
  localIds: Int32Array,
): Uint8Array {
  const found = new Uint8Array(index.docCount);
  markDocs(index, item.fields, item.words[0]?.terms ?? [], localIds, found);
  return found;
}

function markDocs(
  index: SegmentIndexData,
  fields: readonly string[] | null,
  positions: readonly number[],
  localIds: Int32Array,
  marks: Uint8Array,
): void {
  const termCount = index.terms.length;
  for (const position of positions) {
    const local = localIds[position] as number;
    if (local < 0) continue;
    for (const field of fields ?? INDEX_FIELDS) {
      const { docs } = index.postings(fieldIndex(field) * termCount + local);
      for (let i = 0; i < docs.length; i += 1) {
        const doc = docs[i] as number;
        if (doc < marks.length) marks[doc] = 1;
      }
    }
  }
}
