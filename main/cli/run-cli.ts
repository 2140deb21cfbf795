/**
 * The CLI, as a function: parse `argv`, run one command, print its answer. With `--json` the
 * answer is exactly one JSON document on stdout. A failure is one sentence on stderr and exit
 * code 2; a bad command line also prints the command's usage on stdout (unless `--json`, whose
 * stdout is only ever the answer); an unknown command gets a guess and a pointer to `--help`. `--help` after a command explains its arguments. Kept apart
 * from main/cli.ts so tests can call it in-process.
 */
import { parseArgs } from 'node:util';
import { ClippingsError } from '../core/model/errors';
import type { CliCommand } from './command';
import { CliUsageError } from './command';
import { COMMANDS } from './commands/all';
import { closestName } from './closest-name';
import { commandHelp, commandList, RUN, usageLines } from './help-text';

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
    io.stdout(commandList(commands));
    return name ? 0 : 2;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    // One sentence and a pointer to the list, not the whole list: a typo should not scroll.
    const guess = closestName(
      name,
      commands.map((c) => c.name),
    );
    io.stderr(`clippings: Unknown command "${name}".${guess ? ` Did you mean "${guess}"?` : ''}`);
    io.stderr(`\`${RUN} --help\` lists the commands.`);
    return 2;
  }
  const options = optionsBeforeDashes(rest);
  if (options.includes('--help') || options.includes('-h')) {
    io.stdout(commandHelp(command));
    return 0;
  }
  const json = options.includes('--json');
  try {
    const { values, positionals } = parseArgs({
      args: joinNegativeValues(rest, command),
      options: { ...command.options, json: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
    checkPositionals(command, positionals.length);
    const answer = await command.run({ positionals, values, json, log: (line) => io.stderr(line) });
    io.stdout(
      json || answer.text === undefined
        ? JSON.stringify(answer.json, null, json ? 0 : 2)
        : answer.text,
    );
    return 0;
  } catch (error) {
    const usage = usageProblem(error, command);
    io.stderr(`clippings ${command.name}: ${usage ?? describe(error)}`);
    if (usage !== null && !json) io.stdout(usageLines(command).join('\n'));
    return 2;
  }
}

/** The arguments before a lone `--` (after it, everything is a positional). */
function optionsBeforeDashes(args: readonly string[]): string[] {
  const end = args.indexOf('--');
  return end < 0 ? [...args] : args.slice(0, end);
}

/**
 * `--limit -1` → `--limit=-1`: a value that looks like a negative number is the option's
 * value (node's parser would call it "ambiguous"), so the option's own check can say what is
 * wrong with it.
 */
function joinNegativeValues(args: readonly string[], command: CliCommand): string[] {
  const joined: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === '--') {
      joined.push(...args.slice(i));
      break;
    }
    const option = /^--([^=]+)$/.exec(arg)?.[1];
    const next = args[i + 1];
    if (
      option !== undefined &&
      command.options?.[option]?.type === 'string' &&
      next !== undefined &&
      /^-\d/.test(next)
    ) {
      joined.push(`${arg}=${next}`);
      i += 1;
    } else joined.push(arg);
  }
  return joined;
}

function checkPositionals(command: CliCommand, count: number): void {
  const { min, max } = command.positionals ?? { min: 0, max: 0 };
  const names = positionalNames(command);
  if (count < min) throw new CliUsageError(`${names} is missing.`);
  if (count > max) {
    throw new CliUsageError(
      max === 0
        ? 'it takes no arguments besides its options.'
        : `it takes ${max === 1 ? `one ${names}` : `at most ${max} arguments`}, not ${count} (quote an argument that holds spaces).`,
    );
  }
}

/** `search QUERY --archive DIR …` → `QUERY`: the words between the name and the options. */
function positionalNames(command: CliCommand): string {
  const words = command.usage.split(/\s+/).slice(1);
  const end = words.findIndex((word) => word.startsWith('-') || word.startsWith('['));
  return (end < 0 ? words : words.slice(0, end)).join(' ') || 'arguments';
}

/** A sentence when `error` says the command line is wrong; null for any other failure. */
function usageProblem(error: unknown, command: CliCommand): string | null {
  if (error instanceof CliUsageError) return error.message;
  const code = String((error as { code?: string } | null)?.code ?? '');
  if (!(error instanceof TypeError) || !code.startsWith('ERR_PARSE_ARGS')) return null;
  const option = /'(-[^' ]+)/.exec(error.message)?.[1] ?? 'an option';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return `there is no option ${option}; \`${RUN} ${command.name} --help\` lists the options.`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = option.replace(/^-+/, '');
    return command.options?.[name]?.type === 'string'
      ? `${option} needs a value.`
      : `${option} takes no value.`;
  }
  return `the arguments could not be read (${error.message.split('\n')[0] ?? code}).`;
}

function describe(error: unknown): string {
  if (error instanceof ClippingsError) return error.userMessage;
  return error instanceof Error ? (error.message.split('\n')[0] ?? 'failed') : String(error);
}
