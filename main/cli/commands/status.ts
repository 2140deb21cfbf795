/** `clippings status --archive DIR`: open (indexing if needed) and report the archive's status. */
import type { CliCommand } from '../command';
import { ARCHIVE_ARGUMENTS, ARCHIVE_OPTIONS, withArchive } from '../archive-option';
import { counted } from '../counted';

export const statusCommand: CliCommand = {
  name: 'status',
  usage: 'status --archive DIR [--cache C]',
  summary: 'Open an archive and print its status: stories, skipped files, segments.',
  arguments: ARCHIVE_ARGUMENTS,
  options: ARCHIVE_OPTIONS,
  async run({ values, log }) {
    const status = await withArchive(values, log, async (service) => service.status());
    const text = [
      `${status.archive}: ${status.state}`,
      `${counted(status.stories, 'story', 'stories')}, ${status.skipped.toLocaleString('en-US')} skipped, ${counted(status.segments, 'segment')}`,
      ...status.skippedFiles.map((skipped) => `  skipped ${skipped.file}: ${skipped.reason}`),
    ].join('\n');
    return { json: status, text };
  },
};
