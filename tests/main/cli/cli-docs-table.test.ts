/**
 * The command table of docs/cli.md is the CLI's `--help`: each command's usage, word for word,
 * so the page never lags the tool.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../main/cli/commands/all';

const CLI_PAGE = readFileSync(join(__dirname, '../../../docs/cli.md'), 'utf8');

describe('docs/cli.md: the command line', () => {
  it('lists every command with the usage its --help prints, and nothing else', () => {
    const table = CLI_PAGE.slice(CLI_PAGE.indexOf('\n| command'));
    const rows = table.slice(0, table.search(/\n(?!\|)/));
    const usages = [...rows.matchAll(/^\| `([^`]+)` +\|/gm)].map((row) =>
      (row[1] as string).replaceAll('\\|', '|'),
    );
    expect(usages).toEqual(COMMANDS.map((command) => command.usage));
  });
});
