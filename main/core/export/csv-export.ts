/**
 * Stories' metadata as CSV for spreadsheets: one row per story, a header row, RFC 4180
 * quoting (csv-stringify), a UTF-8 byte-order mark so spreadsheet programs read accents right,
 * and cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) prefixed
 * with an apostrophe.
 */
import { stringify } from 'csv-stringify/sync';
import type { ExportItem } from './export-item';

export const CSV_COLUMNS = [
  'id',
  'file',
  'date',
  'section',
  'title',
  'byline',
  'dateline',
  'source',
  'paragraphs',
  'starred',
  'read',
  'tags',
  'notes',
  'highlights',
] as const;

export function storiesAsCsv(items: readonly ExportItem[]): string {
  const rows = items.map(({ story, state, source }) =>
    [
      story.id,
      story.file,
      story.date ?? '',
      story.section,
      story.title,
      story.byline ?? '',
      story.dateline ?? '',
      source ?? '',
      String(story.paragraphs.length),
      state.starred ? 'yes' : 'no',
      state.read ? 'yes' : 'no',
      state.tags.join('; '),
      String(state.notes.length),
      String(state.highlights.length),
    ].map(defuseFormula),
  );
  return `\uFEFF${stringify([[...CSV_COLUMNS], ...rows], { record_delimiter: 'windows' })}`;
}

/** `=SUM(…)` in a title must stay text in a spreadsheet. */
function defuseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
