/**
 * What `--help` prints: the list of commands, and one command's usage and arguments, wrapped
 * to fit a terminal (HELP_WIDTH columns) rather than padded to the longest usage line.
 */
import type { CliCommand } from './command';

const HELP_WIDTH = 80;
/** How the docs run the CLI, so help text can be pasted back into a terminal. */
export const RUN = 'npm run --silent cli --';

/** Every command with its summary, and how to get a command's own help. */
export function commandList(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    `usage: ${RUN} <command> [arguments] [--json]`,
    '',
    'Commands:',
    ...commands.flatMap((command) =>
      wrap(command.summary, HELP_WIDTH - width - 4).map(
        (line, index) => `  ${(index === 0 ? command.name : '').padEnd(width)}  ${line}`,
      ),
    ),
    '',
    `\`${RUN} <command> --help\` explains a command's arguments.`,
    'With --json a command prints one JSON document on stdout. A failure is one line',
    'on stderr and exit code 2.',
  ].join('\n');
}

/** `usage: npm run --silent cli -- search QUERY …`, wrapped under itself. */
export function usageLines(command: CliCommand): string[] {
  const lead = `usage: ${RUN} `;
  // Keep `[--sort relevance|newest|oldest]` and `--archive DIR` whole on a line.
  const units = command.usage.match(/\[[^\]]*\]|-{1,2}\S+(?: [A-Z][A-Z_]*\b)?|\S+/g) ?? [];
  return wrapUnits(units, HELP_WIDTH - lead.length).map((line, index) =>
    index === 0 ? `${lead}${line}` : `${' '.repeat(lead.length)}${line}`,
  );
}

/** A command's usage, summary and arguments. */
export function commandHelp(command: CliCommand): string {
  const rows: (readonly [string, string])[] = [
    ...(command.arguments ?? []),
    ['--json', 'print the answer as one JSON document'],
  ];
  const width = Math.min(24, Math.max(...rows.map(([name]) => name.length)));
  const explained = rows.flatMap(([name, meaning]) => {
    const lines = wrap(meaning, HELP_WIDTH - width - 4);
    const first = name.length > width ? [`  ${name}`, ''] : [];
    return [
      ...first.slice(0, 1),
      ...lines.map(
        (line, index) =>
          `  ${(index === 0 && first.length === 0 ? name : '').padEnd(width)}  ${line}`,
      ),
    ];
  });
  return [...usageLines(command), '', command.summary, '', ...explained].join('\n');
}

/** Greedy word wrap; a word longer than the width gets a line of its own. */
export function wrap(text: string, width: number): string[] {
  return wrapUnits(
    text.split(/\s+/).filter((part) => part !== ''),
    width,
  );
}

function wrapUnits(units: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of units) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}
