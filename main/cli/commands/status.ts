/** `clippings status --archive DIR`: open (indexing if needed) and report the archive's status. */
import type { CliCommand } from '../command';
import { ARCHIVE_OPTIONS, withArchive } from '../archive-option';

export const statusCommand: CliCommand = {
  name: 'status',
  usage: 'status --archive DIR [--cache C]',
  summary: 'Open an archive and print its status: stories, skipped files, segments.',
  options: ARCHIVE_OPTIONS,
  async run({ values, log }) {
    const status = await withArchive(values, log, async (service) => service.status());
    const text = [
      `${status.archive}: ${status.state}`,
      `${status.stories} stories, ${status.skipped} skipped, ${status.segments} segments`,
      ...status.skippedFiles.map((skipped) => `  skipped ${skipped.file}: ${skipped.reason}`),
    ].join('\n');
    return { json: status, text };
  },
};
