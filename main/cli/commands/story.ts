/** PLACEHOLDER: `clippings story ID --archive DIR [--cache C]` — implemented by its issue. */
import type { CliCommand } from '../command';
import { CliUsageError } from '../command';

export const storyCommand: CliCommand = {
  name: 'story',
  usage: 'story ID --archive DIR [--cache C]',
  summary: 'Print one story of an archive.',
  async run() {
    throw new CliUsageError('story is not implemented yet.');
  },
};
