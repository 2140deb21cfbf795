/**
 * `npm run generate -- DIR --stories N [--seed S] [--labels FILE] [--by-year] [--damaged RATE]
 * [--style feature|wire] [--formats text,html,markdown] [--json]`: writes a synthetic archive for
 * tests, benchmarks and the evaluation (deterministic for a seed). A project script, not a
 * command of the shipped CLI: the generator is a tool beside the engine, not part of it.
 *
 * `--labels` writes `{ file: topicId }` JSON outside DIR for scoring related stories (with
 * `--style wire`: one record per file, `{ topics, section, title, date, thread, related }`);
 * `--by-year` puts the files in one folder per year; `--damaged 0.02` writes 2% of the files
 * damaged; `--style wire` writes a newswire (short formulaic stories by category) instead of the
 * default long feature stories; `--formats` writes the files in turns as story texts, saved web
 * pages and Markdown clippings (default: text only). With `--json` it prints
 * `{ stories, topics, dir, labels }`.
 *
 * Exit 0 when written; 2 for arguments it cannot use (one sentence on stderr, and the usage on
 * stdout unless --json), having written nothing.
 */
import { basename, isAbsolute, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { StoryFormat } from '../../main/core/model';
import { generateArchive, isEmptyFolder, MAX_GENERATED_STORIES } from './generate-archive';

export interface GenerateIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const USAGE = `usage: npm run --silent generate -- DIR --stories N [--seed S] [--labels FILE]
         [--by-year] [--damaged RATE] [--style S] [--formats F] [--json]

  DIR             a new or empty folder to write the stories in
  --stories N     how many stories, 1 to ${MAX_GENERATED_STORIES.toLocaleString('en-US')}
  --seed S        the same seed writes the same files (default 1)
  --labels FILE   write each file's topic as JSON to FILE, outside DIR
  --by-year       one folder per year
  --damaged RATE  the share of files to write damaged, 0 to 1 (default 0)
  --style S       feature (long feature stories, the default) or wire (a newswire)
  --formats F     text, html, markdown: the formats files take turns in (default text)
  --json          print { stories, topics, dir, labels } as JSON`;

/** A command line it cannot use: said in one sentence, and nothing written. */
class UsageError extends Error {}

export async function runGenerate(argv: readonly string[], io: GenerateIo): Promise<number> {
  const json = argv.includes('--json');
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(USAGE);
    return 0;
  }
  try {
    const options = readOptions(argv);
    if (!(await isEmptyFolder(options.dir))) {
      throw new UsageError(`${options.dir} is not empty; generate into a new or empty folder.`);
    }
    const started = performance.now();
    const result = await generateArchive(options.dir, {
      stories: options.stories,
      seed: options.seed,
      byYear: options.byYear,
      damaged: options.damaged,
      style: options.style,
      formats: options.formats,
      ...(options.labels === null ? {} : { labelsFile: options.labels }),
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const answer = {
      stories: result.stories,
      topics: result.topics,
      dir: options.dir,
      labels: options.labels,
    };
    io.stdout(
      json
        ? JSON.stringify(answer)
        : `Wrote ${counted(answer.stories, 'story', 'stories')} on ${counted(answer.topics, 'topic')} to ${answer.dir} in ${seconds} s${answer.labels ? ` (labels: ${answer.labels})` : ''}.`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof UsageError) && !isParseArgsError(error)) throw error;
    io.stderr(`generate: ${error.message.split('\n')[0]}`);
    if (!json) io.stdout(USAGE);
    return 2;
  }
}

interface GenerateOptions {
  dir: string;
  stories: number;
  seed: number;
  labels: string | null;
  byYear: boolean;
  damaged: number;
  style: 'feature' | 'wire';
  formats: StoryFormat[];
}

function readOptions(argv: readonly string[]): GenerateOptions {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      stories: { type: 'string' },
      seed: { type: 'string' },
      labels: { type: 'string' },
      'by-year': { type: 'boolean' },
      damaged: { type: 'string' },
      style: { type: 'string' },
      formats: { type: 'string' },
      json: { type: 'boolean' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0 ? 'DIR is missing.' : 'it takes one DIR, not more.',
    );
  }
  const dir = resolve(positionals[0] as string);
  const stories = wholeNumber(values.stories, 'stories');
  if (stories === undefined) throw new UsageError('--stories is required.');
  if (stories < 1 || stories > MAX_GENERATED_STORIES) {
    throw new UsageError(
      `--stories must be from 1 to ${MAX_GENERATED_STORIES.toLocaleString('en-US')}, not ${stories.toLocaleString('en-US')}.`,
    );
  }
  const labels = values.labels === undefined ? null : resolve(values.labels);
  if (labels !== null) {
    const inside = relative(dir, labels);
    if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) {
      throw new UsageError(
        `--labels ${labels} is inside ${dir}; put it outside the archive folder.`,
      );
    }
  }
  const damaged = values.damaged === undefined ? 0 : Number(values.damaged);
  if (!(damaged >= 0 && damaged <= 1)) {
    throw new UsageError(`--damaged must be a share between 0 and 1, not "${values.damaged}".`);
  }
  const style = values.style ?? 'feature';
  if (style !== 'feature' && style !== 'wire') {
    throw new UsageError(`--style must be "feature" or "wire", not "${style}".`);
  }
  return {
    dir,
    stories,
    seed: wholeNumber(values.seed, 'seed') ?? 1,
    labels,
    byYear: values['by-year'] === true,
    damaged,
    style,
    formats: formatsOption(values.formats),
  };
}

function wholeNumber(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value))
    throw new UsageError(`--${name} must be a whole number, not "${value}".`);
  return Number(value);
}

const FORMATS: readonly StoryFormat[] = ['text', 'html', 'markdown'];

/** `text,html` → ['text', 'html']; default text only. */
function formatsOption(value: string | undefined): StoryFormat[] {
  if (value === undefined) return ['text'];
  const formats = value.split(',').map((name) => name.trim());
  const unknown = formats.find((name) => !(FORMATS as readonly string[]).includes(name));
  if (unknown !== undefined || formats.length === 0) {
    throw new UsageError(
      `--formats takes a comma-separated list of ${FORMATS.join(', ')}, not "${value}".`,
    );
  }
  return formats as StoryFormat[];
}

/** `1 story`, `30 stories`, `20,000 stories`. */
function counted(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}

function isParseArgsError(error: unknown): error is Error {
  return (
    error instanceof TypeError &&
    String((error as { code?: string }).code).startsWith('ERR_PARSE_ARGS')
  );
}

/** Run from the command line (not when a test imports this file). */
if (basename(process.argv[1] ?? '').startsWith('run-generate')) {
  runGenerate(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`generate: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
