/**
 * writeWireArchive: the wire style of `generateArchive` (`generate DIR --stories N --style
 * wire`): short, formulaic newswire stories labelled by category, with the shares of a real
 * wire (results ~36%, deals ~20%, the rest currencies, rates, trade, energy, commodities and
 * indicators), companies and countries recurring across categories, running stories, and
 * `More From …:` blocks. Deterministic for a seed; rendered one story at a time with a bounded
 * number of writes in flight, so memory stays flat.
 *
 * With `labelsFile`, writes one record per readable file, the shape tools/eval/labels.ts reads
 * as `story-records`:
 *   { "<file>": { topics: ["earn"], section, title, date, thread, related: [files] } }
 * `thread` is the running story's id, or the story's own (`s000123`) when it stands alone;
 * `related` lists the files (first saves) its related block names that the archive has.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { UNREADABLE_DAMAGE } from '../archive-plan';
import { damageStory } from '../damage-story';
import { SeededRandom } from '../seeded-random';
import { storyDate } from '../story-dates';
import { sectionOf } from './wire-categories';
import type { WirePlan, WirePlanOptions } from './wire-plan';
import { planWireArchive, threadLabel } from './wire-plan';
import { renderWireStory } from './wire-render';

export interface WireArchiveOptions extends WirePlanOptions {
  labelsFile?: string;
}

export interface WireArchiveResult {
  stories: number;
  /** Categories that label at least one written story. */
  topics: number;
  files: string[];
}

export interface WireStoryLabels {
  topics: string[];
  section: string;
  title: string;
  date: string;
  thread: string;
  related: string[];
}

const WRITES_IN_FLIGHT = 32;
const DAMAGE_STREAM = 7_000_003;

/** Writes the archive into `root` (which exists and is empty). */
export async function writeWireArchive(
  root: string,
  options: WireArchiveOptions,
): Promise<WireArchiveResult> {
  const plan = planWireArchive(options);
  const folders = new Set(plan.files.map((file) => dirname(file.file)).filter((d) => d !== '.'));
  for (const folder of folders) await mkdir(join(root, folder), { recursive: true });

  const pending = new Set<Promise<void>>();
  for (const [index, file] of plan.files.entries()) {
    const text = renderWireStory(plan, file);
    const data = file.damage
      ? damageStory(new SeededRandom(plan.seed, DAMAGE_STREAM + index), text, file.damage)
      : text;
    const write: Promise<void> = writeFile(join(root, file.file), data).then(() => {
      pending.delete(write);
    });
    pending.add(write);
    if (pending.size >= WRITES_IN_FLIGHT) await Promise.race(pending);
  }
  await Promise.all(pending);

  if (options.labelsFile !== undefined) {
    const labels = wireLabels(plan);
    await mkdir(dirname(resolve(options.labelsFile)), { recursive: true });
    await writeFile(resolve(options.labelsFile), `${JSON.stringify(labels, null, 1)}\n`);
  }
  const topics = new Set(plan.files.flatMap((file) => plan.stories[file.story]!.categories));
  return { stories: plan.files.length, topics: topics.size, files: plan.files.map((f) => f.file) };
}

/** The labels of every readable file of the plan. */
export function wireLabels(plan: WirePlan): Record<string, WireStoryLabels> {
  const labels: Record<string, WireStoryLabels> = {};
  for (const file of plan.files) {
    if (file.damage && UNREADABLE_DAMAGE.has(file.damage)) continue;
    const story = plan.stories[file.story]!;
    const related: string[] = [];
    for (const headline of file.related) {
      if (headline.file !== null && !related.includes(headline.file)) related.push(headline.file);
    }
    labels[file.file] = {
      topics: [...story.categories],
      section: sectionOf(story.categories[0]!),
      title: story.title,
      date: storyDate(story.day).iso,
      thread: threadLabel(plan, story),
      related,
    };
  }
  return labels;
}
