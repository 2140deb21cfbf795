/**
 * One evaluation run, end to end: open the engine on the archive (which parses it once for
 * everything else), build the baselines over the same parsed stories, sample the queries and
 * stories with the seed, and ask the engine and every baseline the same questions. Returns
 * every score as plain data; run-eval.ts prints and writes it.
 *
 * Order matters for a fair clock: each method's calls run back to back, after every index is
 * built, in one process.
 */
import { resolve } from 'node:path';
import type { EvalPart } from './eval-parts';
import { buildBm25Index } from './baselines/bm25-index';
import { buildMoreLikeThis, MORE_LIKE_THIS_DEFAULTS } from './baselines/bm25-more-like-this';
import { buildCosineTfIdf } from './baselines/cosine-tfidf';
import { buildMiniSearch } from './baselines/minisearch-baseline';
import { buildPlainLunr, LUNR_TITLE_BOOST } from './baselines/plain-lunr';
import { buildTermCorpus } from './baselines/term-corpus';
import { openEngineUnderTest } from './engine-adapter';
import type { EvalCorpus } from './eval-corpus';
import { buildEvalCorpus } from './eval-corpus';
import type { HeadToHead, KnownItemMethod, KnownItemScores } from './known-item';
import { headToHead, runKnownItem, subsetMrr } from './known-item';
import { readLabels } from './labels';
import type { LinkedScores } from './linked-metrics';
import { runLinked, withRelatedLabels } from './linked-metrics';
import type { MissCauses, MissExample } from './miss-examples';
import { explainMisses } from './miss-examples';
import type { QueryKind } from './query-sampler';
import {
  QUERY_KINDS,
  RARE_SHARE,
  rareMaxDf,
  sampleQueries,
  SENTENCE_WORDS,
  TITLE_RUN,
} from './query-sampler';
import type { LatencySummary } from './rank-metrics';
import { summariseLatency } from './rank-metrics';
import { SeededRandom } from './seeded-random';
import type { SimilarMethod, SimilarScores } from './similar-metrics';
import { runSimilar, withTopics } from './similar-metrics';
import type { FloorScores } from './similar-floors';
import { runSimilarFloors } from './similar-floors';
import { SIMILAR_LIMIT } from '../../main/core/related/related-index';
import type { StorylineScores } from './storyline-metrics';
import { otherThreadStories, runStorylines, threadMembers } from './storyline-metrics';

export interface EvalOptions {
  archive: string;
  labels: string;
  split: string | null;
  samples: number;
  seed: number;
  /** Build and ask the baselines too (default true). */
  baselines?: boolean;
  /** Only these parts (default: all of them). */
  only?: readonly EvalPart[] | null;
  /** Progress lines (stderr in the CLI). */
  log?: (line: string) => void;
}

export interface Skipped {
  skipped: string;
}

export interface KnownItemResult {
  /** Candidates a query of this kind could be made for. */
  eligible: number;
  queries: number;
  methods: Record<string, KnownItemScores>;
  /** Per baseline: queries it ranked better than the engine, and worse. */
  headToHead: Record<string, HeadToHead>;
  engineMisses: MissCauses;
  /**
   * Title queries only: many archives (20 Newsgroups above all: every post of a thread has its
   * subject as title) give one title to several stories, and no method can tell them apart by
   * title. MRR@10 on the queries whose story's title no other story has (duplicates aside).
   */
  uniqueTitles?: { queries: number; mrrAt10: Record<string, number> };
}

export interface EvalResults {
  archive: string;
  labelsFile: string;
  labelShape: string;
  split: string | null;
  samples: number;
  seed: number;
  stories: number;
  skippedFiles: number;
  labelledStories: number;
  queryCandidates: number;
  duplicateGroups: { groups: number; stories: number };
  labelsPresent: { topics: boolean; thread: boolean; split: boolean; related: boolean };
  knownItem: Record<QueryKind, KnownItemResult | Skipped>;
  /** Per method, over every known-item query of every kind. */
  queryLatencyMs: Record<string, LatencySummary>;
  similar:
    { eligible: number; methods: Record<string, SimilarScores>; floors: FloorScores[] } | Skipped;
  storyline: (StorylineScores & { eligible: number }) | Skipped;
  linked: (LinkedScores & { eligible: number }) | Skipped;
  missExamples: MissExample[];
  settings: Record<string, unknown>;
  timingsMs: Record<string, number>;
  notes: string[];
  /** Every known-item query with each method's rank of its target (0: not in the top 10). */
  queryLog: { kind: QueryKind; target: string; query: string; ranks: Record<string, number> }[];
}

/** Method names, as they appear in the JSON (report-table.ts has their long names). */
export const KNOWN_ITEM_METHODS = [
  'engine',
  'lunrAllWords',
  'lunrAnyWord',
  'bm25AnyWord',
  'miniSearchAllWords',
] as const;
export const SIMILAR_METHODS = [
  'engine',
  'engineAsShown',
  'lunrTopTerms',
  'cosineFullTfIdf',
  'bm25MoreLikeThis',
] as const;
/** Terms of the story in the lunr similar-stories query. */
export const LUNR_TOP_TERMS = 25;

export async function evaluateArchive(options: EvalOptions): Promise<EvalResults> {
  const log = options.log ?? (() => undefined);
  const runStarted = performance.now();
  const timings: Record<string, number> = {};
  const time = async <T>(name: string, work: () => Promise<T> | T): Promise<T> => {
    const started = performance.now();
    const value = await work();
    timings[name] = Math.round(performance.now() - started);
    return value;
  };

  const labelSet = await readLabels(options.labels);
  log('Opening the engine on the archive (parsing and indexing)…');
  const engine = await openEngineUnderTest(options.archive);
  try {
    timings.engineScan = Math.round(engine.timings.scanMs);
    timings.engineOpen = Math.round(engine.timings.openMs);
    timings.engineSimilarityBuild = Math.round(engine.timings.similarityBuildMs);
    const corpus = buildEvalCorpus(engine.stories, labelSet, engine.duplicateGroups, options.split);
    const notes = [...corpus.notes];
    const n = corpus.stories.length;
    log(`${n} stories; building the baselines…`);

    const withBaselines = options.baselines !== false;
    const termCorpus = await time('baselineTermCorpus', () => buildTermCorpus(corpus.stories));
    const cosine = await time('baselineCosineBuild', () => buildCosineTfIdf(termCorpus));
    const bm25 = await time('baselineBm25Build', () => buildBm25Index(termCorpus));
    const moreLikeThis = buildMoreLikeThis(termCorpus, bm25);
    const needsLunr =
      !options.only || options.only.includes('knownItem') || options.only.includes('similar');
    const lunr =
      withBaselines && needsLunr
        ? await time('baselineLunrBuild', () => buildPlainLunr(corpus.stories))
        : null;
    const miniSearch =
      withBaselines && (!options.only || options.only.includes('knownItem'))
        ? await time('baselineMiniSearchBuild', () => buildMiniSearch(corpus.stories))
        : null;

    const random = new SeededRandom(options.seed);
    const dfOf = (term: string): number => {
      const id = termCorpus.idOf.get(term);
      return id === undefined ? 0 : termCorpus.df[id]!;
    };
    const maxDf = rareMaxDf(n);
    // Stories per title (a duplicate group counts once), for the unique-title MRR, and every
    // story of each title: a title query finds the story when it finds any story of that title.
    const titleCount = new Map<string, number>();
    const byTitle = new Map<string, number[]>();
    corpus.stories.forEach((story, doc) => {
      const key = looseTitle(story.title);
      const bearers = byTitle.get(key);
      if (bearers) bearers.push(doc);
      else byTitle.set(key, [doc]);
      if (corpus.groupOf(doc)[0] !== doc) return;
      titleCount.set(key, (titleCount.get(key) ?? 0) + 1);
    });

    // ── known-item search ──
    const searchMethods: KnownItemMethod[] = [
      {
        name: 'engine',
        search: async (text, limit) => ({
          hits: toDocs(
            corpus,
            (await engine.search(text, limit)).hits.map((hit) => hit.id),
          ),
        }),
      },
      {
        name: 'lunrAllWords',
        search: (text, limit) => {
          const answer = lunr!.search(text, 'all', limit);
          return { hits: answer.hits, error: answer.parseError };
        },
      },
      {
        name: 'lunrAnyWord',
        search: (text, limit) => {
          const answer = lunr!.search(text, 'any', limit);
          return { hits: answer.hits, error: answer.parseError };
        },
      },
      { name: 'bm25AnyWord', search: (text, limit) => ({ hits: bm25.search(text, limit) }) },
      {
        name: 'miniSearchAllWords',
        search: (text, limit) => ({ hits: miniSearch!.searchAll(text, limit) }),
      },
    ];
    if (!withBaselines) searchMethods.splice(1);
    const knownItem = {} as Record<QueryKind, KnownItemResult | Skipped>;
    let wordTexts: string[] | undefined;
    const allTimes: Record<string, number[]> = {};
    const missExamples: MissExample[] = [];
    const queryLog: EvalResults['queryLog'] = [];
    const wanted = (part: EvalPart): boolean => !options.only || options.only.includes(part);
    if (!wanted('knownItem')) {
      for (const kind of QUERY_KINDS) knownItem[kind] = { skipped: 'not asked for (--only)' };
    }
    for (const kind of wanted('knownItem') ? QUERY_KINDS : []) {
      const sampled = sampleQueries(
        kind,
        corpus.candidates,
        (doc) => corpus.stories[doc]!,
        options.samples,
        random.fork(`known-item:${kind}`),
        dfOf,
        maxDf,
      );
      if (sampled.queries.length === 0) {
        knownItem[kind] = { skipped: `no query candidate has a ${kind} query` };
        continue;
      }
      if (kind === 'title') {
        for (const query of sampled.queries) {
          const bearers = byTitle.get(looseTitle(corpus.stories[query.target]!.title)) ?? [];
          query.alsoFound = bearers.filter((doc) => doc !== query.target);
        }
      }
      if (kind === 'sentence') {
        // A sentence quoted in a reply, a signature, a re-run story: every story holding it
        // word for word is one the pasted sentence names.
        wordTexts ??= corpus.stories.map((story) => wordsOnly(`${story.title}\n${story.body}`));
        const texts = wordTexts;
        for (const query of sampled.queries) {
          const words = wordsOnly(query.text);
          query.alsoFound = texts.flatMap((text, doc) =>
            doc !== query.target && text.includes(words) ? [doc] : [],
          );
        }
      }
      log(`Known-item search, ${kind}: ${sampled.queries.length} queries…`);
      const run = await time(`knownItem.${kind}`, () =>
        runKnownItem(corpus, sampled.queries, searchMethods),
      );
      for (const [name, times] of Object.entries(run.times)) {
        (allTimes[name] ??= []).push(...times);
      }
      const misses = await explainMisses(
        corpus,
        sampled.queries,
        run,
        'engine',
        async (q, limit) => {
          const answer = await engine.search(q, limit);
          return {
            total: answer.total,
            hits: toDocs(
              corpus,
              answer.hits.map((hit) => hit.id),
            ),
          };
        },
      );
      missExamples.push(...misses.examples);
      sampled.queries.forEach((query, i) =>
        queryLog.push({
          kind,
          target: corpus.stories[query.target]!.id,
          query: query.text,
          ranks: Object.fromEntries(
            Object.entries(run.ranks).map(([name, ranks]) => [name, ranks[i] ?? 0]),
          ),
        }),
      );
      const result: KnownItemResult = {
        eligible: sampled.eligible,
        queries: sampled.queries.length,
        methods: run.scores,
        headToHead: headToHead(run, 'engine'),
        engineMisses: misses.causes,
      };
      if (kind === 'title') {
        const unique = sampled.queries.flatMap((query, i) =>
          (titleCount.get(looseTitle(corpus.stories[query.target]!.title)) ?? 0) <= 1 ? [i] : [],
        );
        result.uniqueTitles = { queries: unique.length, mrrAt10: subsetMrr(run, unique) };
      }
      knownItem[kind] = result;
    }
    const queryLatencyMs = Object.fromEntries(
      Object.entries(allTimes).map(([name, times]) => [name, summariseLatency(times)]),
    );

    // ── similar stories ──
    let similar: EvalResults['similar'];
    const topicCandidates = withTopics(corpus, corpus.candidates);
    if (!wanted('similar')) similar = { skipped: 'not asked for (--only)' };
    else if (!labelSet.present.topics) similar = { skipped: 'the labels have no topics' };
    else if (topicCandidates.length === 0) similar = { skipped: 'no query candidate has a topic' };
    else {
      const sample = random.fork('similar').sample(topicCandidates, options.samples);
      log(`Similar stories: ${sample.length} stories…`);
      const similarMethods: SimilarMethod[] = [
        {
          name: 'engine',
          similar: (doc, limit, exclude) =>
            toDocs(
              corpus,
              engine.similar(corpus.stories[doc]!.id, limit, (id) => {
                const other = corpus.indexOf.get(id);
                return other !== undefined && exclude(other);
              }),
            ),
        },
        {
          name: 'engineAsShown',
          similar: async (doc) =>
            toDocs(corpus, (await engine.related(corpus.stories[doc]!.id)).similar),
        },
        {
          name: 'lunrTopTerms',
          similar: (doc, limit, exclude) =>
            lunr!.similar(
              cosine.topTerms(doc, LUNR_TOP_TERMS),
              limit,
              (other) => other === doc || exclude(other),
            ),
        },
        {
          name: 'cosineFullTfIdf',
          similar: (doc, limit, exclude) => cosine.similar(doc, limit, exclude),
        },
        {
          name: 'bm25MoreLikeThis',
          similar: (doc, limit, exclude) => moreLikeThis.similar(doc, limit, exclude),
        },
      ];
      if (!withBaselines) similarMethods.splice(2);
      const floors = await runSimilarFloors(
        corpus,
        sample,
        (doc) => {
          const own = new Set(corpus.groupOf(doc));
          return engine
            .scoredAsShown(corpus.stories[doc]!.id, SIMILAR_LIMIT + 6, (id) => {
              const other = corpus.indexOf.get(id);
              return other !== undefined && own.has(other);
            })
            .flatMap((hit) => {
              const other = corpus.indexOf.get(hit.id);
              return other === undefined ? [] : [{ doc: other, score: hit.score }];
            });
        },
        SIMILAR_LIMIT,
      );
      similar = {
        eligible: topicCandidates.length,
        methods: await time('similar', () => runSimilar(corpus, sample, similarMethods)),
        floors,
      };
    }

    // ── storylines ──
    let storyline: EvalResults['storyline'];
    if (!wanted('storyline')) storyline = { skipped: 'not asked for (--only)' };
    else if (!labelSet.present.thread) storyline = { skipped: 'the labels have no threads' };
    else {
      const threads = threadMembers(corpus);
      const eligible = corpus.candidates.filter(
        (doc) => otherThreadStories(corpus, threads, doc).length > 0,
      );
      if (eligible.length === 0) storyline = { skipped: 'no query candidate shares its thread' };
      else {
        const sample = random.fork('storyline').sample(eligible, options.samples);
        log(`Storylines: ${sample.length} stories…`);
        const scores = await time('storyline', () =>
          runStorylines(corpus, sample, async (doc) =>
            toDocs(corpus, (await engine.related(corpus.stories[doc]!.id)).storyline),
          ),
        );
        storyline = { eligible: eligible.length, ...scores };
      }
    }

    // ── linked headlines ──
    let linked: EvalResults['linked'];
    if (!wanted('linked')) linked = { skipped: 'not asked for (--only)' };
    else if (!labelSet.present.related) linked = { skipped: 'the labels have no related files' };
    else {
      const eligible = withRelatedLabels(corpus, corpus.candidates);
      if (eligible.length === 0) linked = { skipped: 'no query candidate has related files' };
      else {
        const sample = random.fork('linked').sample(eligible, options.samples);
        log(`Linked headlines: ${sample.length} stories…`);
        const scores = await time('linked', () =>
          runLinked(
            corpus,
            sample,
            async (doc) => (await engine.related(corpus.stories[doc]!.id)).linked,
          ),
        );
        linked = { eligible: eligible.length, ...scores };
      }
    }

    timings.total = Math.round(performance.now() - runStarted);
    return {
      archive: resolve(options.archive),
      labelsFile: resolve(options.labels),
      labelShape: labelSet.shape,
      split: options.split,
      samples: options.samples,
      seed: options.seed,
      stories: n,
      skippedFiles: engine.skipped.length,
      labelledStories: corpus.labelled,
      queryCandidates: corpus.candidates.length,
      duplicateGroups: duplicateSummary(corpus),
      labelsPresent: labelSet.present,
      knownItem,
      queryLatencyMs,
      similar,
      storyline,
      linked,
      missExamples,
      settings: {
        knownItemDepth: 10,
        titleRunWords: TITLE_RUN,
        sentenceWords: SENTENCE_WORDS,
        rareWords: { count: 5, minDf: 2, maxDf, maxShare: RARE_SHARE },
        lunr: { version: '2.3.9', titleBoost: LUNR_TITLE_BOOST, similarTopTerms: LUNR_TOP_TERMS },
        cosine: { tf: '1 + ln(count)', idf: 'ln(N / df)', vectors: 'every term' },
        bm25: { k1: 1.2, b: 0.75, fields: 'title + body as one' },
        moreLikeThis: MORE_LIKE_THIS_DEFAULTS,
        engineSimilar:
          'similarity index over the engine term vectors, date nudge off, no link exclusion',
      },
      timingsMs: timings,
      notes,
      queryLog,
    };
  } finally {
    await engine.close();
  }
}

/** Text as its words only: lower case, one space between runs of letters and digits. */
function wordsOnly(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/** A title compared loosely: lower case, letters and digits only. */
function looseTitle(title: string): string {
  return title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Ids → story indices (ids the evaluation does not know are dropped). */
function toDocs(corpus: EvalCorpus, ids: readonly string[]): number[] {
  const docs: number[] = [];
  for (const id of ids) {
    const doc = corpus.indexOf.get(id);
    if (doc !== undefined) docs.push(doc);
  }
  return docs;
}

function duplicateSummary(corpus: EvalCorpus): { groups: number; stories: number } {
  const seen = new Set<number>();
  let groups = 0;
  let stories = 0;
  corpus.stories.forEach((_, doc) => {
    const group = corpus.groupOf(doc);
    if (group.length < 2 || seen.has(group[0]!)) return;
    seen.add(group[0]!);
    groups += 1;
    stories += group.length;
  });
  return { groups, stories };
}
