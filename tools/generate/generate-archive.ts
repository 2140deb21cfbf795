/**
 * generateArchive: writes a synthetic archive of story files for tests and benchmarks —
 * deterministic for a seed (same seed, byte-identical files), with topics, running stories,
 * related blocks that link within a topic and to stories the archive lacks, a few duplicate
 * saves, and (on request) damaged files. With `labelsFile`, writes `{ [file]: topicId }` JSON
 * beside the archive so related-story quality can be scored.
 *
 * With `formats` (default: text only, byte for byte the archive it always wrote), the files
 * take turns in the formats given: the same article written as a story text, a saved web
 * page (render-page.ts) or a Markdown clipping (render-clipping.ts), named `.txt`, `.html`
 * or `.md`. Damage is only done to text files.
 *
 * Text is rendered one story at a time and written with a bounded number of writes in
 * flight, so memory stays flat however many stories are asked for.
 *
 * @example
 *   await generateArchive('/tmp/news', { stories: 20_000, seed: 7, labelsFile: '/tmp/news.labels.json' });
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { ClippingsError } from '../../main/core/model/errors';
import type { PlanOptions } from './archive-plan';
import { UNREADABLE_DAMAGE, planArchive } from './archive-plan';
import { damageStory } from './damage-story';
import type { StoryFormat } from '../../main/core/model/story';
import type { PlannedFile } from './archive-plan';
import type { ArchivePlan } from './archive-plan';
import { renderStoryClipping } from './render-clipping';
import { renderStoryPage } from './render-page';
import { draftStory, renderStoryText } from './render-story';
import { SeededRandom } from './seeded-random';
import { writeWireArchive } from './wire/generate-wire-archive';

export interface GenerateOptions extends Omit<PlanOptions, 'stories'> {
  stories: number;
  seed?: number;
  labelsFile?: string;
  /** `feature` (the default): long feature stories; `wire`: a newswire (wire/). */
  style?: 'feature' | 'wire';
  /** The formats files take turns in; default `['text']`. */
  formats?: readonly StoryFormat[];
}

export interface GenerateResult {
  stories: number;
  topics: number;
  /** Written files, relative to the archive folder, in file-number order. */
  files: string[];
}

/**
 * The most stories one run writes: ten times the largest benchmark archive. The plan holds an
 * outline of every story in memory (about 1.5 KB each, so 1.5 GB at this size), so a bigger
 * number would run out of heap after minutes; it is refused at once instead.
 */
export const MAX_GENERATED_STORIES = 1_000_000;

/** Writes in flight at once: enough to keep the disk busy while the next story is rendered. */
const WRITES_IN_FLIGHT = 32;
const DAMAGE_STREAM = 3_000_017;

export async function generateArchive(
  dir: string,
  options: GenerateOptions,
): Promise<GenerateResult> {
  const root = resolve(dir);
  if (
    !Number.isInteger(options.stories) ||
    options.stories < 0 ||
    options.stories > MAX_GENERATED_STORIES
  ) {
    throw new ClippingsError(
      'E_INVALID',
      `The number of stories must be a whole number from 0 to ${MAX_GENERATED_STORIES.toLocaleString('en-US')}.`,
    );
  }
  if (options.labelsFile !== undefined && isInside(root, resolve(options.labelsFile))) {
    throw new ClippingsError(
      'E_INVALID',
      'The labels file must be outside the archive folder, or it would be read as a story.',
    );
  }
  const formats = options.formats?.length ? options.formats : (['text'] as const);
  await mkdir(root, { recursive: true });
  if (options.style === 'wire') return writeWireArchive(root, options);
  const plan = planArchive(options);
  const nameOf = (index: number, file: PlannedFile): string =>
    fileInFormat(file.file, formats[index % formats.length]!);
  const folders = new Set(plan.files.map((file) => dirname(file.file)).filter((d) => d !== '.'));
  for (const folder of folders) await mkdir(join(root, folder), { recursive: true });

  const pending = new Set<Promise<void>>();
  for (const [index, file] of plan.files.entries()) {
    const format = formats[index % formats.length]!;
    const text = renderFile(plan, file, format);
    const data =
      file.damage && format === 'text'
        ? damageStory(new SeededRandom(plan.seed, DAMAGE_STREAM + index), text, file.damage)
        : text;
    const write: Promise<void> = writeFile(join(root, nameOf(index, file)), data).then(() => {
      pending.delete(write);
    });
    pending.add(write);
    if (pending.size >= WRITES_IN_FLIGHT) await Promise.race(pending);
  }
  await Promise.all(pending);

  const labelled = new Set<number>();
  if (options.labelsFile !== undefined) {
    const labels: Record<string, string> = {};
    for (const [index, file] of plan.files.entries()) {
      const format = formats[index % formats.length]!;
      if (file.damage && format === 'text' && UNREADABLE_DAMAGE.has(file.damage)) continue;
      const topic = plan.stories[file.story]!.topic;
      labels[nameOf(index, file)] = plan.topics[topic]!.id;
    }
    await mkdir(dirname(resolve(options.labelsFile)), { recursive: true });
    await writeFile(resolve(options.labelsFile), `${JSON.stringify(labels, null, 1)}\n`);
  }
  for (const file of plan.files) labelled.add(plan.stories[file.story]!.topic);
  return {
    stories: plan.files.length,
    topics: labelled.size,
    files: plan.files.map((file, index) => nameOf(index, file)),
  };
}

/** One planned file written in `format`. */
function renderFile(plan: ArchivePlan, file: PlannedFile, format: StoryFormat): string {
  const draft = draftStory(plan, file);
  const slug = file.id;
  if (format === 'html') return renderStoryPage(draft, slug, file.story % 3 === 2 ? 1 : 0);
  if (format === 'markdown') return renderStoryClipping(draft, slug);
  return renderStoryText(draft);
}

/** `world/000_ab.txt` → `world/000_ab.html` for a page, `.md` for a clipping. */
export function fileInFormat(file: string, format: StoryFormat): string {
  const extension = format === 'html' ? '.html' : format === 'markdown' ? '.md' : '.txt';
  return file.replace(/\.txt$/, extension);
}

/** Whether `path` is `root` or lies inside it. */
function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** True when the folder is missing or has no entries (the CLI refuses to mix archives). */
export async function isEmptyFolder(dir: string): Promise<boolean> {
  const entries = await readdir(dir).catch(() => []);
  return entries.length === 0;
}
