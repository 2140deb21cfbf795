/**
 * `clippings index --archive DIR [--cache C]`: opens the archive (building or updating its
 * index cache, reusing every segment whose files did not change) and reports what it holds.
 * `ms` is the wall time from opening to a complete index.
 */
import type { CliCommand } from '../command';
import { ARCHIVE_ARGUMENTS, ARCHIVE_OPTIONS, withArchive } from '../archive-option';
import { counted, storyCount } from '../counted';

export const indexCommand: CliCommand = {
  name: 'index',
  usage: 'index --archive DIR [--cache C]',
  summary: 'Index an archive (reusing its cache) and report what was done.',
  arguments: ARCHIVE_ARGUMENTS,
  options: ARCHIVE_OPTIONS,
  async run({ values, log }) {
    const started = performance.now();
    const status = await withArchive(values, log, async (service) => service.status());
    const ms = Math.round(performance.now() - started);
    const json = {
      stories: status.stories,
      skipped: status.skipped,
      segments: status.segments,
      ms,
    };
    const text = [
      `${storyCount(status)} indexed in ${counted(status.segments, 'segment')} (${(ms / 1000).toFixed(1)} s).`,
      status.skipped > 0 ? `${counted(status.skipped, 'file')} skipped:` : '',
      ...status.skippedFiles.map((skipped) => `  ${skipped.file}: ${skipped.reason}`),
    ]
      .filter((line) => line !== '')
      .join('\n');
    return { json, text };
  },
};
