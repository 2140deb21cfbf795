/**
 * The bundled sample archive (archive/) read by the scanner, checked against its description
 * (tests/fixtures/sample-archive.json, written with the archive): every file parses, only the
 * files damaged on purpose carry warnings, titles, duplicates and related-headline links are
 * what the description says.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SkippedFile, Story } from '../../../contract/api';
import { scanArchive } from '../../../main/core/story/scan-archive';
import { createTitleResolver, findDuplicateGroups } from '../../../main/core/story/title-links';
import { SAMPLE_ARCHIVE } from './story-fixtures';

interface SampleArchive {
  stories: number;
  sections: string[];
  dateRange: [string, string];
  storylines: { name: string; files: string[] }[];
  duplicates: string[][];
  damaged: { file: string; damage: string }[];
  normalisedReferences: { inFile: string; headline: string; resolvesTo: string }[];
  missingHeadlines: { headline: string; citedBy: string[] }[];
  titles: Record<string, string>;
}

const sample = JSON.parse(
  readFileSync(join(__dirname, '../../fixtures/sample-archive.json'), 'utf8'),
) as SampleArchive;
/** What a reader must never see: U+FFFD, C0 controls (except line breaks), C1 controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNREADABLE = /[\ufffd\u0000-\u0008\u000b-\u001f\u0080-\u009f]/;
// eslint-disable-next-line no-control-regex -- the same
const NON_ASCII = /[^\u0000-\u007f]/;
const damage = new Map(sample.damaged.map((entry) => [entry.file, entry.damage]));

let stories: Story[] = [];
let skipped: SkippedFile[] = [];
let byFile = new Map<string, Story>();
beforeAll(async () => {
  ({ stories, skipped } = await scanArchive(SAMPLE_ARCHIVE));
  byFile = new Map(stories.map((story) => [story.file, story]));
});

/** Every piece of text a reader sees, one per line. */
const textOf = (s: Story): string =>
  [s.title, s.byline, s.dateline, ...s.captions, ...s.paragraphs, ...s.related.headlines].join(
    '\n',
  );

const story = (file: string): Story => {
  const found = byFile.get(file);
  if (!found) throw new Error(`${file} is not in the scanned archive`);
  return found;
};

describe('the sample archive, scanned', () => {
  it('parses every file, skipping none', () => {
    expect(skipped).toEqual([]);
    expect(stories).toHaveLength(sample.stories);
  });

  it('gives each story the title the description lists', () => {
    const titles = Object.fromEntries(stories.map((s) => [s.file, s.title]));
    expect(titles).toEqual(sample.titles);
  });

  it('has no warnings except on the files damaged on purpose', () => {
    const warned = stories.filter((s) => s.warnings.length > 0).map((s) => s.file);
    expect(warned.every((file) => damage.has(file))).toBe(true);
  });

  it('reads every undamaged story in full: date in range, known section, byline, body, related block', () => {
    for (const s of stories.filter((entry) => !damage.has(entry.file))) {
      expect(s.date! >= sample.dateRange[0] && s.date! <= sample.dateRange[1]).toBe(true);
      expect(sample.sections).toContain(s.section);
      expect(s.byline).not.toBeNull();
      expect(s.paragraphs.length).toBeGreaterThan(3);
      expect(s.related.label).toBe(`More From ${s.section[0]!.toUpperCase()}${s.section.slice(1)}`);
      expect(s.related.headlines.length).toBeGreaterThan(0);
      // A caption never leaks into the body, nor the body into the captions.
      for (const caption of s.captions) expect(s.paragraphs).not.toContain(caption);
      expect(s.captions.length).toBeLessThanOrEqual(3);
    }
  });

  it('reads each damaged file as well as its damage allows, saying so where it must', () => {
    for (const [file, kind] of damage) {
      const s = story(file);
      expect(s.title).toBe(sample.titles[file]);
      expect(textOf(s)).not.toMatch(UNREADABLE);
      switch (kind) {
        case 'crlf':
        case 'utf8-bom':
        case 'utf16le-bom':
          expect(s.warnings).toEqual([]);
          expect(s.paragraphs.length).toBeGreaterThan(3);
          expect(s.related.headlines.length).toBeGreaterThan(0);
          break;
        case 'windows-1252':
          expect(s.warnings).toEqual(['The file is not valid UTF-8; it was read as Windows-1252.']);
          expect(textOf(s)).toMatch(NON_ASCII);
          break;
        case 'no-date-header':
          expect(s.date).not.toBeNull();
          expect(s.warnings).toEqual([expect.stringMatching(/^The file has no date header;/)]);
          break;
        case 'plain-text':
          expect(s.section).toBe('unfiled');
          expect(s.paragraphs.length).toBeGreaterThan(0);
          expect(s.warnings[0]).toMatch(/no story header/);
          break;
        case 'single-caption-and-headline':
          expect(s.warnings).toEqual([]);
          expect(s.captions).toHaveLength(1);
          break;
        default:
          throw new Error(`The description names a damage the test does not know: ${kind}`);
      }
    }
  });

  it('finds the duplicates the description lists', () => {
    const idOf = (file: string): string => story(file).id;
    expect(findDuplicateGroups(stories)).toEqual(
      sample.duplicates.map((group) => group.map(idOf).sort()),
    );
  });

  it('resolves headlines written differently to the story they name', () => {
    const resolve = createTitleResolver(stories);
    for (const reference of sample.normalisedReferences) {
      const citing = story(reference.inFile);
      expect(citing.related.headlines).toContain(reference.headline);
      expect(resolve(reference.headline, citing.date).id).toBe(story(reference.resolvesTo).id);
    }
  });

  it('leaves the headlines the archive lacks unresolved, in every story that cites them', () => {
    const resolve = createTitleResolver(stories);
    for (const missing of sample.missingHeadlines) {
      expect(resolve(missing.headline, null).id).toBeNull();
      for (const file of missing.citedBy) {
        expect(story(file).related.headlines).toContain(missing.headline);
      }
    }
  });

  it('links the stories of each storyline to one another through their related blocks', () => {
    const resolve = createTitleResolver(stories);
    for (const storyline of sample.storylines) {
      const ids = new Set(storyline.files.map((file) => story(file).id));
      for (const file of storyline.files) {
        const s = story(file);
        const linksOut = s.related.headlines.some((h) => ids.has(resolve(h, s.date).id ?? ''));
        const linkedIn = stories.some(
          (other) =>
            ids.has(other.id) &&
            other.related.headlines.some((h) => resolve(h, other.date).id === s.id),
        );
        expect(linksOut || linkedIn, `${file} in "${storyline.name}"`).toBe(true);
      }
    }
  });
});
