/**
 * `clippings missing --archive DIR [--cache C] [--limit N]`: the headlines named in related
 * blocks that the archive does not hold, most cited first — the archivist's list of what to
 * save next. `--json` prints `[{ headline, citations, lastCited, citedBy }]` (citedBy: the
 * stories citing it, newest first).
 */
import type { CliCommand } from '../command';
import { integerOption } from '../command';
import { ARCHIVE_ARGUMENTS, ARCHIVE_OPTIONS, withArchive } from '../archive-option';

const CITED = 'cited by';
/** As wide as a date, so the headlines line up. */
const LAST_CITED = 'last cited';

export const missingCommand: CliCommand = {
  name: 'missing',
  usage: 'missing --archive DIR [--cache C] [--limit N]',
  summary: 'Headlines named in related blocks that the archive lacks.',
  arguments: [...ARCHIVE_ARGUMENTS, ['--limit N', 'at most N headlines (default: all of them)']],
  options: { ...ARCHIVE_OPTIONS, limit: { type: 'string' } },
  async run({ values, log }) {
    const limit = integerOption(values, 'limit', 1);
    const missing = await withArchive(values, log, (service) =>
      service.missing(limit === undefined ? {} : { limit }),
    );
    const width = Math.max(CITED.length, ...missing.map((item) => String(item.citations).length));
    const row = (cited: string, last: string, headline: string): string =>
      `${cited.padStart(width)}  ${last.padEnd(LAST_CITED.length)}  ${headline}`;
    const text =
      missing.length === 0
        ? 'Every related headline is in this archive.'
        : [
            row(CITED, LAST_CITED, 'headline'),
            ...missing.map((item) =>
              row(String(item.citations), item.lastCited ?? 'no date', item.headline),
            ),
          ].join('\n');
    return { json: missing, text };
  },
};
