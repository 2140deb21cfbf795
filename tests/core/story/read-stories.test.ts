/**
 * Reading files of every format through readStories (main/core/story/read-stories.ts): one
 * news-database export of three invented stories saved the ways Nexis and Factiva save them
 * (tests/fixtures/exports/: text, HTML, RTF, a `.doc` that is RTF, a Word document, a PDF),
 * a single article as PDF and MHTML, and the ids and places every story gets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Story } from '../../../main/core/model/story';
import { readStories } from '../../../main/core/story/read-stories';
import { MAX_STORY_BYTES } from '../../../main/core/story/story-files';
import { textKeyOf } from '../../../main/core/index/text-key';
import { docxOf } from './zip-fixture';

const FIXTURES = join(__dirname, '../../fixtures/exports');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));
const STORIES = JSON.parse(fixture('stories.json').toString('utf8')) as {
  title: string;
  byline: string;
  pub: string;
  section: string;
  words: number;
  date_us: string;
  date_uk: string;
  paras: string[];
}[];
const DATES = ['2021-03-03', '2021-03-04', '2021-03-05'];

/** The export text's cover and its stories, each from the start of its `N of 3` line. */
function chunksOf(source: string): { cover: string; stories: string[] } {
  const starts = [1, 2, 3].map(
    (n) => source.lastIndexOf('\n', source.indexOf(`${n} of 3 DOCUMENTS`)) + 1,
  );
  return {
    cover: source.slice(0, starts[0]),
    stories: starts.map((start, at) => source.slice(start, starts[at + 1] ?? source.length)),
  };
}

async function storiesOf(bytes: Buffer, file: string): Promise<Story[]> {
  const read = await readStories(bytes, file, {});
  if (!read.ok) throw new Error(read.skipped.reason);
  return read.stories;
}

/** What every reading of the export must give, story by story. */
function expectTheExport(stories: Story[], stem: string, source: 'nexis' | 'factiva'): void {
  expect(stories.map((story) => story.title)).toEqual(STORIES.map((story) => story.title));
  expect(stories.map((story) => story.date)).toEqual(DATES);
  expect(stories.map((story) => story.byline)).toEqual(STORIES.map((story) => story.byline));
  expect(stories.map((story) => story.publication)).toEqual(STORIES.map((story) => story.pub));
  expect(stories.map((story) => story.wordCount)).toEqual(STORIES.map((story) => story.words));
  expect(stories.map((story) => story.position)).toEqual([
    { index: 1, count: 3 },
    { index: 2, count: 3 },
    { index: 3, count: 3 },
  ]);
  stories.forEach((story, at) => {
    expect(story.exportSource).toBe(source);
    expect(story.id).toMatch(new RegExp(`^${stem}@[0-9a-f]{8}$`));
    // The body is the story's text: no cover page, copyright, load date or classification.
    expect(story.paragraphs).toEqual(STORIES[at]!.paras);
    expect(story.copyright).toMatch(/2021/);
    expect(story.warnings).toEqual([]);
  });
}

describe('readStories: a Nexis export', () => {
  it('reads LexisNexis text (N of M DOCUMENTS), its cover page and trailing fields left out', async () => {
    const stories = await storiesOf(fixture('nexis-academic.txt'), 'nexis-academic.txt');
    expectTheExport(stories, 'nexis-academic', 'nexis');
    expect(stories.map((story) => story.section)).toEqual(['business', 'travel', 'culture']);
    expect(stories[0]!.format).toBe('text');
  });

  it('reads the same export as HTML, and as a .doc that is RTF inside (by its bytes)', async () => {
    expectTheExport(
      await storiesOf(fixture('nexis-academic.html'), 'nexis-academic.html'),
      'nexis-academic',
      'nexis',
    );
    const rtf = await storiesOf(fixture('nexis-academic.doc'), 'nexis-academic.doc');
    expectTheExport(rtf, 'nexis-academic', 'nexis');
    expect(rtf[0]!.format).toBe('rtf');
  });

  it('reads Nexis Uni (End of Document) printed to PDF, and as a Word document', async () => {
    const pdf = await storiesOf(fixture('nexis-uni.pdf'), 'nexis-uni.pdf');
    expectTheExport(pdf, 'nexis-uni', 'nexis');
    const blocks = [
      'Date and Time: Monday, March 8, 2021 10:12:00 AM GMT',
      'Job Number: 4242',
      ...STORIES.flatMap((story) => [
        `# ${story.title}`,
        story.pub,
        story.date_us,
        `Copyright 2021 ${story.pub} Ltd All Rights Reserved`,
        `Section: ${story.section}; Pg. 4`,
        `Length: ${story.words} words`,
        `Byline: ${story.byline}`,
        'Body',
        ...story.paras,
        'Classification',
        'Language: ENGLISH',
        'Load-Date: March 6, 2021',
        'End of Document',
      ]),
    ];
    const docx = await storiesOf(docxOf(blocks), 'nexis-uni.docx');
    expectTheExport(docx, 'nexis-uni', 'nexis');
    expect(docx[0]!.format).toBe('docx');
  });

  it('gives a story the same id in every format and in a re-download in another order', async () => {
    const text = await storiesOf(fixture('nexis-academic.txt'), 'a.txt');
    const pdf = await storiesOf(fixture('nexis-uni.pdf'), 'a.pdf');
    expect(pdf.map((story) => story.id)).toEqual(text.map((story) => story.id));
    // The same export with its stories in the opposite order: ids follow the stories.
    const { cover, stories } = chunksOf(fixture('nexis-academic.txt').toString('utf8'));
    const reordered = cover + [...stories].reverse().join('');
    const again = await storiesOf(Buffer.from(reordered), 'a.txt');
    expect(again.map((story) => story.id)).toEqual([...text].reverse().map((story) => story.id));
    expect(again.map((story) => story.position!.index)).toEqual([1, 2, 3]);
  });

  it('breaks ties between stories of the same headline and date by their place', async () => {
    const { cover, stories: parts } = chunksOf(fixture('nexis-academic.txt').toString('utf8'));
    const twice = cover + parts[0]! + parts[0]!;
    const stories = await storiesOf(Buffer.from(twice), 'twice.txt');
    expect(stories.map((story) => story.id)).toEqual([
      expect.stringMatching(/^twice@[0-9a-f]{8}$/),
      `${stories[0]!.id}-2`,
    ]);
  });

  it('reads an export over 1 MB: the limit is per story, not per file', async () => {
    const { cover, stories: parts } = chunksOf(fixture('nexis-academic.txt').toString('utf8'));
    const many = Array.from({ length: 1000 }, (_, n) =>
      parts[0]!
        .replace('1 of 3 DOCUMENTS', `${n + 1} of 1000 DOCUMENTS`)
        .replace('the old quay', `quay ${n}`),
    );
    const bytes = Buffer.from(cover + many.join(''));
    expect(bytes.length).toBeGreaterThan(MAX_STORY_BYTES);
    const stories = await storiesOf(bytes, 'big-export.txt');
    expect(stories).toHaveLength(1000);
    expect(stories[999]!.position).toEqual({ index: 1000, count: 1000 });
    expect(new Set(stories.map((story) => story.id)).size).toBe(1000);
    // A text file of one story that size is still skipped, saying why.
    const plain = await readStories(Buffer.alloc(MAX_STORY_BYTES + 1, 'a'), 'dump.txt');
    expect(plain).toEqual({
      ok: false,
      skipped: {
        file: 'dump.txt',
        reason: 'The file is 1 MB; story files over 1 MB are not read.',
      },
    });
  });
});

describe('readStories: a large export', () => {
  it('reads a 5 MB export (4,500 stories) in pieces, no story lost or split at a cut', async () => {
    const { cover, stories: parts } = chunksOf(fixture('nexis-academic.txt').toString('utf8'));
    const count = 4500;
    const many = Array.from({ length: count }, (_, n) =>
      parts[n % 3]!.replace(/\d of 3 DOCUMENTS/, `${n + 1} of ${count} DOCUMENTS`).replace(
        /^(.*(?:quay|years|public))$/m,
        `$1 ${n}`,
      ),
    );
    const bytes = Buffer.from(cover + many.join(''));
    expect(bytes.length).toBeGreaterThan(5 * 1024 * 1024);
    const stories = await storiesOf(bytes, 'large.txt');
    expect(stories).toHaveLength(count);
    expect(new Set(stories.map((story) => story.id)).size).toBe(count);
    stories.forEach((story, at) => {
      expect(story.position).toEqual({ index: at + 1, count });
      expect(story.paragraphs).toEqual(STORIES[at % 3]!.paras);
    });
  }, 60_000);
});

describe('readStories: a Factiva export', () => {
  it('reads the coded fields (HD, BY, WC, PD, SN, CY, LP, TD, AN) in text and RTF', async () => {
    expectTheExport(
      await storiesOf(fixture('factiva-coded.txt'), 'factiva.txt'),
      'factiva',
      'factiva',
    );
    const rtf = await storiesOf(fixture('factiva-coded.rtf'), 'factiva.rtf');
    expectTheExport(rtf, 'factiva', 'factiva');
  });

  it('reads the HTML of the full-article display, the page heading left out', async () => {
    const stories = await storiesOf(fixture('factiva-plain.html'), 'factiva.html');
    expectTheExport(stories, 'factiva', 'factiva');
    expect(stories.map((story) => story.section)).toEqual(['business', 'travel', 'culture']);
  });
});

describe('readStories: one article saved as a document', () => {
  it('reads a PDF: title from its metadata, columns in order, paragraphs rebuilt', async () => {
    const [story] = await storiesOf(fixture('article.pdf'), 'article.pdf');
    expect(story).toMatchObject({
      id: 'article',
      format: 'pdf',
      title: STORIES[0]!.title,
      date: '2021-03-03',
      byline: 'Ada Lund',
      paragraphs: STORIES[0]!.paras,
    });
    expect(story!.position).toBeUndefined();
  });

  it('reads an MHTML file as the page it holds', async () => {
    const [story] = await storiesOf(fixture('article.mht'), 'article.mht');
    expect(story).toMatchObject({ id: 'article', format: 'mhtml', title: STORIES[0]!.title });
    expect(story!.paragraphs).toEqual(STORIES[0]!.paras);
  });

  it('reads a Word document that is no export: its heading is the title', async () => {
    const [story] = await storiesOf(
      docxOf([
        `# ${STORIES[1]!.title}`,
        `By ${STORIES[1]!.byline}`,
        'March 4, 2021',
        ...STORIES[1]!.paras,
      ]),
      'letter.docx',
    );
    expect(story).toMatchObject({
      id: 'letter',
      format: 'docx',
      title: STORIES[1]!.title,
      byline: 'Tomas Berg',
      date: '2021-03-04',
      paragraphs: STORIES[1]!.paras,
    });
  });

  it('gives the same story the same text key in every format (duplicates fold by text)', async () => {
    const keys = await Promise.all(
      ['article.txt', 'article.pdf', 'article.mht', 'nexis-academic.txt', 'nexis-uni.pdf'].map(
        async (name) => textKeyOf((await storiesOf(fixture(name), name))[0]!.paragraphs),
      ),
    );
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f]{16}$/);
  });
});
