/**
 * `clippings generate DIR --stories N [--seed S] [--labels FILE] [--by-year] [--damaged RATE]
 * [--style feature|wire] [--formats text,html,markdown]`: writes a synthetic archive for tests
 * and benchmarks (deterministic for a seed). `--labels` writes `{ file: topicId }` JSON outside
 * DIR for scoring related stories (with `--style wire`: one record per file, `{ topics, section,
 * title, date, thread, related }`); `--by-year` puts the files in one folder per year;
 * `--damaged 0.02` writes 2% of the files damaged; `--style wire` writes a newswire (short
 * formulaic stories by category) instead of the default long feature stories; `--formats`
 * writes the files in turns as story texts, saved web pages and Markdown clippings (default:
 * text only).
 */
import { isAbsolute, relative, resolve } from 'node:path';
import {
  generateArchive,
  isEmptyFolder,
  MAX_GENERATED_STORIES,
} from '../../../tools/generate/generate-archive';
import type { StoryFormat } from '../../core/model/story';
import type { CliCommand } from '../command';
import { CliUsageError, integerOption, stringOption } from '../command';
import { counted } from '../counted';

export const generateCommand: CliCommand = {
  name: 'generate',
  usage:
    'generate DIR --stories N [--seed S] [--labels FILE] [--by-year] [--damaged RATE] [--style S] [--formats F]',
  summary: 'Write a synthetic archive for tests and benchmarks.',
  arguments: [
    ['DIR', 'a new or empty folder to write the stories in'],
    ['--stories N', `how many stories, 1 to ${MAX_GENERATED_STORIES.toLocaleString('en-US')}`],
    ['--seed S', 'the same seed writes the same files (default 1)'],
    ['--labels FILE', "write each file's topic as JSON to FILE, outside DIR"],
    ['--by-year', 'one folder per year'],
    ['--damaged RATE', 'the share of files to write damaged, 0 to 1 (default 0)'],
    ['--style S', 'feature (long feature stories, the default) or wire (a newswire)'],
    ['--formats F', 'text, html, markdown: the formats files take turns in (default text)'],
  ],
  options: {
    stories: { type: 'string' },
    seed: { type: 'string' },
    labels: { type: 'string' },
    'by-year': { type: 'boolean' },
    damaged: { type: 'string' },
    style: { type: 'string' },
    formats: { type: 'string' },
  },
  positionals: { min: 1, max: 1 },
  async run({ positionals, values }) {
    const dir = resolve(positionals[0]!);
    const stories = integerOption(values, 'stories');
    if (stories === undefined) throw new CliUsageError('--stories is required.');
    if (stories < 1 || stories > MAX_GENERATED_STORIES) {
      throw new CliUsageError(
        `--stories must be from 1 to ${MAX_GENERATED_STORIES.toLocaleString('en-US')}, not ${stories.toLocaleString('en-US')}.`,
      );
    }
    const seed = integerOption(values, 'seed') ?? 1;
    const labelsOption = stringOption(values, 'labels');
    const labels = labelsOption === undefined ? null : resolve(labelsOption);
    if (labels !== null) {
      const inside = relative(dir, labels);
      if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) {
        throw new CliUsageError(
          `--labels ${labels} is inside ${dir}; put it outside the archive folder.`,
        );
      }
    }
    const damagedOption = stringOption(values, 'damaged');
    const damaged = damagedOption === undefined ? 0 : Number(damagedOption);
    if (!(damaged >= 0 && damaged <= 1)) {
      throw new CliUsageError(`--damaged must be a share between 0 and 1, not "${damagedOption}".`);
    }
    const style = stringOption(values, 'style') ?? 'feature';
    if (style !== 'feature' && style !== 'wire') {
      throw new CliUsageError(`--style must be "feature" or "wire", not "${style}".`);
    }
    const formats = formatsOption(stringOption(values, 'formats'));
    if (!(await isEmptyFolder(dir))) {
      throw new CliUsageError(`${dir} is not empty; generate into a new or empty folder.`);
    }
    const started = performance.now();
    const result = await generateArchive(dir, {
      stories,
      seed,
      byYear: values['by-year'] === true,
      damaged,
      style,
      formats,
      ...(labels === null ? {} : { labelsFile: labels }),
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const json = { stories: result.stories, topics: result.topics, dir, labels };
    return {
      json,
      text: `Wrote ${counted(json.stories, 'story', 'stories')} on ${counted(json.topics, 'topic')} to ${dir} in ${seconds} s${labels ? ` (labels: ${labels})` : ''}.`,
    };
  },
};

const FORMATS: readonly StoryFormat[] = ['text', 'html', 'markdown'];

/** `text,html` → ['text', 'html']; default text only. */
function formatsOption(value: string | undefined): StoryFormat[] {
  if (value === undefined) return ['text'];
  const formats = value.split(',').map((name) => name.trim());
  const unknown = formats.find((name) => !(FORMATS as readonly string[]).includes(name));
  if (unknown !== undefined || formats.length === 0) {
    throw new CliUsageError(
      `--formats takes a comma-separated list of ${FORMATS.join(', ')}, not "${value}".`,
    );
  }
  return formats as StoryFormat[];
}
