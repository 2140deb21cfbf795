/** PLACEHOLDER: `clippings scan DIR` — implemented by its issue. */
import type { CliCommand } from '../command';
import { CliUsageError } from '../command';

export const scanCommand: CliCommand = {
  name: 'scan',
  usage: 'scan DIR',
  summary: 'Scan an archive folder: stories, skipped files, duplicates, links.',
  async run() {
    throw new CliUsageError('scan is not implemented yet.');
  },
};
