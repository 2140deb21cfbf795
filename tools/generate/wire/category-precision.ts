/**
 * Similar-stories precision@5 per category, for tuning related stories on a labelled archive
 * (a wire archive above all, where categories differ in size by a hundred times):
 *
 *   npx tsx tools/generate/wire/category-precision.ts --archive DIR --labels FILE [--per N] [--seed S]
 *
 * The evaluation's similar-stories metric (tools/eval/similar-metrics.ts: relevant = shares a
 * topic; the story's duplicates left out, lists folded by duplicate group), run on up to N
 * stories of each first topic (default 150) for the engine's ranking and the full-vector
 * cosine baseline, both built as `npm run eval` builds them. Prints one row per category, its
 * most frequent wrong neighbours, and the mean weighted by each category's share of stories
 * (what a uniform sample, as the evaluation draws, estimates).
 */
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCosineTfIdf } from '../../eval/baselines/cosine-tfidf';
import { buildTermCorpus } from '../../eval/baselines/term-corpus';
import { openEngineUnderTest } from '../../eval/engine-adapter';
import type { EvalCorpus } from '../../eval/eval-corpus';
import { buildEvalCorpus, foldDuplicates } from '../../eval/eval-corpus';
import { readLabels } from '../../eval/labels';
import type { SimilarMethod } from '../../eval/similar-metrics';
import { runSimilar, shareTopic } from '../../eval/similar-metrics';
import { SeededRandom } from '../seeded-random';

export interface CategoryPrecision {
  category: string;
  stories: number;
  sampled: number;
  /** precision@5 per method. */
  precision: Record<string, number>;
  /** The engine's wrong neighbours in the top 5, by their first topic, most frequent first. */
  confusions: [string, number][];
}

export async function categoryPrecision(
  archive: string,
  labelsFile: string,
  per = 150,
  seed = 7,
): Promise<CategoryPrecision[]> {
  const labels = await readLabels(labelsFile);
  const engine = await openEngineUnderTest(archive);
  try {
    const corpus = buildEvalCorpus(engine.stories, labels, engine.duplicateGroups, null);
    const cosine = buildCosineTfIdf(buildTermCorpus(corpus.stories));
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
      { name: 'cosine', similar: (doc, limit, exclude) => cosine.similar(doc, limit, exclude) },
    ];
    const byCategory = new Map<string, number[]>();
    corpus.labels.forEach((label, doc) => {
      const first = label?.topics[0];
      if (first === undefined) return;
      const list = byCategory.get(first);
      if (list) list.push(doc);
      else byCategory.set(first, [doc]);
    });
    const random = new SeededRandom(seed);
    const rows: CategoryPrecision[] = [];
    for (const [category, docs] of [...byCategory].sort((a, b) => b[1].length - a[1].length)) {
      const sample = random.sample(docs, per);
      const scores = await runSimilar(corpus, sample, methods);
      const confusions = new Map<string, number>();
      for (const doc of sample) {
        const own = new Set(corpus.groupOf(doc));
        const found = await methods[0]!.similar(doc, 16, (other) => own.has(other));
        for (const other of foldDuplicates(corpus, found, 5, doc)) {
          if (shareTopic(corpus, doc, other)) continue;
          const topic = corpus.labels[other]?.topics[0] ?? '(none)';
          confusions.set(topic, (confusions.get(topic) ?? 0) + 1);
        }
      }
      rows.push({
        category,
        stories: docs.length,
        sampled: sample.length,
        precision: Object.fromEntries(
          Object.entries(scores).map(([name, score]) => [name, score.precisionAt5]),
        ),
        confusions: [...confusions].sort((a, b) => b[1] - a[1]),
      });
    }
    return rows;
  } finally {
    await engine.close();
  }
}

function toDocs(corpus: EvalCorpus, ids: readonly string[]): number[] {
  return ids.flatMap((id) => {
    const doc = corpus.indexOf.get(id);
    return doc === undefined ? [] : [doc];
  });
}

export function formatCategoryPrecision(rows: readonly CategoryPrecision[]): string {
  const lines = ['category        stories  sampled  engine  cosine  engine top-5 misses by topic'];
  let total = 0;
  const weighted: Record<string, number> = { engine: 0, cosine: 0 };
  for (const row of rows) {
    total += row.stories;
    for (const name of Object.keys(weighted)) {
      weighted[name]! += (row.precision[name] ?? 0) * row.stories;
    }
    const misses = row.confusions
      .slice(0, 3)
      .map(([topic, count]) => `${topic} ${count}`)
      .join(', ');
    lines.push(
      `${row.category.padEnd(14)} ${String(row.stories).padStart(8)} ${String(row.sampled).padStart(8)}  ${row.precision.engine!.toFixed(3)}   ${row.precision.cosine!.toFixed(3)}   ${misses}`,
    );
  }
  lines.push(
    `${'weighted'.padEnd(14)} ${String(total).padStart(8)}           ${(weighted.engine! / total).toFixed(3)}   ${(weighted.cosine! / total).toFixed(3)}`,
  );
  return lines.join('\n');
}

/** Run from the command line (not when a test imports this file). */
if (basename(process.argv[1] ?? '').startsWith('category-precision')) {
  const { values } = parseArgs({
    options: {
      archive: { type: 'string' },
      labels: { type: 'string' },
      per: { type: 'string' },
      seed: { type: 'string' },
    },
  });
  if (!values.archive || !values.labels) {
    process.stderr.write(
      'usage: category-precision.ts --archive DIR --labels FILE [--per N] [--seed S]\n',
    );
    process.exitCode = 2;
  } else {
    categoryPrecision(
      values.archive,
      values.labels,
      Number(values.per ?? 150),
      Number(values.seed ?? 7),
    ).then(
      (rows) => process.stdout.write(`${formatCategoryPrecision(rows)}\n`),
      (error: unknown) => {
        process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 1;
      },
    );
  }
}
