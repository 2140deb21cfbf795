/**
 * `clippings export --query Q --format md|html|json|csv --out PATH --archive DIR [--cache C]
 * [--data D] [--id ID …]`: writes every story a search finds (or the stories named with
 * `--id`) with what the library keeps about them. PATH is a file; an existing folder gets one
 * file per story (`<id>.md`, …), which is how Markdown is read back story by story. Files are
 * written atomically. `--json` prints `{ format, stories, files }`.
 */
import { stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { describeIssues } from '../../api/run-api-call';
import { exportRequestSchema } from '../../../contract/request-schemas';
import { writeFileAtomic } from '../../core/engine';
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
    const out = resolve(requiredStringOption(values, 'out'));
    const inside = relative(resolve(requiredStringOption(values, 'archive')), out);
    if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) {
      throw new CliUsageError(`--out ${out} is inside the archive; Clippings never writes there.`);
    }
    const intoFolder = (await stat(out).catch(() => null))?.isDirectory() === true;
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
    for (const file of files) {
      const path = intoFolder ? join(out, file.fileName) : out;
      await writeFileAtomic(path, file.text);
      written.push(path);
    }
    const stories = files.reduce((sum, file) => sum + file.stories, 0);
    const json = { format: request.format, stories, files: written };
    return {
      json,
      text: `Exported ${stories} ${stories === 1 ? 'story' : 'stories'} to ${intoFolder ? `${written.length} files in ${out}` : out}.`,
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
  const parsed = exportRequestSchema.safeParse({
    format: requiredStringOption(values, 'format'),
    ...(ids ? { ids } : {}),
    ...(query !== undefined ? { query } : {}),
  });
  if (!parsed.success) throw new CliUsageError(describeIssues(parsed.error));
  return parsed.data;
}
