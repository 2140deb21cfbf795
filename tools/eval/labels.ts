/**
 * Story labels, read from either shape a labels file comes in and turned into one:
 *
 *   20 Newsgroups (../shared/corpora/README.md): `{ [file name]: { topics: [group], section,
 *   thread, title, date, split: 'train'|'test', related: [file names] } }` — any key but
 *   `topics` may be missing in a held-out corpus;
 *   generated archives (`npm run generate -- DIR --labels FILE`): `{ [file]: topicId }`.
 *
 * Keys are file names or paths relative to the archive root; a story is looked up by its
 * relative path first, then by its file name. Each metric asks `present` whether the label it
 * needs exists at all, and skips with a note when it does not.
 */
import { readFile } from 'node:fs/promises';

export interface StoryLabels {
  /** Topic labels ([] when the story has none). */
  topics: string[];
  section: string | null;
  thread: string | null;
  title: string | null;
  date: string | null;
  split: string | null;
  /** File names (or relative paths) of the stories its related block names; null when unlabelled. */
  related: string[] | null;
}

export interface LabelSet {
  /** The labels of the story with this relative path (or file name), or null. */
  of(file: string): StoryLabels | null;
  readonly size: number;
  /** Which labels appear on at least one story. */
  readonly present: { topics: boolean; thread: boolean; split: boolean; related: boolean };
  /** Which file shape it was. */
  readonly shape: 'story-records' | 'file-to-topic' | 'empty';
}

export async function readLabels(path: string): Promise<LabelSet> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read the labels file ${path}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`The labels file ${path} is not JSON.`);
  }
  return normaliseLabels(json);
}

/** Either shape → one LabelSet. Throws a sentence when the value is neither. */
export function normaliseLabels(json: unknown): LabelSet {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new Error('The labels file must hold one object keyed by story file name.');
  }
  const byKey = new Map<string, StoryLabels>();
  const present = { topics: false, thread: false, split: false, related: false };
  let records = 0;
  let topicIds = 0;
  for (const [key, value] of Object.entries(json as Record<string, unknown>)) {
    const labels = normaliseOne(value);
    if (!labels) {
      throw new Error(`The labels of "${key}" are neither a topic name nor a label record.`);
    }
    if (typeof value === 'string' || Array.isArray(value)) topicIds += 1;
    else records += 1;
    if (labels.topics.length > 0) present.topics = true;
    if (labels.thread !== null) present.thread = true;
    if (labels.split !== null) present.split = true;
    if (labels.related !== null) present.related = true;
    byKey.set(normaliseKey(key), labels);
  }
  const byName = new Map<string, StoryLabels | null>();
  for (const [key, labels] of byKey) {
    const name = baseName(key);
    // Two paths with one file name make the name ambiguous: only the full path finds them.
    byName.set(name, byName.has(name) ? null : labels);
  }
  return {
    of(file) {
      const key = normaliseKey(file);
      return byKey.get(key) ?? byName.get(baseName(key)) ?? null;
    },
    size: byKey.size,
    present,
    shape: byKey.size === 0 ? 'empty' : records >= topicIds ? 'story-records' : 'file-to-topic',
  };
}

function normaliseOne(value: unknown): StoryLabels | null {
  if (typeof value === 'string') return blank([value]);
  if (Array.isArray(value)) {
    return value.every((topic) => typeof topic === 'string') ? blank(value as string[]) : null;
  }
  if (value === null || typeof value !== 'object') return null;
  const record = value as Record<string, unknown>;
  const topics = Array.isArray(record.topics)
    ? record.topics.filter((topic): topic is string => typeof topic === 'string')
    : typeof record.topic === 'string'
      ? [record.topic]
      : [];
  return {
    topics,
    section: stringOrNull(record.section),
    thread: stringOrNull(record.thread),
    title: stringOrNull(record.title),
    date: stringOrNull(record.date),
    split: stringOrNull(record.split),
    related: Array.isArray(record.related)
      ? record.related.filter((file): file is string => typeof file === 'string')
      : null,
  };
}

function blank(topics: string[]): StoryLabels {
  return {
    topics,
    section: null,
    thread: null,
    title: null,
    date: null,
    split: null,
    related: null,
  };
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** `./a\b.txt` → `a/b.txt`. */
export function normaliseKey(file: string): string {
  return file.replace(/\\/g, '/').replace(/^\.\//, '');
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** A story id from a labelled file name: the name without folders and `.txt`. */
export function idOfFile(file: string): string {
  return baseName(normaliseKey(file)).replace(/\.txt$/i, '');
}
