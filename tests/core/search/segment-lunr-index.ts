/**
 * A real lunr.Index over one segment's compact data (segment-index.ts), made for one query.
 *
 * lunr's query engine reads three things from an index: the token set (to expand a clause
 * into terms), the inverted index (which documents hold a term, per field) and the field
 * vectors (a document's BM25 weights). Here all three are views computed on demand:
 *
 * - tokenSet: clauses carry a key instead of a word (`\u0001<n>`), and the token set answers
 *   with the n-th clause's expansion, worked out once for the whole archive (vocabulary.ts).
 *   A term no document of this segment holds still gets a query-vector entry, exactly as in
 *   one index over everything.
 * - invertedIndex: a posting is materialised only for the query's terms.
 * - fieldVectors: a document's vector holds only the query's terms (the others add nothing to
 *   lunr's dot product), with weights from lunr's own BM25 formula and rounding, but computed
 *   from the archive-wide IDF and average field lengths the query carries.
 *
 * The outcome: lunr's scoring, presence rules and match data, with scores equal to those of a
 * single lunr index over every story, while a segment holds a few bytes per posting.
 *
 * Role: the test oracle (it lives with the tests, not in the engine). Tests check that lunr.Index.query on this view answers exactly as on
 * an index built by lunr.Builder, and that the engine's own scorer (score-segment.ts) answers
 * exactly as this view; searches in the app run the scorer, because lunr.Index.query spends
 * ~20 µs per matching story in allocations (FieldRef, MatchData, sets) — 300 ms for a common
 * word in 20,000 stories.
 */
import type { LunrIndex, LunrTokenSet, LunrVector } from '../../../main/core/search/lunr-internals';
import { lunr } from '../../../main/core/search/lunr-internals';
import { FIELD_BOOSTS, INDEX_FIELDS } from '../../../main/core/search/index-fields';
import type { SegmentIndexData } from '../../../main/core/search/segment-index';
import { findTerm } from '../../../main/core/search/segment-index';
import { searchPipeline } from './search-pipeline';
import type { SearchPlan } from '../../../main/core/search/search-plan';
import type { QueryStatistics } from '../../../main/core/search/bm25-weight';
import { fieldTermWeight } from '../../../main/core/search/bm25-weight';

const FIELD_COUNT = INDEX_FIELDS.length;
const BOOSTS = INDEX_FIELDS.map((field) => FIELD_BOOSTS[field]);
const EMPTY_METADATA: object = Object.freeze(Object.create(null) as object);
const EMPTY_POSTING: object = Object.freeze(Object.create(null) as object);
const CLAUSE_KEY_MARK = '\u0001';

/** The term a clause gives lunr so that the token set can answer with its expansion. */
export function clauseKey(index: number): string {
  return `${CLAUSE_KEY_MARK}${index}`;
}

export function segmentLunrIndex(data: SegmentIndexData, statistics: QueryStatistics): LunrIndex {
  const queryTerms = statistics.terms;
  const segmentTermCount = data.terms.length;
  const localIds = queryTerms.map((term) => findTerm(data.terms, term));
  const positionOf = new Map(queryTerms.map((term, index) => [term, index]));
  const postings = new Map<string, object>();

  const tokenSet = {
    intersect(query: LunrTokenSet): { toArray(): string[] } {
      const key = chainText(query);
      const expansion = key?.startsWith(CLAUSE_KEY_MARK)
        ? statistics.expansions[Number(key.slice(1))]
        : undefined;
      const found = (expansion ?? []).map((position) => queryTerms[position] as string);
      return { toArray: () => found };
    },
  };

  const invertedIndex = new Proxy(Object.create(null) as Record<string, unknown>, {
    get(_target, term) {
      if (typeof term !== 'string') return undefined;
      const cached = postings.get(term);
      if (cached) return cached;
      const position = positionOf.get(term);
      if (position === undefined) return undefined;
      const posting: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      posting._index = position;
      const local = localIds[position] as number;
      for (let field = 0; field < FIELD_COUNT; field += 1) {
        posting[INDEX_FIELDS[field] as string] =
          local < 0 ? EMPTY_POSTING : fieldPosting(data, field * segmentTermCount + local);
      }
      postings.set(term, posting);
      return posting;
    },
  });

  const fieldVectors = new Proxy(Object.create(null) as Record<string, LunrVector>, {
    get(_target, key) {
      if (typeof key !== 'string') return undefined;
      const slash = key.indexOf('/');
      const field = INDEX_FIELDS.indexOf(key.slice(0, slash) as (typeof INDEX_FIELDS)[number]);
      const doc = Number(key.slice(slash + 1));
      if (field < 0 || !Number.isInteger(doc) || doc < 0 || doc >= data.docCount) return undefined;
      const fieldLength = data.fieldLengths[field * data.docCount + doc] as number;
      const average = statistics.averageFieldLength[field] as number;
      const elements: number[] = [];
      for (let position = 0; position < queryTerms.length; position += 1) {
        const local = localIds[position] as number;
        if (local < 0) continue;
        const frequency = postingFrequency(data, field * segmentTermCount + local, doc);
        if (frequency === 0) continue;
        elements.push(
          position,
          fieldTermWeight(
            statistics.idf[position] as number,
            frequency,
            fieldLength,
            average,
            BOOSTS[field] as number,
          ),
        );
      }
      return new lunr.Vector(elements);
    },
  });

  return new lunr.Index({
    invertedIndex,
    fieldVectors,
    tokenSet,
    fields: [...INDEX_FIELDS],
    pipeline: searchPipeline(),
  });
}

/** The documents of one posting row as lunr's `{ [docRef]: metadata }` object. */
function fieldPosting(data: SegmentIndexData, row: number): object {
  const { docs } = data.postings(row);
  if (docs.length === 0) return EMPTY_POSTING;
  const posting: Record<number, object> = Object.create(null) as Record<number, object>;
  for (const doc of docs) posting[doc] = EMPTY_METADATA;
  return posting;
}

/** The frequency of a term in one document (binary search in its posting row), or 0. */
function postingFrequency(data: SegmentIndexData, row: number, doc: number): number {
  const { docs, freqs } = data.postings(row);
  let low = 0;
  let high = docs.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const candidate = docs[middle] as number;
    if (candidate < doc) low = middle + 1;
    else if (candidate > doc) high = middle - 1;
    else return freqs[middle] as number;
  }
  return 0;
}

/** The one word a linear token set spells (lunr.TokenSet.fromString), or null. */
function chainText(set: LunrTokenSet): string | null {
  let text = '';
  let node = set;
  for (;;) {
    const keys = Object.keys(node.edges);
    if (keys.length === 0) return node.final ? text : null;
    if (keys.length > 1 || keys[0] === '*') return null;
    text += keys[0];
    node = node.edges[keys[0] as string] as LunrTokenSet;
  }
}

/**
 * The plan's clauses run by lunr.Index.query itself on this view: the reference the fast
 * scorer (score-segment.ts) is tested and benchmarked against.
 */
export function queryWithLunr(
  data: SegmentIndexData,
  plan: SearchPlan,
): { ref: string; score: number }[] {
  const index = segmentLunrIndex(data, plan.statistics);
  return index.query((query) => {
    plan.clauses.forEach((clause, key) => {
      query.clause({
        term: clauseKey(key),
        fields: clause.fields ?? [...INDEX_FIELDS],
        boost: clause.boost,
        presence: clause.presence,
        usePipeline: false,
        wildcard: lunr.Query.wildcard.NONE,
      });
    });
  });
}
