/**
 * One export, in the format asked for: Markdown (YAML front matter, one story after another),
 * HTML (one document, with a print stylesheet), JSON (`[{ story, library }]`) or CSV
 * (metadata for spreadsheets). Answers the file's text with a name and type, so each shell
 * can save it its own way (a download in the renderer, `--out` in the CLI).
 */
import type { ExportFile, ExportFormat } from '../model/library';
import { storiesAsCsv } from './csv-export';
import { safeFileStem } from './export-file-name';
import type { ExportItem } from './export-item';
import { storiesAsHtml } from './html-export';
import { storiesAsMarkdown } from './markdown-export';

const TYPES: Record<ExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

/**
 * @param name what was exported, for the HTML title and the file name: a story's headline
 *   for one story, else the query (e.g. "is:starred")
 * @param stem the file's name without its extension, when the caller chooses it (the folder
 *   export names each file after its story id); by default one story's file is named after
 *   its headline and several stories' after `name`
 */
export function exportStories(
  items: readonly ExportItem[],
  format: ExportFormat,
  name: string,
  stem?: string,
): ExportFile {
  return {
    fileName: `${fileStem(name, items, stem)}.${format}`,
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

/** A file name every file system accepts: `stem`, else one story's headline, else the name. */
function fileStem(name: string, items: readonly ExportItem[], stem?: string): string {
  if (stem !== undefined) return safeFileStem(stem, 200);
  const only = items.length === 1 ? items[0] : undefined;
  if (only) return safeFileStem(only.story.title || only.story.id);
  return safeFileStem(`clippings-${name}`);
}
