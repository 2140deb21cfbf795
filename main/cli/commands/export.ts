/**
 * `clippings export --query Q --format md|html|json|csv --out PATH --archive DIR [--cache C]
 * [--data D] [--id ID …]`: writes every story a search finds (or the stories named with
 * `--id`) with what the library keeps about them, in the order a search lists them.
 *
 * PATH is one file (created, or replaced when it is a regular file); a folder — an existing
 * one, or any PATH ending with `/`, created when missing — gets one file per story, named
 * after its id (`<id>.md`, which is how Markdown is read back story by story), with `-2`,
 * `-3` … when a name is taken, so no export overwrites a file. Where it may write is decided
 * first (export-destination.ts: never inside the archive, links followed; never over a
 * device or anything but a regular file); every file is written atomically. `--json`
 * prints `{ format, stories, files }`.
 */
import { describeOptionIssues } from '../option-problems';
import { exportRequestSchema } from '../../../contract/request-schemas';
import {
  createFileAtomic,
  exportDestination,
  writeFailure,
  writeFileAtomic,
} from '../../core/engine';
import type { CliCommand, CliValues } from '../command';
import { CliUsageError, requiredStringOption, stringOption } from '../command';
import { ARCHIVE_OPTIONS, withArchive } from '../archive-option';

export const exportCommand: CliCommand = {
  name: 'export',
  usage:
    'export --query Q --format md|html|json|csv --out PATH --archive DIR [--cache C] [--data D] [--id ID]',
  summary: 'Export a search (or stories by id) as Markdown, HTML, JSON or CSV.',
  options: {
    ...ARCHIVE_OPTIONS,
    query: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    id: { type: 'string', multiple: true },
  },
  async run({ values, log }) {
    const request = exportRequestOf(values);
    const out = requiredStringOption(values, 'out');
    const destination = await exportDestination(out, requiredStringOption(values, 'archive'));
    const intoFolder = destination.kind === 'folder';
    const files = await withArchive(
      values,
      log,
      (service) =>
        intoFolder
          ? service.library.exportEach(request)
          : service.library.export(request).then((file) => [file]),
      { library: true },
    );
    const written: string[] = [];
    try {
      if (intoFolder) {
        // Names are compared as a case-insensitive file system would, so none is reused.
        const used = new Set<string>();
        for (const file of files) {
          const dot = file.fileName.lastIndexOf('.');
          const path = await createFileAtomic(
            destination.path,
            file.fileName.slice(0, dot),
            file.fileName.slice(dot),
            file.text,
            (name) => used.has(name.normalize('NFC').toLowerCase()),
          );
          used.add(
            path
              .slice(destination.path.length + 1)
              .normalize('NFC')
              .toLowerCase(),
          );
          written.push(path);
        }
      } else {
        await writeFileAtomic(destination.path, files[0]?.text ?? '');
        written.push(destination.path);
      }
    } catch (error) {
      throw writeFailure(error, destination.path, out);
    }
    const stories = files.reduce((sum, file) => sum + file.stories, 0);
    const json = { format: request.format, stories, files: written };
    return {
      json,
      text: `Exported ${stories} ${stories === 1 ? 'story' : 'stories'} to ${intoFolder ? `${written.length} files in ${destination.path}` : destination.path}.`,
    };
  },
};
function exportRequestOf(values: CliValues) {
  const ids = Array.isArray(values['id']) ? values['id'].map(String) : undefined;
  const query = stringOption(values, 'query');
  if (ids === undefined && query === undefined) {
    throw new CliUsageError(
      'Say what to export: --query Q (a search; "" for every story) or --id ID.',
    );
  }
  const request = {
    format: requiredStringOption(values, 'format'),
    ...(ids ? { ids } : {}),
    ...(query !== undefined ? { query } : {}),
  };
  const parsed = exportRequestSchema.safeParse(request);
  if (!parsed.success) throw new CliUsageError(describeOptionIssues(parsed.error, request));
  return parsed.data;
}
