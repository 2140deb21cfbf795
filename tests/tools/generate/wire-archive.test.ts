import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Story } from '../../../main/core/model/story';
import { normaliseTitle } from '../../../main/core/story/normalise-title';
import { storyFromBytes } from '../../../main/core/story/read-story-file';
import { normaliseLabels } from '../../../tools/eval/labels';
import { generateArchive } from '../../../tools/generate/generate-archive';
import type { WireStoryLabels } from '../../../tools/generate/wire/generate-wire-archive';
import { planWireArchive } from '../../../tools/generate/wire/wire-plan';

let scratch: string;
/** One wire archive of a few thousand stories, shared by the tests that read it. */
const STORIES = 3000;
const SEED = 5;
let dir: string;
let files: string[];
let labels: Record<string, WireStoryLabels>;
const texts = new Map<string, string>();
const stories = new Map<string, Story>();
const warnings = new Map<string, string[]>();

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'clippings-wire-'));
  dir = join(scratch, 'wire');
  const labelsFile = join(scratch, 'wire.labels.json');
  const result = await generateArchive(dir, {
    stories: STORIES,
    seed: SEED,
    style: 'wire',
    labelsFile,
  });
  files = result.files;
  labels = JSON.parse(await readFile(labelsFile, 'utf8')) as Record<string, WireStoryLabels>;
  for (const file of files) {
    const bytes = await readFile(join(dir, file));
    texts.set(file, bytes.toString('utf8'));
    const read = storyFromBytes(new Uint8Array(bytes), file);
    if (!read.ok) throw new Error(`${file} was skipped: ${read.skipped.reason}`);
    stories.set(file, read.story);
    warnings.set(file, read.story.warnings);
  }
}, 60_000);

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

function words(story: Story): number {
  return story.paragraphs.join(' ').split(/\s+/).filter(Boolean).length;
}

function firstTopic(file: string): string {
  return labels[file]!.topics[0]!;
}

describe('generateArchive, wire style', () => {
  it('writes byte-identical files for the same seed, and other files for another seed', async () => {
    const options = { stories: 250, seed: 9, style: 'wire' as const };
    const first = await generateArchive(join(scratch, 'same-a'), options);
    const second = await generateArchive(join(scratch, 'same-b'), options);
    const other = await generateArchive(join(scratch, 'other'), { ...options, seed: 10 });
    expect(first.files).toHaveLength(250);
    expect(second.files).toEqual(first.files);
    for (const file of first.files) {
      const a = await readFile(join(scratch, 'same-a', file));
      const b = await readFile(join(scratch, 'same-b', file));
      expect(b.equals(a)).toBe(true);
    }
    expect(other.files).not.toEqual(first.files);
  });

  it('names files NNN_<16 hex>.txt in date order, spread over a year and a half', async () => {
    const listed = (await readdir(dir)).sort();
    expect(listed).toEqual([...files].sort());
    for (const file of listed) expect(file).toMatch(/^\d{4}_[0-9a-f]{16}\.txt$/);
    // First saves are in date order (a second save lands a few files after the first).
    const seen = new Set<string>();
    const dates = files.flatMap((file) => {
      const story = stories.get(file)!;
      const key = `${story.date} ${story.title}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [story.date!];
    });
    expect(seen.size).toBeGreaterThan(files.length * 0.99);
    expect([...dates].sort()).toEqual(dates);
    const days = (Date.parse(dates.at(-1)!) - Date.parse(dates[0]!)) / 86_400_000;
    expect(days).toBeGreaterThan(400);
    expect(days).toBeLessThan(600);
  });

  it('gives each category a realistic share of the stories, a few stories two', () => {
    const count = new Map<string, number>();
    let multi = 0;
    for (const file of files) {
      count.set(firstTopic(file), (count.get(firstTopic(file)) ?? 0) + 1);
      if (labels[file]!.topics.length > 1) multi += 1;
    }
    const share = (topic: string): number => (count.get(topic) ?? 0) / files.length;
    expect(share('earn')).toBeGreaterThan(0.32);
    expect(share('earn')).toBeLessThan(0.41);
    expect(share('acq')).toBeGreaterThan(0.16);
    expect(share('acq')).toBeLessThan(0.24);
    for (const topic of ['money-fx', 'crude', 'grain']) {
      expect(share(topic)).toBeGreaterThan(0.035);
      expect(share(topic)).toBeLessThan(0.08);
    }
    for (const topic of ['interest', 'trade']) {
      expect(share(topic)).toBeGreaterThan(0.025);
      expect(share(topic)).toBeLessThan(0.06);
    }
    for (const topic of ['ship', 'sugar', 'coffee', 'gold', 'gnp', 'nat-gas']) {
      expect(share(topic)).toBeGreaterThan(0.004);
      expect(share(topic)).toBeLessThan(0.035);
    }
    expect(count.size).toBeGreaterThan(30);
    expect(multi / files.length).toBeGreaterThan(0.02);
    expect(multi / files.length).toBeLessThan(0.09);
  });

  it('writes files the parser reads without warnings, the wire dateline recognised', () => {
    const withWarnings = files.filter((file) => warnings.get(file)!.length > 0);
    expect(withWarnings).toEqual([]);
    let agencyDatelines = 0;
    for (const file of files) {
      const story = stories.get(file)!;
      const label = labels[file]!;
      expect(story.dateline, file).toBeTruthy();
      expect(story.paragraphs[0]!.startsWith(story.dateline!), file).toBe(false);
      expect(story.paragraphs[0], file).not.toMatch(/^[\s\-–—]/);
      expect(story.byline).toBe('Harbour Wire');
      expect(story.title).toBe(label.title);
      expect(story.date).toBe(label.date);
      expect(story.section).toBe(label.section);
      if (texts.get(file)!.includes('(Harbour Wire) ')) agencyDatelines += 1;
    }
    expect(agencyDatelines).toBeGreaterThan(files.length * 0.1);
    // Mostly no captions, as wire copy has none; headlines mostly in capitals.
    const captioned = files.filter((file) => stories.get(file)!.captions.length > 0).length;
    expect(captioned).toBeLessThan(files.length * 0.06);
    const upper = files.filter((file) => {
      const title = stories.get(file)!.title;
      return title === title.toUpperCase();
    }).length;
    expect(upper).toBeGreaterThan(files.length * 0.8);
  });

  it('writes the labels file in the shape the evaluation reads as story records', () => {
    expect(Object.keys(labels).sort()).toEqual([...files].sort());
    for (const file of files) {
      const label = labels[file]!;
      expect(Object.keys(label).sort()).toEqual(
        ['date', 'related', 'section', 'thread', 'title', 'topics'].sort(),
      );
      expect(label.topics.length).toBeGreaterThanOrEqual(1);
      expect(label.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(label.thread).not.toBe('');
      for (const related of label.related) expect(labels[related], related).toBeDefined();
    }
    const set = normaliseLabels(labels);
    expect(set.shape).toBe('story-records');
    expect(set.size).toBe(files.length);
    expect(set.present).toEqual({ topics: true, thread: true, split: false, related: true });
    expect(set.of(files[10]!)!.topics).toEqual(labels[files[10]!]!.topics);
  });

  it('links related headlines to the files the labels name', () => {
    let named = 0;
    let resolved = 0;
    for (const file of files) {
      const story = stories.get(file)!;
      expect(story.related.label, file).toMatch(/^More From [A-Z][a-z]+$/);
      expect(story.related.headlines.length).toBeGreaterThanOrEqual(3);
      expect(story.related.headlines.length).toBeLessThanOrEqual(8);
      named += story.related.headlines.length;
      resolved += labels[file]!.related.length;
      // Every labelled file is named (in a variant spelling at times); some headlines name none.
      const shown = new Set(story.related.headlines.map(normaliseTitle));
      for (const other of labels[file]!.related) {
        expect(shown.has(normaliseTitle(labels[other]!.title)), `${file} → ${other}`).toBe(true);
      }
    }
    expect(resolved).toBeLessThan(named);
    expect(resolved).toBeGreaterThan(named * 0.7);
  });

  it('groups running stories into threads of several stories over days to weeks', () => {
    const threads = new Map<string, string[]>();
    for (const file of files) {
      const thread = labels[file]!.thread;
      threads.set(thread, [...(threads.get(thread) ?? []), file]);
    }
    const running = [...threads].filter(([id]) => id.startsWith('run'));
    expect(running.length).toBeGreaterThan(10);
    const kinds = new Set(running.map(([id]) => id.replace(/^run\d+-/, '')));
    expect(kinds.has('takeover')).toBe(true);
    expect(kinds.size).toBeGreaterThanOrEqual(4);
    for (const [, members] of running) {
      const dates = members.map((file) => Date.parse(labels[file]!.date));
      expect((Math.max(...dates) - Math.min(...dates)) / 86_400_000).toBeLessThanOrEqual(45);
      const topics = new Set(members.map(firstTopic));
      expect(topics.size).toBe(1);
    }
    // Stories that stand alone carry their own thread id.
    const alone = [...threads].filter(([id]) => !id.startsWith('run'));
    expect(alone.every(([, members]) => members.length <= 2)).toBe(true);
  });

  it('writes short, formulaic results stories and longer deal stories', () => {
    const earn = files.filter((file) => firstTopic(file) === 'earn');
    const formulaic = earn.filter((file) =>
      /\b(Shr|Net)\b/i.test(stories.get(file)!.paragraphs.join('\n')),
    );
    expect(formulaic.length / earn.length).toBeGreaterThanOrEqual(0.6);
    const earnWords = earn.map((file) => words(stories.get(file)!)).sort((a, b) => a - b);
    expect(earnWords[Math.floor(earnWords.length / 2)]).toBeLessThan(70);
    expect(earnWords[Math.floor(earnWords.length * 0.9)]).toBeLessThanOrEqual(130);
    const acq = files.filter((file) => firstTopic(file) === 'acq');
    const acqWords = acq.map((file) => words(stories.get(file)!)).sort((a, b) => a - b);
    expect(acqWords[Math.floor(acqWords.length / 2)]).toBeGreaterThanOrEqual(80);
    expect(acqWords.at(-1)).toBeLessThanOrEqual(300);
    // Formulaic but not copies: earn stories of one archive rarely share a body.
    const bodies = new Set(earn.map((file) => stories.get(file)!.paragraphs.join('\n')));
    expect(bodies.size).toBeGreaterThan(earn.length * 0.95);
  });

  it('has the same companies in stories of several categories', () => {
    const plan = planWireArchive({ stories: STORIES, seed: SEED });
    const popular = plan.world.companies
      .map((company) => ({
        company,
        files: files.filter((file) => texts.get(file)!.includes(company.name)),
      }))
      .sort((a, b) => b.files.length - a.files.length)
      .slice(0, 20);
    const spanning = popular.filter(({ files: found }) => new Set(found.map(firstTopic)).size > 1);
    expect(spanning.length).toBeGreaterThan(10);
    const both = popular.filter(({ files: found }) => {
      const topics = new Set(found.map(firstTopic));
      return topics.has('earn') && topics.has('acq');
    });
    expect(both.length).toBeGreaterThan(5);
  });

  it('plans the same archive as it writes (plan and files agree)', () => {
    const plan = planWireArchive({ stories: STORIES, seed: SEED });
    expect(plan.files.map((file) => file.file)).toEqual(files);
    for (const file of plan.files.slice(0, 200)) {
      expect(plan.stories[file.story]!.title).toBe(labels[file.file]!.title);
    }
  });
});
