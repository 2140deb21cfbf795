/**
 * The README's command table is the CLI's `--help`: each command's usage, word for word, so
 * the front door never lags the tool.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../main/cli/commands/all';

const README = readFileSync(join(__dirname, '../../../README.md'), 'utf8');

describe('README: the command line', () => {
  it('lists every command with the usage its --help prints, and nothing else', () => {
    const section = README.slice(README.indexOf('## The command line'));
    const table = section.slice(0, section.indexOf('\n## '));
    const usages = [...table.matchAll(/^\| `([^`]+)` +\|/gm)].map((row) =>
      (row[1] as string).replaceAll('\\|', '|'),
    );
    expect(usages).toEqual(COMMANDS.map((command) => command.usage));
  });
});
