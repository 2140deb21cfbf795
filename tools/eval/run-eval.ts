/**
 * `npm run eval -- --archive DIR --labels FILE [--split test] [--samples N] [--seed S] [--out FILE]`
 * `npm run eval -- --conll DIR [--out FILE]`: the entity table on CoNLL-2003 (entity-eval.ts)
 *
 * A search-quality evaluation of the engine on a real labelled corpus, next to baselines, in
 * one run over the same stories: prints a table, writes every number as JSON (default
 * eval-results/<archive folder name>.json). Exit 0 on success, 2 for arguments it cannot
 * use, 1 when the run fails.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseEvalArgs, USAGE } from './cli-args';
import { evaluateArchive } from './evaluate-archive';
import type { EvalResults } from './evaluate-archive';
import { formatReport } from './report-table';
import { runEntityEval } from './entity-eval';

export interface EvalIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface MainResult {
  code: number;
  results?: EvalResults;
  outFile?: string;
}

export async function main(argv: readonly string[], io: EvalIo): Promise<MainResult> {
  if (argv.includes('--conll')) return { code: await runEntityEval(argv, io) };
  const parsed = parseEvalArgs(argv);
  if ('error' in parsed) {
    io.stderr(parsed.error);
    return { code: 2 };
  }
  if (parsed.help) {
    io.stdout(USAGE);
    return { code: 0 };
  }
  const { args } = parsed;
  const archiveInfo = await stat(args.archive).catch(() => null);
  if (!archiveInfo?.isDirectory()) {
    io.stderr(`The archive folder ${args.archive} does not exist.`);
    return { code: 2 };
  }
  const labelsInfo = await stat(args.labels).catch(() => null);
  if (!labelsInfo?.isFile()) {
    io.stderr(`The labels file ${args.labels} does not exist.`);
    return { code: 2 };
  }
  const outFile = resolve(
    args.out ?? join('eval-results', `${basename(resolve(args.archive))}.json`),
  );
  let results: EvalResults;
  try {
    results = await evaluateArchive({ ...args, log: (line) => io.stderr(line) });
  } catch (error) {
    io.stderr(`The evaluation failed: ${error instanceof Error ? error.message : String(error)}`);
    return { code: 1 };
  }
  io.stdout(formatReport(results));
  await mkdir(dirname(outFile), { recursive: true });
  await writeFile(outFile, `${JSON.stringify(results, null, 2)}\n`);
  io.stdout(`\nWrote ${outFile}`);
  return { code: 0, results, outFile };
}

/** Run from the command line (not when a test imports this file). */
if (basename(process.argv[1] ?? '').startsWith('run-eval')) {
  main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
  }).then(
    ({ code }) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
