/**
 * The command line of `npm run eval`: what it accepts, the usage text, and one plain sentence
 * for anything it does not accept.
 */
import type { EvalPart } from './eval-parts';
import { EVAL_PARTS } from './eval-parts';

export interface EvalArgs {
  archive: string;
  labels: string;
  split: string | null;
  samples: number;
  seed: number;
  /** null: eval-results/<archive folder name>.json */
  out: string | null;
  /** False with `--engine-only`: the baselines are neither built nor asked (for quick tuning). */
  baselines: boolean;
  /** `--only similar,storyline`: just these parts; null for all. */
  only: EvalPart[] | null;
}

export type ParsedArgs = { help: true } | { help: false; args: EvalArgs } | { error: string };

export const DEFAULT_SAMPLES = 500;
export const DEFAULT_SEED = 1;

export const USAGE = `Usage: npm run eval -- --archive DIR --labels FILE [options]
       npm run eval -- --conll DIR [--conll-split train|valid|test] [--out FILE]

Search and related-story quality of the Clippings engine on a labelled archive, next to
plain lunr, BM25 and tf-idf baselines on the same stories and the same sampled queries.

  --archive DIR    the archive folder (story files)
  --labels FILE    labels JSON: { file: { topics, thread, split, related, ... } } or { file: topic }
  --split NAME     sample queries only from stories labelled with this split (e.g. test)
  --samples N      queries per metric (default ${DEFAULT_SAMPLES})
  --seed S         random seed for the sampled stories and queries (default ${DEFAULT_SEED})
  --out FILE       where to write the JSON (default eval-results/<archive folder name>.json)
  --engine-only    skip the baselines (a quicker run while tuning the engine)
  --only PARTS     only some of knownItem, similar, storyline, linked (comma-separated)
  --conll DIR      instead: people, organisations and places extracted from CoNLL-2003
                   English (DIR/test.txt), precision and recall per kind, raw and folded
  --conll-split S  read DIR/S.txt instead (valid to tune, test to report)
  --help           show this text`;

const VALUE_FLAGS = new Set([
  '--archive',
  '--labels',
  '--split',
  '--samples',
  '--seed',
  '--out',
  '--only',
]);

export function parseEvalArgs(argv: readonly string[]): ParsedArgs {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { help: true };
    if (arg === '--engine-only') {
      values.set(arg, 'yes');
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (!VALUE_FLAGS.has(flag)) return { error: `Unknown argument "${arg}" (see --help).` };
    let value: string | undefined;
    if (flag !== arg) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      i += 1;
    }
    if (value === undefined || value === '' || (flag === arg && value.startsWith('--'))) {
      return { error: `${flag} needs a value.` };
    }
    if (values.has(flag)) return { error: `${flag} is given twice.` };
    values.set(flag, value);
  }
  const archive = values.get('--archive');
  const labels = values.get('--labels');
  if (archive === undefined) return { error: 'Say which archive to evaluate with --archive DIR.' };
  if (labels === undefined) return { error: 'Say where the labels are with --labels FILE.' };
  const samples = integerOf(values.get('--samples'), DEFAULT_SAMPLES);
  if (samples === null || samples < 1) {
    return { error: '--samples must be a whole number of at least 1.' };
  }
  const seed = integerOf(values.get('--seed'), DEFAULT_SEED);
  if (seed === null) return { error: '--seed must be a whole number.' };
  const onlyText = values.get('--only');
  const only = onlyText === undefined ? null : onlyText.split(',').map((part) => part.trim());
  const unknown = only?.find((part) => !(EVAL_PARTS as readonly string[]).includes(part));
  if (unknown !== undefined) {
    return { error: `--only takes ${EVAL_PARTS.join(', ')} (comma-separated), not "${unknown}".` };
  }
  return {
    help: false,
    args: {
      archive,
      labels,
      split: values.get('--split') ?? null,
      samples,
      seed,
      out: values.get('--out') ?? null,
      baselines: !values.has('--engine-only'),
      only: only as EvalPart[] | null,
    },
  };
}

function integerOf(text: string | undefined, fallback: number): number | null {
  if (text === undefined) return fallback;
  if (!/^-?\d+$/.test(text)) return null;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : null;
}
