/**
 * One search plan run on one segment (in the worker that holds it): the scorer finds and
 * scores the stories lunr's presence rules let through (score-segment.ts), then the checks
 * lunr cannot make are made on those: section and date filters, OR groups (from the
 * postings), and phrases (on the segment's term streams, phrase-streams.ts). `rankSegment`
 * then lets the best hits gain for holding the query's words in order (proximity.ts) and,
 * for a loosened query, ranks them by how many of its words they hold (relaxed-tiers.ts).
 */
import type { Snippet } from '../model/search';
import type { IndexedText } from './index-fields';
import { PRESENCE } from './lunr-internals';
import { applyProximity } from './proximity';
import { applyTiers, relaxedTiers } from './relaxed-tiers';
import type { StreamPhrase } from './phrase-streams';
import { compileStreamPhrase, phraseOccursInStreams } from './phrase-streams';
import type { MatcherItem } from './query-matcher';
import { highlightItems } from './query-matcher';
import type { PlanItem, SearchPlan } from './search-plan';
import { isOpenFilter, passesFilter } from './search-plan';
import type { SegmentIndexData } from './segment-index';
import { localTermIds, prohibitedDocs, scoreSegment, termItemDocs } from './score-segment';
import { storySnippet } from './snippet';
import { bestBodyParagraph, compileBodyItems } from './snippet-paragraph';

/** What searching needs of a segment: its index, each story's section and date, its text. */
export interface SearchableSegment {
  index: SegmentIndexData;
  /** Folded section of story `doc`. */
  section(doc: number): string;
  date(doc: number): string | null;
  text(doc: number): IndexedText;
}

export interface SegmentHits {
  docs: number[];
  scores: number[];
}

export function searchSegment(segment: SearchableSegment, plan: SearchPlan): SegmentHits {
  const localIds = localTermIds(segment.index, plan);
  const hasPositive = plan.clauses.some((clause) => clause.presence !== PRESENCE.PROHIBITED);
  const candidates = hasPositive
    ? scoreSegment(segment.index, plan, localIds)
    : everyStory(segment, plan, localIds);
  const checks = new PostChecks(segment.index, plan, localIds);
  const filtered = !isOpenFilter(plan.filter);
  const hits: SegmentHits = { docs: [], scores: [] };
  candidates.docs.forEach((doc, i) => {
    if (filtered && !passesFilter(plan.filter, segment.section(doc), segment.date(doc))) return;
    if (!checks.accept(doc)) return;
    hits.docs.push(doc);
    hits.scores.push(candidates.scores[i] as number);
  });
  return hits;
}

/**
 * The hits of one plan on one segment as the app ranks them: lunr's scores (searchSegment,
 * equal to one lunr index over the archive), then the proximity bonus (proximity.ts).
 */
export function rankSegment(segment: SearchableSegment, plan: SearchPlan): SegmentHits {
  const hits = searchSegment(segment, plan);
  const localIds = localTermIds(segment.index, plan);
  const tiers = relaxedTiers(segment.index, plan, localIds, hits.docs);
  applyProximity(segment.index, plan, localIds, hits.docs, hits.scores, tiers);
  applyTiers(hits.scores, tiers);
  return hits;
}

/** Only prohibitions and filters: every story not holding a prohibited word, unscored. */
function everyStory(
  segment: SearchableSegment,
  plan: SearchPlan,
  localIds: Int32Array,
): SegmentHits {
  const excluded = prohibitedDocs(segment.index, plan, localIds);
  const hits: SegmentHits = { docs: [], scores: [] };
  for (let doc = 0; doc < segment.index.docCount; doc += 1) {
    if (excluded[doc] === 1) continue;
    hits.docs.push(doc);
    hits.scores.push(0);
  }
  return hits;
}

/**
 * Snippets of some stories of the segment, for the plan's words (or their openings). The body
 * paragraph is chosen on the term streams, so only it is tokenized. `items`: the plan's
 * highlight items, when the caller made them already (they cost a set of every expanded term:
 * made once per request, not once per segment).
 */
export function segmentSnippets(
  segment: SearchableSegment,
  docs: readonly number[],
  plan: SearchPlan | null,
  items: readonly MatcherItem[] | null = null,
): Snippet[] {
  if (!plan) return docs.map((doc) => storySnippet(segment.text(doc), null));
  items ??= highlightItems(plan);
  const bodyItems = compileBodyItems(segment.index, plan, localTermIds(segment.index, plan));
  return docs.map((doc) =>
    storySnippet(segment.text(doc), items, bestBodyParagraph(segment.index, doc, bodyItems)),
  );
}

/** The OR-group and phrase checks, with per-item data made once per segment and query. */
class PostChecks {
  readonly #index: SegmentIndexData;
  readonly #localIds: Int32Array;
  readonly #groups: PlanItem[][];
  readonly #prohibitedPhrases: PlanItem[];
  readonly #termDocs = new Map<PlanItem, Uint8Array>();
  readonly #phrases = new Map<PlanItem, StreamPhrase>();

  constructor(index: SegmentIndexData, plan: SearchPlan, localIds: Int32Array) {
    this.#index = index;
    this.#localIds = localIds;
    this.#groups = plan.required.filter(
      (group) => group.length > 1 || group.some((item) => item.kind === 'phrase'),
    );
    this.#prohibitedPhrases = plan.prohibited.filter((item) => item.kind === 'phrase');
  }

  accept(doc: number): boolean {
    for (const group of this.#groups) {
      if (!group.some((item) => this.#matches(doc, item))) return false;
    }
    return !this.#prohibitedPhrases.some((item) => this.#phraseOccurs(doc, item));
  }

  #matches(doc: number, item: PlanItem): boolean {
    if (item.kind === 'phrase') return this.#phraseOccurs(doc, item);
    let docs = this.#termDocs.get(item);
    if (!docs) {
      docs = termItemDocs(this.#index, item, this.#localIds);
      this.#termDocs.set(item, docs);
    }
    return docs[doc] === 1;
  }

  #phraseOccurs(doc: number, item: PlanItem): boolean {
    let phrase = this.#phrases.get(item);
    if (phrase === undefined) {
      phrase = compileStreamPhrase(this.#index, item, this.#localIds);
      this.#phrases.set(item, phrase);
    }
    return phraseOccursInStreams(this.#index, doc, phrase);
  }
}
