/** PLACEHOLDER: `clippings missing --archive DIR [--cache C]` — implemented by its issue. */
import type { CliCommand } from '../command';
import { CliUsageError } from '../command';

export const missingCommand: CliCommand = {
  name: 'missing',
  usage: 'missing --archive DIR [--cache C]',
  summary: 'Headlines named in related blocks that the archive lacks.',
  async run() {
    throw new CliUsageError('missing is not implemented yet.');
  },
};
