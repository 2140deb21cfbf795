/**
 * News-database exports generated for the formats benchmark (never committed): generated
 * stories laid out as a LexisNexis text export (hard-wrapped, `N of M DOCUMENTS`), and as an
 * HTML page of the Nexis Uni layout (one story per page break) that Chromium prints to PDF.
 */
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import type { StoryDraft } from '../../tools/generate/render-story';
import { draftStory } from '../../tools/generate/render-story';
import { planArchive } from '../../tools/generate/archive-plan';

/** `count` generated stories, each twice a generated story's length (a real export's ~6 KB). */
export function exportDrafts(count: number, seed = 16): StoryDraft[] {
  const plan = planArchive({ stories: count * 2, seed });
  const drafts = plan.files.map((file) => draftStory(plan, file));
  return Array.from({ length: count }, (_, at) => ({
    ...drafts[at * 2]!,
    paragraphs: [...drafts[at * 2]!.paragraphs, ...drafts[at * 2 + 1]!.paragraphs],
  }));
}

function wrap(text: string, width = 78): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.join('\r\n');
}

const centre = (text: string) => text.padStart(Math.floor((80 + text.length) / 2));

/** One story of a LexisNexis text export. */
export function nexisTextStory(draft: StoryDraft, index: number, count: number): string {
  return [
    centre(`${index} of ${count} DOCUMENTS`),
    '',
    centre('The Generated Gazette'),
    '',
    centre(`${draft.date.caption} ${draft.date.weekday}`),
    '',
    wrap(draft.title),
    '',
    `BYLINE: ${draft.byline}`,
    '',
    `SECTION: ${draft.section.toUpperCase()}; Pg. 3`,
    '',
    `LENGTH: ${draft.paragraphs.join(' ').split(' ').length} words`,
    '',
    ...draft.paragraphs.flatMap((paragraph) => [wrap(paragraph), '']),
    'LOAD-DATE: January 2, 2023',
    '',
    'LANGUAGE: ENGLISH',
    '',
    centre('Copyright 2023 The Generated Gazette'),
    '',
    '',
  ].join('\r\n');
}

export const NEXIS_COVER =
  'Download Request: Selected Items\r\nTerms: generated\r\n\r\nSource: The Generated Gazette\r\n\r\n\r\n';

/** A text export of these stories. */
export function nexisText(drafts: readonly StoryDraft[]): string {
  return (
    NEXIS_COVER + drafts.map((draft, at) => nexisTextStory(draft, at + 1, drafts.length)).join('')
  );
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The Nexis Uni layout as a page to print: one story after another, each from a new page. */
export function nexisUniPage(drafts: readonly StoryDraft[]): string {
  const stories = drafts.map(
    (draft) =>
      `<div class="s"><h1>${escape(draft.title)}</h1><p>The Generated Gazette</p><p>${escape(`${draft.date.caption} ${draft.date.weekday}`)}</p><p>Copyright 2023 The Generated Gazette</p><p>Section: ${escape(draft.section)}</p><p>Length: ${draft.paragraphs.join(' ').split(' ').length} words</p><p>Byline: ${escape(draft.byline)}</p><p><b>Body</b></p>${draft.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}<p>Load-Date: January 2, 2023</p><p>End of Document</p></div>`,
  );
  return `<!doctype html><html><head><meta charset="utf-8"><title>Nexis Uni</title><style>body{font:11.2pt serif} h1{font-size:15pt} .s{page-break-before:always}</style></head><body><p>Documents (${drafts.length})</p>${stories.join('')}</body></html>`;
}

/** Prints an HTML file to PDF with Debian's Chromium; false when Chromium is not there. */
export async function printToPdf(
  html: string,
  htmlPath: string,
  pdfPath: string,
): Promise<boolean> {
  await writeFile(htmlPath, html);
  const run = spawnSync(
    '/usr/bin/chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${htmlPath}.profile`,
      '--no-pdf-header-footer',
      `--print-to-pdf=${pdfPath}`,
      htmlPath,
    ],
    { stdio: 'ignore', timeout: 300_000 },
  );
  return run.status === 0;
}
