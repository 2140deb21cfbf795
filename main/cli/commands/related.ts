/** PLACEHOLDER: `clippings related ID --archive DIR [--cache C]` — implemented by its issue. */
import type { CliCommand } from '../command';
import { CliUsageError } from '../command';

export const relatedCommand: CliCommand = {
  name: 'related',
  usage: 'related ID --archive DIR [--cache C]',
  summary: 'Related stories of one story: linked, cited by, similar, storyline, duplicates.',
  async run() {
    throw new CliUsageError('related is not implemented yet.');
  },
};
