/**
 * The CLI, as a function: parse `argv`, run one command, print its answer. With `--json` the
 * answer is exactly one JSON document on stdout; a bad argument or a failure is one line on
 * stderr and exit code 2. Kept apart from main/cli.ts so tests can call it in-process.
 */
import { parseArgs } from 'node:util';
import { ClippingsError } from '../core/model/errors';
import type { CliCommand } from './command';
import { CliUsageError } from './command';
import { COMMANDS } from './commands/all';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export async function runCli(
  argv: string[],
  io: CliIo,
  commands: readonly CliCommand[] = COMMANDS,
): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText(commands));
    return name ? 0 : 2;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr(
      `clippings: unknown command "${name}". Try: ${commands.map((c) => c.name).join(', ')}.`,
    );
    return 2;
  }
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      options: { ...command.options, json: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
    const { min, max } = command.positionals ?? { min: 0, max: 0 };
    if (positionals.length < min || positionals.length > max) {
      throw new CliUsageError(`usage: clippings ${command.usage}`);
    }
    const json = values.json === true;
    const answer = await command.run({ positionals, values, json, log: (line) => io.stderr(line) });
    io.stdout(
      json || answer.text === undefined
        ? JSON.stringify(answer.json, null, json ? 0 : 2)
        : answer.text,
    );
    return 0;
  } catch (error) {
    io.stderr(`clippings ${command.name}: ${describe(error)}`);
    return 2;
  }
}

function describe(error: unknown): string {
  if (error instanceof ClippingsError) return error.userMessage;
  if (error instanceof CliUsageError) return error.message;
  // parseArgs throws TypeError with ERR_PARSE_ARGS_* codes for unknown or malformed options.
  if (
    error instanceof TypeError &&
    String((error as { code?: string }).code).startsWith('ERR_PARSE_ARGS')
  ) {
    return error.message.split('\n')[0] ?? 'bad arguments';
  }
  return error instanceof Error ? (error.message.split('\n')[0] ?? 'failed') : String(error);
}

function helpText(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((c) => c.usage.length));
  return [
    'usage: npm run --silent cli -- <command> [args] [--json]',
    '',
    ...commands.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
  ].join('\n');
}
