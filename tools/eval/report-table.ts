/**
 * The evaluation's results as the text table printed at the end of a run: what a person
 * reads first (the JSON has everything, including the examples of misses).
 */
import type { EvalResults, KnownItemResult, Skipped } from './evaluate-archive';
import type { QueryKind } from './query-sampler';
import { QUERY_KINDS } from './query-sampler';
import type { LatencySummary } from './rank-metrics';

export const METHOD_LABELS: Record<string, string> = {
  engine: 'engine',
  engineAsShown: 'engine related().similar, as shown',
  lunrAllWords: 'lunr, every word required (+)',
  lunrAnyWord: 'lunr, any word (default)',
  bm25AnyWord: 'BM25, any word',
  miniSearchAllWords: 'MiniSearch, every word (AND)',
  lunrTopTerms: 'lunr, OR of top 25 tf-idf terms',
  cosineFullTfIdf: 'cosine tf-idf, full vectors',
  bm25MoreLikeThis: 'BM25 more-like-this',
};

const SIMILAR_ENGINE_LABEL = 'engine ranking (no nudge/link excl.)';

const KIND_LABELS: Record<QueryKind, string> = {
  title: 'title, 3–6 words',
  rareWords: '5 rare body words',
  sentence: 'pasted sentence',
  ordinaryWords: '5 ordinary words',
  oneWordWrong: '5 words, 1 mistyped',
};

const NAME_WIDTH = 38;
const CELL_WIDTH = 24;

export function formatReport(results: EvalResults): string {
  return [
    ...headerLines(results),
    '',
    ...knownItemTable(results),
    ...knownItemNotes(results),
    '',
    ...latencyTable(results),
    '',
    ...similarTable(results),
    '',
    storylineLine(results),
    linkedLine(results),
    '',
    ...timingLines(results),
  ].join('\n');
}

/** What was evaluated: the archive, its size, the split, the seed and samples. */
function headerLines(results: EvalResults): string[] {
  return [
    `Clippings evaluation — ${results.archive}`,
    `${count(results.stories)} stories (${results.skippedFiles} files skipped), ` +
      `${count(results.labelledStories)} labelled, ` +
      `${results.split === null ? 'no split' : `split "${results.split}"`}: ` +
      `${count(results.queryCandidates)} query candidates; seed ${results.seed}, ` +
      `${results.samples} samples per metric; ${results.duplicateGroups.groups} duplicate groups ` +
      `(${results.duplicateGroups.stories} stories)`,
  ];
}

/** The methods scored on known-item search, in first-seen order. */
function searchMethodsOf(results: EvalResults): string[] {
  return methodNames(
    QUERY_KINDS.map((kind) => results.knownItem[kind]).filter(
      (result): result is KnownItemResult => !isSkipped(result),
    ),
  );
}

/** Known-item search: a row per method, a column per query kind. */
function knownItemTable(results: EvalResults): string[] {
  const lines = [
    'Known-item search — MRR@10 / found at 1 / not in top 10',
    pad('', NAME_WIDTH) + QUERY_KINDS.map((kind) => pad(KIND_LABELS[kind], CELL_WIDTH)).join(''),
    pad('', NAME_WIDTH) +
      QUERY_KINDS.map((kind) => {
        const result = results.knownItem[kind];
        return pad(
          isSkipped(result) ? '(skipped)' : `${result.queries} of ${count(result.eligible)}`,
          CELL_WIDTH,
        );
      }).join(''),
  ];
  for (const name of searchMethodsOf(results)) {
    let errors = 0;
    const cells = QUERY_KINDS.map((kind) => {
      const result = results.knownItem[kind];
      const scores = isSkipped(result) ? undefined : result.methods[name];
      if (!scores) return pad('–', CELL_WIDTH);
      errors += scores.errors;
      return pad(
        `${fixed(scores.mrrAt10)} / ${percent(scores.foundAt1)} / ${percent(scores.notInTop10)}`,
        CELL_WIDTH,
      );
    });
    lines.push(
      pad(METHOD_LABELS[name] ?? name, NAME_WIDTH) +
        cells.join('') +
        (errors > 0 ? `  (${errors} unparsable)` : ''),
    );
  }
  return lines;
}

/** Under the known-item table: strict MRR, unique titles, head-to-head duels, engine misses. */
function knownItemNotes(results: EvalResults): string[] {
  const lines = [
    'Strict MRR@10 (only the story the query was made from, not other stories with its title or sentence): ' +
      searchMethodsOf(results)
        .map(
          (name) =>
            `${name} ` +
            QUERY_KINDS.map((kind) => {
              const result = results.knownItem[kind];
              const scores = isSkipped(result) ? undefined : result.methods[name];
              return scores ? fixed(scores.strictMrrAt10) : '–';
            }).join(' / '),
        )
        .join(', '),
  ];
  const titles = results.knownItem.title;
  if (!isSkipped(titles) && titles.uniqueTitles) {
    const { queries, mrrAt10 } = titles.uniqueTitles;
    lines.push(
      `Title queries whose story's title is unique in the archive (${queries}): MRR@10 ` +
        Object.entries(mrrAt10)
          .map(([name, value]) => `${name} ${fixed(value)}`)
          .join(', '),
    );
  }
  const duels = QUERY_KINDS.flatMap((kind) => {
    const result = results.knownItem[kind];
    if (isSkipped(result)) return [];
    return [
      `${kind}: ` +
        Object.entries(result.headToHead)
          .map(([name, duel]) => `${name} ${duel.baselineBetter}/${duel.engineBetter}`)
          .join(', '),
    ];
  });
  if (duels.length > 0) {
    lines.push(`Queries a baseline ranked better / worse than the engine — ${duels.join('; ')}`);
  }
  const misses = QUERY_KINDS.flatMap((kind) => {
    const result = results.knownItem[kind];
    if (isSkipped(result)) return [];
    const m = result.engineMisses;
    return [
      `${kind} ${m.misses} (no match ${m.noMatch}, target not matched ${m.targetNotMatched}, ` +
        `ranked 11+ ${m.rankedBelow10}, beyond 1000 ${m.beyondDeepLimit})`,
    ];
  });
  if (misses.length > 0) lines.push(`Engine misses: ${misses.join('; ')}`);
  return lines;
}

function latencyTable(results: EvalResults): string[] {
  return [
    'Query latency, ms p50 / p95 (all known-item queries)',
    ...Object.entries(results.queryLatencyMs).map(
      ([name, latency]) => pad(METHOD_LABELS[name] ?? name, NAME_WIDTH) + latencyText(latency),
    ),
  ];
}

/** Similar stories: a row per method, then the floors table when there is one. */
function similarTable(results: EvalResults): string[] {
  if (isSkipped(results.similar)) return [`Similar stories: skipped — ${results.similar.skipped}`];
  const first = Object.values(results.similar.methods)[0];
  const lines = [
    `Similar stories (${first?.stories ?? 0} of ${count(results.similar.eligible)} stories with a topic)`,
    pad('', NAME_WIDTH) + pad('precision@5', 14) + pad('nDCG@10', 10) + 'ms p50 / p95',
  ];
  for (const [name, scores] of Object.entries(results.similar.methods)) {
    const label = name === 'engine' ? SIMILAR_ENGINE_LABEL : (METHOD_LABELS[name] ?? name);
    lines.push(
      pad(label, NAME_WIDTH) +
        pad(fixed(scores.precisionAt5), 14) +
        pad(fixed(scores.ndcgAt10), 10) +
        latencyText(scores.latencyMs),
    );
  }
  if (results.similar.floors.length > 0) lines.push('', ...floorTable(results.similar.floors));
  return lines;
}

type FloorRow = Exclude<EvalResults['similar'], Skipped>['floors'][number];

function floorTable(floors: readonly FloorRow[]): string[] {
  return [
    'Similar stories by floor on the shown score (as the app scores them, before its floor)',
    pad('floor', 8) +
      pad('precision of shown', 20) +
      pad('shown (of 8)', 14) +
      pad('none shown', 12) +
      'relevant kept',
    ...floors.map(
      (row) =>
        pad(String(row.floor), 8) +
        pad(fixed(row.precisionShown), 20) +
        pad(row.meanShown.toFixed(2), 14) +
        pad(`${(row.emptyShare * 100).toFixed(1)}%`, 12) +
        `${(row.relevantKept * 100).toFixed(1)}%`,
    ),
  ];
}

function storylineLine(results: EvalResults): string {
  if (isSkipped(results.storyline)) return `Storylines: skipped — ${results.storyline.skipped}`;
  const s = results.storyline;
  return (
    `Storylines vs threads (${s.stories} of ${count(s.eligible)} stories): precision ${fixed(s.precision)} · ` +
    `recall ${fixed(s.recall)} · ${s.meanMembers} other members on average · ` +
    `only itself ${percent(s.empty)} · ms ${latencyText(s.latencyMs)}`
  );
}

function linkedLine(results: EvalResults): string {
  if (isSkipped(results.linked)) return `Linked headlines: skipped — ${results.linked.skipped}`;
  const l = results.linked;
  return (
    `Linked headlines (${l.stories} stories, ${count(l.labelledFiles)} labelled files, ` +
    `${count(l.headlines)} headlines): found ${percent(l.found)} ` +
    `(${percent(l.foundAsSave)} counting duplicate saves, ${percent(l.foundByTitle)} counting any story of that title) · wrong story ${percent(l.wrong)} ` +
    `(same title as a missed one ${percent(l.wrongSameTitle)}) · unresolved ${percent(l.unresolved)}`
  );
}

function timingLines(results: EvalResults): string[] {
  return [
    `Timings, s: ${Object.entries(results.timingsMs)
      .map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)}`)
      .join(', ')}`,
    ...results.notes.map((note) => `Note: ${note}`),
  ];
}

function count(value: number): string {
  return value.toLocaleString('en-US');
}

function isSkipped(value: object): value is Skipped {
  return 'skipped' in value;
}

/** Method names in first-seen order. */
function methodNames(results: readonly KnownItemResult[]): string[] {
  const names: string[] = [];
  for (const result of results) {
    for (const name of Object.keys(result.methods)) if (!names.includes(name)) names.push(name);
  }
  return names;
}

function pad(text: string, width: number): string {
  return text.length >= width ? `${text} ` : text.padEnd(width);
}

function fixed(value: number): string {
  return Number.isFinite(value) ? value.toFixed(3) : 'n/a';
}

function percent(value: number): string {
  return Number.isFinite(value) ? `${(value * 100).toFixed(1)}%` : 'n/a';
}

function latencyText(latency: LatencySummary): string {
  if (latency.calls === 0) return 'n/a';
  return `${latency.p50.toFixed(1)} / ${latency.p95.toFixed(1)}`;
}
