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
import type { Bm25Index } from './baselines/bm25-index';
import { buildBm25Index } from './baselines/bm25-index';
import type { MoreLikeThis } from './baselines/bm25-more-like-this';
import { buildMoreLikeThis, MORE_LIKE_THIS_DEFAULTS } from './baselines/bm25-more-like-this';
import type { CosineTfIdf } from './baselines/cosine-tfidf';
import { buildCosineTfIdf } from './baselines/cosine-tfidf';
import type { MiniSearchBaseline } from './baselines/minisearch-baseline';
import { buildMiniSearch } from './baselines/minisearch-baseline';
import type { PlainLunr } from './baselines/plain-lunr';
import { buildPlainLunr, LUNR_TITLE_BOOST } from './baselines/plain-lunr';
import type { TermCorpus } from './baselines/term-corpus';
import { buildTermCorpus } from './baselines/term-corpus';
import type { EngineUnderTest } from './engine-adapter';
import { openEngineUnderTest } from './engine-adapter';
import type { EvalCorpus } from './eval-corpus';
import { buildEvalCorpus } from './eval-corpus';
import type { HeadToHead, KnownItemMethod, KnownItemScores } from './known-item';
import { headToHead, runKnownItem, subsetMrr } from './known-item';
import type { LabelSet } from './labels';
import { readLabels } from './labels';
import type { LinkedScores } from './linked-metrics';
import { runLinked, withRelatedLabels } from './linked-metrics';
import type { MissCauses, MissExample } from './miss-examples';
import { explainMisses } from './miss-examples';
import type { QueryKind, SampledQueries } from './query-sampler';
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
    const run = await setUpRun(options, log, timings, engine, corpus, labelSet);
    const known = await runKnownItemPart(run);
    const similar = await runSimilarPart(run);
    const storyline = await runStorylinePart(run);
    const linked = await runLinkedPart(run);
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
      knownItem: known.knownItem,
      queryLatencyMs: known.queryLatencyMs,
      similar,
      storyline,
      linked,
      missExamples: known.missExamples,
      settings: evalSettings(run.maxDf),
      timingsMs: timings,
      notes,
      queryLog: known.queryLog,
    };
  } finally {
    await engine.close();
  }
}

/** The baselines, built over the same parsed stories as the engine. */
interface Baselines {
  /** False with --engine-only: the engine is asked alone. */
  enabled: boolean;
  termCorpus: TermCorpus;
  cosine: CosineTfIdf;
  bm25: Bm25Index;
  moreLikeThis: MoreLikeThis;
  /** Built only when a part that asks it runs. */
  lunr: PlainLunr | null;
  miniSearch: MiniSearchBaseline | null;
}

/** What every part of a run shares: the engine, the stories, the baselines, the clock. */
interface EvalRun {
  options: EvalOptions;
  log: (line: string) => void;
  /** Runs `work`, noting its time under `name` in the timings. */
  time: <T>(name: string, work: () => Promise<T> | T) => Promise<T>;
  engine: EngineUnderTest;
  corpus: EvalCorpus;
  labelSet: LabelSet;
  baselines: Baselines;
  random: SeededRandom;
  /** The most stories a "rare" word may be in. */
  maxDf: number;
  wanted: (part: EvalPart) => boolean;
}

async function setUpRun(
  options: EvalOptions,
  log: (line: string) => void,
  timings: Record<string, number>,
  engine: EngineUnderTest,
  corpus: EvalCorpus,
  labelSet: LabelSet,
): Promise<EvalRun> {
  const time = async <T>(name: string, work: () => Promise<T> | T): Promise<T> => {
    const started = performance.now();
    const value = await work();
    timings[name] = Math.round(performance.now() - started);
    return value;
  };
  const wanted = (part: EvalPart): boolean => !options.only || options.only.includes(part);
  const baselines = await buildBaselines(corpus, time, options.baselines !== false, wanted);
  return {
    options,
    log,
    time,
    engine,
    corpus,
    labelSet,
    baselines,
    random: new SeededRandom(options.seed),
    maxDf: rareMaxDf(corpus.stories.length),
    wanted,
  };
}

async function buildBaselines(
  corpus: EvalCorpus,
  time: EvalRun['time'],
  enabled: boolean,
  wanted: (part: EvalPart) => boolean,
): Promise<Baselines> {
  const termCorpus = await time('baselineTermCorpus', () => buildTermCorpus(corpus.stories));
  const cosine = await time('baselineCosineBuild', () => buildCosineTfIdf(termCorpus));
  const bm25 = await time('baselineBm25Build', () => buildBm25Index(termCorpus));
  const moreLikeThis = buildMoreLikeThis(termCorpus, bm25);
  const lunr =
    enabled && (wanted('knownItem') || wanted('similar'))
      ? await time('baselineLunrBuild', () => buildPlainLunr(corpus.stories))
      : null;
  const miniSearch =
    enabled && wanted('knownItem')
      ? await time('baselineMiniSearchBuild', () => buildMiniSearch(corpus.stories))
      : null;
  return { enabled, termCorpus, cosine, bm25, moreLikeThis, lunr, miniSearch };
}

type KnownItemPart = Pick<
  EvalResults,
  'knownItem' | 'queryLatencyMs' | 'missExamples' | 'queryLog'
>;

/** Known-item search: every query kind, the engine and the baselines asked the same queries. */
async function runKnownItemPart(run: EvalRun): Promise<KnownItemPart> {
  const part: KnownItemPart = {
    knownItem: {} as KnownItemPart['knownItem'],
    queryLatencyMs: {},
    missExamples: [],
    queryLog: [],
  };
  const allTimes: Record<string, number[]> = {};
  if (!run.wanted('knownItem')) {
    for (const kind of QUERY_KINDS) part.knownItem[kind] = { skipped: 'not asked for (--only)' };
  } else {
    const methods = knownItemMethods(run);
    const titles = new TitleBearers(run.corpus);
    const { termCorpus } = run.baselines;
    const dfOf = (term: string): number => {
      const id = termCorpus.idOf.get(term);
      return id === undefined ? 0 : termCorpus.df[id]!;
    };
    const sentences = new SentenceHolders(run.corpus);
    for (const kind of QUERY_KINDS) {
      const { corpus, options } = run;
      const sampled = sampleQueries(
        kind,
        corpus.candidates,
        (doc) => corpus.stories[doc]!,
        options.samples,
        run.random.fork(`known-item:${kind}`),
        dfOf,
        run.maxDf,
      );
      if (sampled.queries.length === 0) {
        part.knownItem[kind] = { skipped: `no query candidate has a ${kind} query` };
        continue;
      }
      if (kind === 'title') titles.addAlsoFound(sampled.queries);
      if (kind === 'sentence') sentences.addAlsoFound(sampled.queries);
      part.knownItem[kind] = await runKnownItemKind(
        run,
        kind,
        sampled,
        methods,
        titles,
        part,
        allTimes,
      );
    }
  }
  part.queryLatencyMs = Object.fromEntries(
    Object.entries(allTimes).map(([name, times]) => [name, summariseLatency(times)]),
  );
  return part;
}

/** One query kind's run: scores, head-to-head, the engine's misses explained, the query log. */
async function runKnownItemKind(
  { corpus, engine, log, time }: EvalRun,
  kind: QueryKind,
  sampled: SampledQueries,
  methods: KnownItemMethod[],
  titles: TitleBearers,
  part: KnownItemPart,
  allTimes: Record<string, number[]>,
): Promise<KnownItemResult> {
  log(`Known-item search, ${kind}: ${sampled.queries.length} queries…`);
  const run = await time(`knownItem.${kind}`, () => runKnownItem(corpus, sampled.queries, methods));
  for (const [name, times] of Object.entries(run.times)) {
    (allTimes[name] ??= []).push(...times);
  }
  const misses = await explainMisses(corpus, sampled.queries, run, 'engine', async (q, limit) => {
    const answer = await engine.search(q, limit);
    return {
      total: answer.total,
      hits: toDocs(
        corpus,
        answer.hits.map((hit) => hit.id),
      ),
    };
  });
  part.missExamples.push(...misses.examples);
  sampled.queries.forEach((query, i) =>
    part.queryLog.push({
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
      titles.isUnique(query.target) ? [i] : [],
    );
    result.uniqueTitles = { queries: unique.length, mrrAt10: subsetMrr(run, unique) };
  }
  return result;
}

function knownItemMethods({ corpus, engine, baselines }: EvalRun): KnownItemMethod[] {
  const { lunr, bm25, miniSearch } = baselines;
  const methods: KnownItemMethod[] = [
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
  if (!baselines.enabled) methods.splice(1);
  return methods;
}

/**
 * Stories per title (a duplicate group counts once), for the unique-title MRR, and every story
 * of each title: a title query finds the story when it finds any story of that title.
 */
class TitleBearers {
  private readonly titleCount = new Map<string, number>();
  private readonly byTitle = new Map<string, number[]>();

  constructor(private readonly corpus: EvalCorpus) {
    corpus.stories.forEach((story, doc) => {
      const key = looseTitle(story.title);
      const bearers = this.byTitle.get(key);
      if (bearers) bearers.push(doc);
      else this.byTitle.set(key, [doc]);
      if (corpus.groupOf(doc)[0] !== doc) return;
      this.titleCount.set(key, (this.titleCount.get(key) ?? 0) + 1);
    });
  }

  addAlsoFound(queries: SampledQueries['queries']): void {
    for (const query of queries) {
      const bearers = this.byTitle.get(looseTitle(this.corpus.stories[query.target]!.title)) ?? [];
      query.alsoFound = bearers.filter((doc) => doc !== query.target);
    }
  }

  /** No other story (duplicates aside) has this story's title. */
  isUnique(doc: number): boolean {
    return (this.titleCount.get(looseTitle(this.corpus.stories[doc]!.title)) ?? 0) <= 1;
  }
}

/**
 * A sentence quoted in a reply, a signature, a re-run story: every story holding it word for
 * word is one the pasted sentence names. (Each story's words are made once, when first asked.)
 */
class SentenceHolders {
  private wordTexts: string[] | undefined;

  constructor(private readonly corpus: EvalCorpus) {}

  addAlsoFound(queries: SampledQueries['queries']): void {
    this.wordTexts ??= this.corpus.stories.map((story) =>
      wordsOnly(`${story.title}\n${story.body}`),
    );
    const texts = this.wordTexts;
    for (const query of queries) {
      const words = wordsOnly(query.text);
      query.alsoFound = texts.flatMap((text, doc) =>
        doc !== query.target && text.includes(words) ? [doc] : [],
      );
    }
  }
}

/** Similar stories: stories sharing a topic, asked of the engine and the baselines. */
async function runSimilarPart(run: EvalRun): Promise<EvalResults['similar']> {
  const { corpus, options } = run;
  const topicCandidates = withTopics(corpus, corpus.candidates);
  if (!run.wanted('similar')) return { skipped: 'not asked for (--only)' };
  if (!run.labelSet.present.topics) return { skipped: 'the labels have no topics' };
  if (topicCandidates.length === 0) return { skipped: 'no query candidate has a topic' };
  const sample = run.random.fork('similar').sample(topicCandidates, options.samples);
  run.log(`Similar stories: ${sample.length} stories…`);
  const methods = similarMethods(run);
  return {
    eligible: topicCandidates.length,
    methods: await run.time('similar', () => runSimilar(corpus, sample, methods)),
    floors: await similarFloors(run, sample),
  };
}

/** What each similarity floor keeps of the app's similar list (similar-floors.ts). */
function similarFloors({ corpus, engine }: EvalRun, sample: number[]): Promise<FloorScores[]> {
  return runSimilarFloors(
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
}

function similarMethods({ corpus, engine, baselines }: EvalRun): SimilarMethod[] {
  const { lunr, cosine, moreLikeThis } = baselines;
  const methods: SimilarMethod[] = [
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
  if (!baselines.enabled) methods.splice(2);
  return methods;
}

/** Storylines: the engine's storyline against the stories of the same labelled thread. */
async function runStorylinePart(run: EvalRun): Promise<EvalResults['storyline']> {
  const { corpus, engine } = run;
  if (!run.wanted('storyline')) return { skipped: 'not asked for (--only)' };
  if (!run.labelSet.present.thread) return { skipped: 'the labels have no threads' };
  const threads = threadMembers(corpus);
  const eligible = corpus.candidates.filter(
    (doc) => otherThreadStories(corpus, threads, doc).length > 0,
  );
  if (eligible.length === 0) return { skipped: 'no query candidate shares its thread' };
  const sample = run.random.fork('storyline').sample(eligible, run.options.samples);
  run.log(`Storylines: ${sample.length} stories…`);
  const scores = await run.time('storyline', () =>
    runStorylines(corpus, sample, async (doc) =>
      toDocs(corpus, (await engine.related(corpus.stories[doc]!.id)).storyline),
    ),
  );
  return { eligible: eligible.length, ...scores };
}

/** Linked headlines: the engine's resolution of related headlines against the labelled files. */
async function runLinkedPart(run: EvalRun): Promise<EvalResults['linked']> {
  const { corpus, engine } = run;
  if (!run.wanted('linked')) return { skipped: 'not asked for (--only)' };
  if (!run.labelSet.present.related) return { skipped: 'the labels have no related files' };
  const eligible = withRelatedLabels(corpus, corpus.candidates);
  if (eligible.length === 0) return { skipped: 'no query candidate has related files' };
  const sample = run.random.fork('linked').sample(eligible, run.options.samples);
  run.log(`Linked headlines: ${sample.length} stories…`);
  const scores = await run.time('linked', () =>
    runLinked(
      corpus,
      sample,
      async (doc) => (await engine.related(corpus.stories[doc]!.id)).linked,
    ),
  );
  return { eligible: eligible.length, ...scores };
}

/** The settings the figures were made with, written beside them. */
function evalSettings(maxDf: number): Record<string, unknown> {
  return {
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
  };
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
