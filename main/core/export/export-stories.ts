/**
 * One export, in the format asked for: Markdown (YAML front matter, one story after another),
 * HTML (one document, with a print stylesheet), JSON (`[{ story, library }]`) or CSV
 * (metadata for spreadsheets). Answers the file's text with a name and type, so each shell
 * can save it its own way (a download in the renderer, `--out` in the CLI).
 */
import type { ExportFile, ExportFormat } from '../model/library';
import { storiesAsCsv } from './csv-export';
import type { ExportItem } from './export-item';
import { storiesAsHtml } from './html-export';
import { storiesAsMarkdown } from './markdown-export';

const TYPES: Record<ExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

/** @param name what was exported, for the file name and the HTML title (e.g. "is:starred") */
export function exportStories(
  items: readonly ExportItem[],
  format: ExportFormat,
  name: string,
): ExportFile {
  return {
    fileName: `${fileStem(name, items)}.${format}`,
    mimeType: TYPES[format],
    text: render(items, format, name),
    stories: items.length,
  };
}

function render(items: readonly ExportItem[], format: ExportFormat, name: string): string {
  switch (format) {
    case 'md':
      return storiesAsMarkdown(items);
    case 'html':
      return storiesAsHtml(items, name);
    case 'csv':
      return storiesAsCsv(items);
    case 'json':
      return `${JSON.stringify(
        items.map(({ story, state }) => ({ story, library: state })),
        null,
        2,
      )}\n`;
  }
}

/** A file name that every file system accepts: the story id for one story, else the name. */
function fileStem(name: string, items: readonly ExportItem[]): string {
  const base = items.length === 1 && items[0] ? items[0].story.id : `clippings-${name}`;
  const safe = base
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80);
  return safe || 'clippings-export';
}
