import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArchive } from '../../../tools/generate/generate-archive';
import { parseStory } from '../../../main/core/story/parse-story';
import { normaliseTitle } from '../../../main/core/story/normalise-title';
import { storyText } from '../../core/story/story-fixtures';
import type { Story } from '../../../contract/api';
import { storyFromBytes } from '../../../main/core/story/read-story-file';
import { planArchive } from '../../../tools/generate/archive-plan';
import { renderStoryClipping } from '../../../tools/generate/render-clipping';
import { renderStoryPage } from '../../../tools/generate/render-page';
import { draftStory, renderStoryText } from '../../../tools/generate/render-story';

/** SHA-256 of the 500-story archive (seed 1, 5% damaged) as the generator wrote it before formats. */
const GOLDEN_500_SEED_1_DAMAGED =
  '8b2eb889934d77253b8ec3bfdeb23cb7f5b42fc9e8446a7284240b31a75fe11b';

let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'clippings-generate-'));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function readAll(dir: string, files: readonly string[]): Promise<Map<string, Buffer>> {
  const contents = new Map<string, Buffer>();
  for (const file of files) contents.set(file, await readFile(join(dir, file)));
  return contents;
}

describe('generateArchive', () => {
  it('writes the asked number of story files named NNN_<16 hex>.txt, directly in the folder', async () => {
    const dir = join(scratch, 'names');
    const result = await generateArchive(dir, { stories: 120, seed: 4 });
    const listed = (await readdir(dir)).sort();
    expect(result.stories).toBe(120);
    expect(listed).toEqual([...result.files].sort());
    for (const file of listed) expect(file).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
    expect(listed[0]).toMatch(/^000_/);
    expect(listed[119]).toMatch(/^119_/);
  });

  it('writes byte-identical files for the same seed, and other files for another seed', async () => {
    const first = await generateArchive(join(scratch, 'same-a'), { stories: 60, seed: 9 });
    const second = await generateArchive(join(scratch, 'same-b'), { stories: 60, seed: 9 });
    const other = await generateArchive(join(scratch, 'other'), { stories: 60, seed: 10 });
    expect(second.files).toEqual(first.files);
    const a = await readAll(join(scratch, 'same-a'), first.files);
    const b = await readAll(join(scratch, 'same-b'), second.files);
    for (const file of first.files) expect(b.get(file)!.equals(a.get(file)!)).toBe(true);
    expect(other.files).not.toEqual(first.files);
  });

  it('writes stories in the saved-page shape: NBSP header, dates, bylines, no trailing newline', async () => {
    const dir = join(scratch, 'shape');
    const { files } = await generateArchive(dir, { stories: 40, seed: 2 });
    const text = await readFile(join(dir, files[7]!), 'utf8');
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^ date \d{4}-\d{2}-\d{2} \u00a0$/);
    expect(lines[1]).toMatch(/^[a-z]+$/);
    expect(lines[2]).toMatch(/^[A-Z][a-z]+day [A-Z][a-z]{2} \d{2} \d{4}$/);
    expect(lines.slice(3, 6)).toEqual(['By', lines[4], '']);
    expect(lines[7]).toBe('');
    expect(lines.slice(8, 10)).toEqual(['By', lines[4]]);
    expect(lines[11]).toBe(lines[2]!.replace(/ (\d{4})$/, ', $1'));
    expect(text.endsWith('\n')).toBe(false);
    expect(text).toMatch(/\n\nMore From [A-Z][a-z]+:\n\n/);
  });

  it('writes stories the parser reads cleanly: title, date, section, captions, related headlines', async () => {
    const dir = join(scratch, 'parsed');
    const { files } = await generateArchive(dir, { stories: 80, seed: 5 });
    let withDateline = 0;
    let withCaptions = 0;
    for (const file of files) {
      const text = await readFile(join(dir, file), 'utf8');
      const story = parseStory(storyText(new Uint8Array(Buffer.from(text))), file);
      expect(story.warnings).toEqual([]);
      expect(story.title).toBe(text.split('\n')[6]);
      expect(story.date).toBe(text.slice(6, 16));
      expect(story.related.headlines.length).toBeGreaterThanOrEqual(4);
      expect(story.related.headlines.length).toBeLessThanOrEqual(12);
      const words = story.paragraphs.join(' ').split(/\s+/).length;
      expect(words).toBeGreaterThanOrEqual(280);
      expect(words).toBeLessThan(1000);
      if (story.dateline) withDateline += 1;
      if (story.captions.length > 0) withCaptions += 1;
    }
    expect(withDateline).toBeGreaterThan(files.length / 2);
    expect(withCaptions).toBeGreaterThan(files.length / 3);
  });

  it('saves a few stories twice under two names (same title and date)', async () => {
    const dir = join(scratch, 'duplicates');
    const { files } = await generateArchive(dir, { stories: 400, seed: 3 });
    const seen = new Map<string, string>();
    let duplicates = 0;
    for (const file of files) {
      const story = parseStory(await readFile(join(dir, file), 'utf8'), file);
      const key = `${story.date} ${normaliseTitle(story.title)}`;
      if (seen.has(key)) duplicates += 1;
      else seen.set(key, file);
    }
    expect(duplicates).toBeGreaterThanOrEqual(2);
    expect(duplicates).toBeLessThan(20);
  });

  it('writes labels outside the folder mapping every story file to its topic', async () => {
    const dir = join(scratch, 'labelled');
    const labelsFile = join(scratch, 'labelled.labels.json');
    const result = await generateArchive(dir, { stories: 150, seed: 6, labelsFile });
    const labels = JSON.parse(await readFile(labelsFile, 'utf8')) as Record<string, string>;
    expect(Object.keys(labels).sort()).toEqual([...result.files].sort());
    const topics = new Set(Object.values(labels));
    expect(topics.size).toBe(result.topics);
    expect(topics.size).toBeGreaterThan(5);
    expect(topics.size).toBeLessThan(100);
  });

  it('refuses a labels file inside the archive folder', async () => {
    const dir = join(scratch, 'refused');
    await expect(
      generateArchive(dir, { stories: 5, labelsFile: join(dir, 'labels.json') }),
    ).rejects.toThrow(/outside the archive folder/);
  });

  it('puts files in one folder per year when asked', async () => {
    const dir = join(scratch, 'by-year');
    const { files } = await generateArchive(dir, { stories: 300, seed: 1, byYear: true });
    for (const file of files) expect(file).toMatch(/^20(19|20|21|22)\/\d{3}_[0-9a-f]{16}\.txt$/);
    expect(new Set(files.map((file) => file.slice(0, 4))).size).toBeGreaterThan(1);
    for (const file of files.slice(0, 20)) {
      const text = await readFile(join(dir, file), 'utf8');
      expect(text.slice(6, 10)).toBe(file.slice(0, 4));
    }
  });

  it('writes damaged files only when asked, and then in several kinds', async () => {
    const clean = join(scratch, 'clean');
    const damagedDir = join(scratch, 'damaged');
    const cleanFiles = (await generateArchive(clean, { stories: 200, seed: 8 })).files;
    const { files } = await generateArchive(damagedDir, { stories: 200, seed: 8, damaged: 0.2 });
    expect(files).toEqual(cleanFiles);
    let changed = 0;
    let empty = 0;
    let crlf = 0;
    for (const file of files) {
      const a = await readFile(join(clean, file));
      const b = await readFile(join(damagedDir, file));
      if (!a.equals(b)) changed += 1;
      if (b.length === 0) empty += 1;
      if (b.includes('\r\n')) crlf += 1;
      expect(a.toString('utf8')).not.toContain('\r');
    }
    expect(changed).toBeGreaterThan(20);
    expect(changed).toBeLessThanOrEqual(40);
    expect(empty + crlf).toBeGreaterThan(0);
  });
});

describe('generateArchive with formats', () => {
  it('writes, without formats, exactly the archive it wrote before formats existed', async () => {
    const dir = join(scratch, 'golden');
    const result = await generateArchive(dir, { stories: 500, seed: 1, damaged: 0.05 });
    const digest = createHash('sha256');
    for (const file of [...result.files].sort()) {
      digest.update(`${file}\n`);
      digest.update(await readFile(join(dir, file)));
    }
    expect(digest.digest('hex')).toBe(GOLDEN_500_SEED_1_DAMAGED);
  });

  it('writes the same article as a text, a saved page and a clipping, which read back alike', async () => {
    const plan = planArchive({ stories: 60, seed: 5 });
    const alike = (story: Story) => ({
      title: story.title,
      date: story.date,
      section: story.section,
      byline: story.byline,
      dateline: story.dateline,
      captions: story.captions,
      paragraphs: story.paragraphs,
      related: story.related.headlines.map(normaliseTitle),
    });
    for (const planned of plan.files) {
      const draft = draftStory(plan, planned);
      const read = (text: string, file: string): Story => {
        const result = storyFromBytes(Buffer.from(text), file);
        if (!result.ok) throw new Error(result.skipped.reason);
        return result.story;
      };
      const text = read(renderStoryText(draft), 'a.txt');
      expect(alike(read(renderStoryPage(draft, planned.id, 0), 'a.html'))).toEqual(alike(text));
      expect(alike(read(renderStoryPage(draft, planned.id, 1), 'a.html'))).toEqual(alike(text));
      expect(alike(read(renderStoryClipping(draft, planned.id), 'a.md'))).toEqual(alike(text));
    }
  });

  it('names files by format, in turns', async () => {
    const dir = join(scratch, 'formats');
    const result = await generateArchive(dir, {
      stories: 9,
      seed: 2,
      formats: ['text', 'html', 'markdown'],
    });
    expect(result.files.map((file) => file.slice(file.lastIndexOf('.')))).toEqual([
      '.txt',
      '.html',
      '.md',
      '.txt',
      '.html',
      '.md',
      '.txt',
      '.html',
      '.md',
    ]);
    expect((await readdir(dir)).sort()).toEqual([...result.files].sort());
  });
});
