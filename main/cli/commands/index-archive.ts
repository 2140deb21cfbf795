/** PLACEHOLDER: `clippings index --archive DIR [--cache C]` — implemented by its issue. */
import type { CliCommand } from '../command';
import { CliUsageError } from '../command';

export const indexCommand: CliCommand = {
  name: 'index',
  usage: 'index --archive DIR [--cache C]',
  summary: 'Index an archive (reusing its cache) and report what was done.',
  async run() {
    throw new CliUsageError('index is not implemented yet.');
  },
};
