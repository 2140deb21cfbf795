/**
 * `clippings status --archive DIR`: open (indexing if needed) and report the archive's status,
 * and where Clippings keeps the reader's data (`locations` in the JSON).
 */
import type { CliCommand } from '../command';
import { ARCHIVE_ARGUMENTS, ARCHIVE_OPTIONS, dataFolders, withArchive } from '../archive-option';
import { counted, storyCount } from '../counted';
import { dataLocations } from '../../core/engine';

export const statusCommand: CliCommand = {
  name: 'status',
  usage: 'status --archive DIR [--cache C]',
  summary: 'Open an archive and print its status: stories, skipped files, segments.',
  arguments: ARCHIVE_ARGUMENTS,
  options: ARCHIVE_OPTIONS,
  async run({ values, log }) {
    const status = await withArchive(values, log, async (service) => service.status());
    // The CLI keeps no settings of its own: those are the app's.
    const locations = await dataLocations({
      ...dataFolders(values),
      archiveRoot: status.archive,
    });
    const text = [
      `${status.archive}: ${status.state}`,
      `${storyCount(status)}, ${status.skipped.toLocaleString('en-US')} skipped, ${counted(status.segments, 'segment')}`,
      ...status.skippedFiles.map((skipped) => `  skipped ${skipped.file}: ${skipped.reason}`),
      `library: ${locations.library}`,
      `index cache: ${locations.archiveIndexCache}`,
    ].join('\n');
    return { json: { ...status, locations }, text };
  },
};
