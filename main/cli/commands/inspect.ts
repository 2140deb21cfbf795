/** PLACEHOLDER: `clippings inspect FILE` — implemented by its issue. */
import type { CliCommand } from '../command';
import { CliUsageError } from '../command';

export const inspectCommand: CliCommand = {
  name: 'inspect',
  usage: 'inspect FILE',
  summary: 'Parse one story file and print the Story.',
  async run() {
    throw new CliUsageError('inspect is not implemented yet.');
  },
};
