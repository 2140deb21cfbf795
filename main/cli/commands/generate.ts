/** PLACEHOLDER: `clippings generate DIR --stories N [--seed S] [--labels FILE]` — implemented by its issue. */
import type { CliCommand } from '../command';
import { CliUsageError } from '../command';

export const generateCommand: CliCommand = {
  name: 'generate',
  usage: 'generate DIR --stories N [--seed S] [--labels FILE]',
  summary: 'Write a synthetic archive for tests and benchmarks.',
  async run() {
    throw new CliUsageError('generate is not implemented yet.');
  },
};
