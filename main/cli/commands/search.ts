/** PLACEHOLDER: `clippings search QUERY --archive DIR [--cache C] [--limit N] [--offset N] [--sort relevance|newest|oldest] [--section S] [--from D] [--to D]` — implemented by its issue. */
import type { CliCommand } from '../command';
import { CliUsageError } from '../command';

export const searchCommand: CliCommand = {
  name: 'search',
  usage:
    'search QUERY --archive DIR [--cache C] [--limit N] [--offset N] [--sort relevance|newest|oldest] [--section S] [--from D] [--to D]',
  summary: 'Search an archive.',
  async run() {
    throw new CliUsageError('search is not implemented yet.');
  },
};
