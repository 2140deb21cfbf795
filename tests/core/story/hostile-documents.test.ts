/**
 * Files built to break readers, each skipped with a reason a user can read, quickly and
 * without growing memory: damaged, truncated, encrypted and scanned PDFs, a PDF of 100,000
 * pages, one holding a deflate bomb, a DOCX zip bomb (declared and lying), RTF nested 10,000
 * groups deep, Word's older binary format, a file that looks like an export but is not, and
 * a file read past its time budget.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ReadBudget } from '../../../main/core/story/read-budget';
import { readStories } from '../../../main/core/story/read-stories';
import { docxOf, zipOf } from './zip-fixture';

const FIXTURES = join(__dirname, '../../fixtures/exports');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));

async function reasonOf(bytes: Uint8Array, file: string, budget?: ReadBudget): Promise<string> {
  const read = await readStories(bytes, file, budget ? { budget } : {});
  if (read.ok) throw new Error(`${file} was read: ${read.stories.length} stories`);
  return read.skipped.reason;
}

/** A PDF of these objects (numbered from 1), with a correct cross-reference table. */
function pdfOf(objects: readonly string[], trailer = ''): Buffer {
  let text = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, at) => {
    offsets.push(Buffer.byteLength(text, 'latin1'));
    text += `${at + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(text, 'latin1');
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) text += `${String(offset).padStart(10, '0')} 00000 n \n`;
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(text, 'latin1');
}

describe('hostile PDFs', () => {
  it('skips a truncated and a damaged PDF', async () => {
    const whole = fixture('article.pdf');
    expect(await reasonOf(whole.subarray(0, 400), 'cut.pdf')).toMatch(
      /damaged or cut short|no text layer/,
    );
    const garbage = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(5000, 0x41)]);
    expect(await reasonOf(garbage, 'damaged.pdf')).toMatch(/damaged or cut short|no text layer/);
  });

  it('skips a PDF that needs a password', async () => {
    const bytes = pdfOf(
      [
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [] /Count 0 >>',
        `<< /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -4 >>`,
      ],
      `/Encrypt 3 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>] `,
    );
    expect(await reasonOf(bytes, 'secret.pdf')).toBe(
      'The PDF is protected by a password, so it cannot be read.',
    );
  });

  it('skips a PDF of 100,000 pages at once, without reading them', async () => {
    // A real page tree: 100 nodes of 1,000 pages each (all the same blank page object).
    const nodes = Array.from({ length: 100 }, (_, n) => `${n + 4} 0 R`).join(' ');
    const kids = Array.from({ length: 1000 }, () => '3 0 R').join(' ');
    const bytes = pdfOf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      `<< /Type /Pages /Kids [${nodes}] /Count 100000 >>`,
      '<< /Type /Page /Parent 4 0 R /MediaBox [0 0 612 792] >>',
      ...Array.from(
        { length: 100 },
        () => `<< /Type /Pages /Parent 2 0 R /Kids [${kids}] /Count 1000 >>`,
      ),
    ]);
    const started = performance.now();
    expect(await reasonOf(bytes, 'long.pdf')).toBe(
      'The PDF has 100,000 pages; PDFs over 10,000 pages are not read.',
    );
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('skips a PDF holding a stream that unpacks to gigabytes, before pdf.js inflates it', async () => {
    const bomb = deflateSync(Buffer.alloc(100 * 1024 * 1024));
    const head = pdfOf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [] /Count 0 >>',
    ]);
    const bytes = Buffer.concat([
      head,
      Buffer.from(`3 0 obj\n<< /Length ${bomb.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'),
      bomb,
      Buffer.from('\nendstream\nendobj\n', 'latin1'),
    ]);
    expect(await reasonOf(bytes, 'bomb.pdf')).toMatch(/unpacks to more than 64 MB/);
  });

  it('skips a PDF with no text layer (a scan), saying OCR is not done', async () => {
    const content = '0 0 1 rg 10 10 200 200 re f';
    const bytes = pdfOf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>',
      `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    ]);
    expect(await reasonOf(bytes, 'scan.pdf')).toMatch(/no text layer .* OCR is not done here/);
  });
});

describe('hostile documents', () => {
  it('skips a DOCX zip bomb, whether its sizes are declared or lied about', async () => {
    const zeros = Buffer.alloc(300 * 1024 * 1024);
    const declared = zipOf([{ name: 'word/document.xml', data: zeros }]);
    expect(await reasonOf(declared, 'bomb.docx')).toMatch(/unpack to more than 256 MB/);
    // The directory says 1 KB; the entry inflates to 50 MB: refused at the limit, not inflated.
    const lying = zipOf([
      { name: 'word/document.xml', data: Buffer.alloc(50 * 1024 * 1024, 0x20), claimedSize: 1024 },
    ]);
    expect(await reasonOf(lying, 'liar.docx')).toMatch(/zip bomb|damaged/);
  });

  it('reads a well-formed DOCX next to them (the limits do not catch real documents)', async () => {
    const read = await readStories(
      docxOf(['# A small headline', 'One paragraph of text.']),
      'ok.docx',
    );
    expect(read.ok && read.stories[0]!.title).toBe('A small headline');
  });

  it('skips RTF nested 10,000 groups deep', async () => {
    const bytes = Buffer.from(`{\\rtf1\\ansi ${'{'.repeat(10_000)}text${'}'.repeat(10_000)}}`);
    expect(await reasonOf(bytes, 'deep.rtf')).toMatch(/nests its groups more than 1,000 deep/);
  });

  it('skips Word 97–2003 documents, saying how to read them', async () => {
    const ole = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(2048)]);
    expect(await reasonOf(ole, 'old.doc')).toMatch(/Word 97–2003 document .* save it as \.docx/);
  });

  it('reads a file that only looks like an export as the one story it is', async () => {
    const text =
      'Notes on exports\n\nEach file says 1 of 3 DOCUMENTS at the top.\n\nEnd of Document\n';
    const read = await readStories(Buffer.from(text), 'notes.txt');
    expect(read.ok && read.stories.map((story) => [story.id, story.title])).toEqual([
      ['notes', 'Notes on exports'],
    ]);
    // Such a file too long to be one story is skipped for its size, not read for minutes.
    const big = Buffer.from(`${text}${'filler line of text\n'.repeat(60_000)}`);
    expect(await reasonOf(big, 'notes.txt')).toMatch(/story files over 1 MB are not read/);
  });

  it('gives up on a file once its time budget has run out, saying so', async () => {
    const spent = new ReadBudget(0, () => 0);
    const later = new ReadBudget(
      0,
      (() => {
        let now = 0;
        return () => (now += 1000);
      })(),
    );
    expect(spent.expired).toBe(false);
    expect(await reasonOf(fixture('nexis-uni.pdf'), 'slow.pdf', later)).toMatch(
      /took longer than 0 seconds, so it was skipped/,
    );
  });
});
